import { describe, expect, it } from 'vitest';
import { courseCandidates } from './gap-candidates.ts';

const casting = { competence: { id: 'casting' }, targetLevel: 4 };
const defects = { competence: { id: 'defects' }, targetLevel: 3 };
const row = (id: string, group: 'STAFF' | 'MANAGEMENT', standings: [string, number, number | null][]) => ({
  employee: { id, group },
  standings: standings.map(([competence, requiredLevel, currentLevel]) => ({
    competence: { id: competence },
    requiredLevel,
    currentLevel,
    gap: currentLevel === null ? null : Math.max(0, requiredLevel - currentLevel),
  })),
});

describe('courseCandidates', () => {
  const rows = [
    row('anna', 'STAFF', [['casting', 4, 2], ['defects', 3, 3]]),
    row('bo', 'STAFF', [['casting', 5, 4], ['defects', 4, 1]]),
    row('cilla', 'MANAGEMENT', [['casting', 2, 1]]),
    row('dan', 'STAFF', [['casting', 4, null]]),
    row('eva', 'STAFF', [['welding', 3, 1]]),
  ];

  it('finds the people with a gap the course closes, most levels first', () => {
    const found = courseCandidates(rows, [casting, defects]);
    expect(found.map((c) => [c.employee.id, c.levelsClosed])).toEqual([
      ['anna', 2],
      ['bo', 2],
      ['cilla', 1],
    ]);
  });

  it('brings people only as far as their role needs, and no further than the course goes', () => {
    const [bo] = courseCandidates(rows, [casting, defects], { employeeId: 'bo' });
    // Casting: the course stops at 4, where Bo already is; defects: up to the course's 3.
    expect(bo!.steps).toEqual([{ competenceId: 'defects', currentLevel: 1, requiredLevel: 4, reaches: 3 }]);
    const [cilla] = courseCandidates(rows, [casting], { employeeId: 'cilla' });
    expect(cilla!.steps[0]!.reaches).toBe(2);
  });

  it('leaves out people never assessed and gaps in other competences', () => {
    const ids = courseCandidates(rows, [casting, defects]).map((c) => c.employee.id);
    expect(ids).not.toContain('dan');
    expect(ids).not.toContain('eva');
  });

  it('narrows to a group or one person, as the recommendation did', () => {
    expect(courseCandidates(rows, [casting], { group: 'MANAGEMENT' }).map((c) => c.employee.id)).toEqual(['cilla']);
    expect(courseCandidates(rows, [casting], { employeeId: 'anna' }).map((c) => c.employee.id)).toEqual(['anna']);
  });
});
