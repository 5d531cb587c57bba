import { describe, expect, it } from 'vitest';
import { currentLevel, isSuppressed, levelGap, weightedGap, type LevelReading } from './competence.ts';

const reading = (level: number, source: 'SELF' | 'MANAGER', assessedOn: string, recordedAt = 0): LevelReading => ({ level, source, assessedOn, recordedAt });

describe('current level', () => {
  it("prefers the latest manager assessment over any self-assessment, even a newer one", () => {
    const readings = [reading(2, 'MANAGER', '2025-01-10'), reading(3, 'MANAGER', '2026-03-01'), reading(5, 'SELF', '2026-06-01')];
    expect(currentLevel(readings)?.level).toBe(3);
  });

  it('falls back to the latest self-assessment, and to null when never assessed', () => {
    expect(currentLevel([reading(2, 'SELF', '2025-01-10'), reading(4, 'SELF', '2026-01-10')])?.level).toBe(4);
    expect(currentLevel([])).toBeNull();
  });

  it('breaks a same-day tie by the later recording', () => {
    expect(currentLevel([reading(2, 'MANAGER', '2026-01-10', 1), reading(3, 'MANAGER', '2026-01-10', 2)])?.level).toBe(3);
  });
});

describe('gaps', () => {
  it('is required minus current where positive, never negative', () => {
    expect(levelGap(4, 2)).toBe(2);
    expect(levelGap(3, 5)).toBe(0);
  });

  it('has no measured gap for an unassessed competence', () => {
    expect(levelGap(4, null)).toBeNull();
    expect(weightedGap(4, null, 'CRITICAL')).toBeNull();
  });

  it('weights critical 3, important 2, useful 1', () => {
    expect(weightedGap(4, 2, 'CRITICAL')).toBe(6);
    expect(weightedGap(4, 2, 'IMPORTANT')).toBe(4);
    expect(weightedGap(4, 2, 'USEFUL')).toBe(2);
  });
});

describe('small-cell suppression', () => {
  it('hides cells under 3 firms or under 5 people', () => {
    expect(isSuppressed({ firms: 2, people: 40 })).toBe(true);
    expect(isSuppressed({ firms: 5, people: 4 })).toBe(true);
    expect(isSuppressed({ firms: 3, people: 5 })).toBe(false);
  });
});
