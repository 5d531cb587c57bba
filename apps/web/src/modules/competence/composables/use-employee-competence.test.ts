import { describe, expect, it } from 'vitest';
import { certificateState, historyByCompetence, type ProfileAssessment, type ProfileStanding } from './use-employee-competence.ts';

describe('certificateState', () => {
  const today = '2026-11-28';
  it('tells expired, expiring within 90 days, valid and open-ended certificates apart', () => {
    expect(certificateState('2026-11-27', today)).toBe('expired');
    expect(certificateState('2026-11-28', today)).toBe('expiring');
    expect(certificateState('2027-02-26', today)).toBe('expiring');
    expect(certificateState('2027-02-27', today)).toBe('valid');
    expect(certificateState(null, today)).toBe('noExpiry');
  });
});

describe('historyByCompetence', () => {
  const competence = (id: string) => ({ id, nameSv: id, nameEn: null, area: { id: 'a', nameSv: 'A', nameEn: null } });
  const standing = (id: string) => ({ competence: competence(id) }) as unknown as ProfileStanding;
  const assessment = (id: string, level: number, assessedOn: string) =>
    ({ id: `${id}-${assessedOn}`, competence: { id, nameSv: id, nameEn: null }, level, assessedOn }) as unknown as ProfileAssessment;

  it('lists required competences first, each with its assessments newest first, then others', () => {
    const history = historyByCompetence(
      [standing('cnc'), standing('weld')],
      [assessment('lean', 2, '2026-05-01'), assessment('cnc', 3, '2026-05-01'), assessment('cnc', 2, '2025-05-01')],
    );
    expect(history.map((h) => [h.competence.id, h.required, h.assessments.map((a) => a.level)])).toEqual([
      ['cnc', true, [3, 2]],
      ['weld', true, []],
      ['lean', false, [2]],
    ]);
  });
});
