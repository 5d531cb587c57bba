export * from './app-error.ts';
export * from './forbidden.ts';
export * from './invalid-credentials.ts';
export * from './invalid-input.ts';
export * from './not-found.ts';
export * from './over-budget.ts';
export * from './stale.ts';
export * from './unauthenticated.ts';
