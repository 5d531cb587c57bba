export * from './client.ts';
export * as schema from './schema/index.ts';
export * from './passwords.ts';
export * from './participant-time.ts';
