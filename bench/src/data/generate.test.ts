import { describe, expect, it } from 'vitest';
import { planDataset, type SeededContext } from './plan.ts';
import { sizes } from './sizes.ts';
import { datasetTables, type TableLoad, type Value } from './tables.ts';

const context: SeededContext = {
  competenceIds: Array.from({ length: 40 }, (_, i) => `00000000-0000-4000-8000-${String(i).padStart(12, '0')}`),
  providers: [{ id: '00000000-0000-4000-9000-000000000001', regionCode: '03' }],
  demoFirms: [
    { id: '00000000-0000-4000-a000-000000000001', regionCode: '03' },
    { id: '00000000-0000-4000-a000-000000000002', regionCode: '04' },
  ],
  demoCounts: { employees: 50, courses: 10, occasions: 10, enrolments: 0 },
  orgNumbers: new Set(),
  passwordHash: 'hash',
};

function rowsOf(table: TableLoad) {
  return [...table.rows()];
}

describe('the benchmark dataset generator (tiny size)', () => {
  const plan = planDataset(sizes.tiny, context);
  const tables = new Map(datasetTables(plan).lanes.flat().map((t) => [t.table, t]));
  const count = (name: string) => rowsOf(tables.get(name)!).length;

  it('makes the size’s totals together with the demo programme', () => {
    expect(count('companies') + context.demoFirms.length).toBe(sizes.tiny.firms);
    expect(count('employees') + context.demoCounts.employees).toBeGreaterThanOrEqual(sizes.tiny.employees * 0.95);
    expect(count('employees') + context.demoCounts.employees).toBeLessThanOrEqual(sizes.tiny.employees * 1.05);
    expect(count('courses') + context.demoCounts.courses).toBe(sizes.tiny.courses);
    expect(count('occasions') + context.demoCounts.occasions).toBe(sizes.tiny.occasions);
    expect(count('ledger_entries')).toBeGreaterThan(sizes.tiny.ledgerEntries * 0.9);
    expect(count('ledger_entries')).toBeLessThanOrEqual(sizes.tiny.ledgerEntries);
    expect(count('assessments') / count('employees')).toBeGreaterThan(25);
    expect(count('enrolments')).toBeGreaterThan(sizes.tiny.enrolments * 0.7);
  });

  it('gives the same rows every run', () => {
    const again = new Map(datasetTables(planDataset(sizes.tiny, context)).lanes.flat().map((t) => [t.table, t]));
    for (const name of ['employees', 'assessments', 'ledger_entries']) expect(rowsOf(again.get(name)!)).toEqual(rowsOf(tables.get(name)!));
  });

  it('never holds more seats than an occasion has', () => {
    const seats = new Map(rowsOf(tables.get('occasions')!).map((o) => [o[0], o[8] as number]));
    const held = new Map<Value, number>();
    for (const e of rowsOf(tables.get('enrolments')!)) {
      if (['CONFIRMED', 'OFFERED', 'ATTENDED', 'COMPLETED', 'NO_SHOW'].includes(e[4] as string)) held.set(e[1]!, (held.get(e[1]!) ?? 0) + 1);
    }
    for (const [occasion, n] of held) expect(n).toBeLessThanOrEqual(seats.get(occasion)!);
  });
});
