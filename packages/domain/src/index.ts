export * from './money.ts';
export * from './org-number.ts';
export * from './people.ts';
export * from './regions.ts';
export * from './roles.ts';
export * from './employee.ts';
export * from './validation.ts';
export * from './competence.ts';
