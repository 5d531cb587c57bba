/**
 * Deterministic ids for generated rows: a fixed prefix per table and a counter. The same run
 * gives the same ids, and ascending ids append to the primary-key index instead of splitting
 * pages all over it, which is what makes millions of rows COPY quickly.
 */
const prefixes = {
  company: 'b0000001',
  employee: 'b0000002',
  jobRole: 'b0000003',
  assessment: 'b0000004',
  provider: 'b0000005',
  course: 'b0000006',
  occasion: 'b0000007',
  enrolment: 'b0000008',
  budget: 'b0000009',
  budgetLine: 'b000000a',
  ledgerEntry: 'b000000b',
  user: 'b000000c',
  membership: 'b000000d',
} as const;

export type IdKind = keyof typeof prefixes;

export function id(kind: IdKind, n: number): string {
  return `${prefixes[kind]}-0000-4000-8000-${n.toString(16).padStart(12, '0')}`;
}
