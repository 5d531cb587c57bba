import { describe, expect, it } from 'vitest';
import { suggestPlan, type SuggestionCandidate, type SuggestionProblem } from '../../src/modules/catalogue/plan-suggestion.ts';

/**
 * The optimiser alone, on cases computed by hand and against exhaustive search. (It lives in
 * src/modules/catalogue; the test sits here because the api test project runs test/**.)
 */

const candidate = (personId: string, occasionId: string, cost: number, gains: Record<string, number>, courseId = `course-${occasionId}`): SuggestionCandidate => ({
  personId,
  occasionId,
  courseId,
  cost: BigInt(cost),
  gains: Object.entries(gains).map(([competenceId, value]) => ({ competenceId, value })),
});

const problem = (budget: number, candidates: SuggestionCandidate[], seats: Record<string, number> = {}): SuggestionProblem => ({
  budget: BigInt(budget),
  candidates,
  // Unless a test says otherwise, every occasion has room for everyone.
  seats: new Map(candidates.map((c) => [c.occasionId, seats[c.occasionId] ?? 100])),
});

const picked = (p: SuggestionProblem) => {
  const s = suggestPlan(p);
  return {
    picks: s.choices.map((c) => `${c.candidate.personId}@${c.candidate.occasionId}`).sort(),
    value: s.totalValue,
    cost: s.totalCost,
    optimal: s.optimal,
  };
};

describe('plan suggestion optimiser', () => {
  it('beats greedy by value per krona: budget 10, items (6,6) (5,5) (5,5) → the two fives', () => {
    // Greedy by ratio takes 6 (ties on ratio 1, larger first) and then nothing fits: 6.
    const p = problem(10, [candidate('anna', 'o1', 6, { cnc: 6 }), candidate('bo', 'o2', 5, { cnc: 5 }), candidate('cia', 'o3', 5, { cnc: 5 })]);
    expect(picked(p)).toEqual({ picks: ['bo@o2', 'cia@o3'], value: 10, cost: 10n, optimal: true });
  });

  it('beats greedy when the best ratio blocks the rest: (7,6) (5,5) (5,5) within 10 → 10, not 7', () => {
    const p = problem(10, [candidate('anna', 'o1', 6, { cnc: 7 }), candidate('bo', 'o2', 5, { cnc: 5 }), candidate('cia', 'o3', 5, { cnc: 5 })]);
    expect(picked(p)).toMatchObject({ picks: ['bo@o2', 'cia@o3'], value: 10, optimal: true });
  });

  it('never exceeds the budget, to the öre', () => {
    const p = problem(1_239_999, [candidate('anna', 'o1', 1_240_000, { cnc: 9 }), candidate('bo', 'o2', 1_239_999, { cnc: 2 })]);
    expect(picked(p)).toMatchObject({ picks: ['bo@o2'], value: 2, cost: 1_239_999n });
  });

  it('fills an occasion no further than its free seats, the most valuable first', () => {
    const p = problem(
      100,
      [candidate('anna', 'o1', 10, { cnc: 3 }), candidate('bo', 'o1', 10, { cnc: 6 }), candidate('cia', 'o1', 10, { cnc: 9 })],
      { o1: 2 },
    );
    expect(picked(p)).toMatchObject({ picks: ['bo@o1', 'cia@o1'], value: 15 });
  });

  it('spreads people over a course’s occasions, moving one to make room for another', () => {
    // Anna can only go on o1; Bo on o1 or o2 (one seat each). Bo comes first by value per krona,
    // so a naive seat-as-you-go would put him on o1 and leave Anna out.
    const p = problem(
      100,
      [candidate('bo', 'o1', 10, { cnc: 9 }, 'cnc-course'), candidate('bo', 'o2', 10, { cnc: 9 }, 'cnc-course'), candidate('anna', 'o1', 20, { cnc: 9 }, 'cnc-course')],
      { o1: 1, o2: 1 },
    );
    expect(picked(p)).toMatchObject({ picks: ['anna@o1', 'bo@o2'], value: 18 });
  });

  it('puts a person on one occasion of a course, not two', () => {
    const p = problem(100, [candidate('anna', 'o1', 10, { cnc: 6 }, 'cnc-course'), candidate('anna', 'o2', 10, { cnc: 6 }, 'cnc-course')]);
    expect(picked(p)).toMatchObject({ picks: ['anna@o1'], value: 6 });
  });

  it('counts a gap once: two courses closing Anna’s CNC gap do not add up', () => {
    // Anna's CNC gap: course A closes 6, course B closes 4. Bo's welding: 3. Budget 10.
    // {A, B} would "score" 10 for 6 kr if the gap were counted twice; really it is worth 6.
    // The best plan is {A, Bo} = 6 + 3 = 9 for 10 kr.
    const p = problem(10, [candidate('anna', 'a', 5, { cnc: 6 }), candidate('anna', 'b', 1, { cnc: 4 }), candidate('bo', 'c', 5, { welding: 3 })]);
    expect(picked(p)).toMatchObject({ picks: ['anna@a', 'bo@c'], value: 9, cost: 10n, optimal: true });
  });

  it('drops a course whose gaps another chosen course already closes as far', () => {
    // Greedy takes A (CNC 4 for 1 kr) and then B (CNC 6 for 3 kr, 2 more): 6 for 4 kr.
    // B alone is worth the same 6 for 3 kr.
    const p = problem(4, [candidate('anna', 'a', 1, { cnc: 4 }), candidate('anna', 'b', 3, { cnc: 6 })]);
    expect(picked(p)).toMatchObject({ picks: ['anna@b'], value: 6, cost: 3n });
  });

  it('credits each gap to the course closing it furthest, so the choices add up to the total', () => {
    // Course A: CNC 6 and lean 2; course B: CNC 4 and welding 3. Both are worth taking (the
    // budget allows): CNC counts 6 (from A), so B is credited with welding alone.
    const s = suggestPlan(problem(100, [candidate('anna', 'a', 5, { cnc: 6, lean: 2 }), candidate('anna', 'b', 5, { cnc: 4, welding: 3 })]));
    expect(s.totalValue).toBe(11);
    expect(s.choices.map((c) => [c.candidate.occasionId, c.value, c.credited.map((g) => g.competenceId)])).toEqual([
      ['a', 8, ['cnc', 'lean']],
      ['b', 3, ['welding']],
    ]);
  });

  it('suggests nothing for no candidates, a budget too small, or no seats', () => {
    expect(picked(problem(100, []))).toEqual({ picks: [], value: 0, cost: 0n, optimal: true });
    expect(picked(problem(4, [candidate('anna', 'o1', 5, { cnc: 6 })]))).toMatchObject({ picks: [], value: 0, optimal: true });
    expect(picked(problem(100, [candidate('anna', 'o1', 5, { cnc: 6 })], { o1: 0 }))).toMatchObject({ picks: [], value: 0 });
  });

  it('says when the search was cut short, and still returns a plan within the constraints', () => {
    const p = randomProblem(7, 40, 12, 300_000);
    const cut = suggestPlan(p, { maxNodes: 0 });
    expect(cut.optimal).toBe(false);
    expect(cut.totalCost).toBeLessThanOrEqual(p.budget);
    expect(violations(p, cut.choices.map((c) => c.candidate))).toEqual([]);
    const full = suggestPlan(p);
    expect(full.optimal).toBe(true);
    expect(full.totalValue).toBeGreaterThanOrEqual(cut.totalValue);
  });

  it('matches exhaustive search on 200 small random firms, where greedy alone falls short on some', () => {
    let greedyShort = 0;
    for (let seed = 1; seed <= 200; seed++) {
      const p = randomProblem(seed, 4, 4);
      const s = suggestPlan(p);
      const chosen = s.choices.map((c) => c.candidate);
      expect(violations(p, chosen), `seed ${seed}`).toEqual([]);
      expect(s.totalValue, `seed ${seed}`).toBe(value(chosen));
      expect(s.optimal).toBe(true);
      expect(s.totalValue, `seed ${seed}`).toBe(bruteForce(p));
      // The same optimiser stopped before searching returns its greedy starting plan.
      if (suggestPlan(p, { maxNodes: 0 }).totalValue < s.totalValue) greedyShort++;
    }
    expect(greedyShort).toBeGreaterThan(0);
  });

  it('proves the best plan for a firm of 60 people and 40 occasions', () => {
    // Typically well under a second; the generous limit keeps a busy CI machine from failing it.
    const p = randomProblem(42, 60, 40, 500_000);
    const s = suggestPlan(p, { maxMillis: 30_000 });
    expect(violations(p, s.choices.map((c) => c.candidate))).toEqual([]);
    expect(s.optimal).toBe(true);
    expect(s.choices.length).toBeGreaterThan(10);
  });
});

/** A deterministic random firm: people with gaps, occasions of courses closing some of them. */
function randomProblem(seed: number, people: number, occasions: number, budgetKronor?: number): SuggestionProblem {
  let state = seed >>> 0;
  const random = () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
  const int = (lo: number, hi: number) => lo + Math.floor(random() * (hi - lo + 1));
  const competences = Math.max(3, Math.round(occasions / 4));
  const courseCount = Math.max(2, Math.round(occasions * 0.6));
  const courses = Array.from({ length: courseCount }, (_, i) => {
    const targets = new Map<number, number>();
    const k = int(1, 2);
    while (targets.size < k) targets.set(int(0, competences - 1), int(2, 5));
    return { id: `course${i}`, targets, fee: int(30, 250) * 10_000, hours: int(4, 40) };
  });
  const list = Array.from({ length: occasions }, (_, i) => ({ id: `o${i}`, course: courses[i % courseCount]!, seats: int(1, people > 10 ? 12 : 2) }));
  const candidates: SuggestionCandidate[] = [];
  for (let p = 0; p < people; p++) {
    const hourly = int(300, 600) * 100;
    const needs = new Map<number, { current: number; required: number; weight: number }>();
    const k = int(2, Math.min(6, competences));
    while (needs.size < k) {
      const required = int(2, 5);
      needs.set(int(0, competences - 1), { required, current: int(1, required), weight: int(1, 3) });
    }
    for (const o of list) {
      const gains: Record<string, number> = {};
      for (const [competence, target] of o.course.targets) {
        const need = needs.get(competence);
        const closed = need ? need.weight * (Math.min(target, need.required) - need.current) : 0;
        if (closed > 0) gains[`k${competence}`] = closed;
      }
      if (Object.keys(gains).length) candidates.push(candidate(`p${p}`, o.id, o.course.fee + o.course.hours * hourly, gains, o.course.id));
    }
  }
  // Small firms stay small enough to search exhaustively.
  if (people <= 4) candidates.length = Math.min(candidates.length, 13);
  return { budget: BigInt(budgetKronor ?? int(20_000, 120_000)) * 100n, candidates, seats: new Map(list.map((o) => [o.id, o.seats])) };
}

function value(chosen: SuggestionCandidate[]): number {
  const best = new Map<string, number>();
  for (const c of chosen) for (const g of c.gains) best.set(`${c.personId}/${g.competenceId}`, Math.max(best.get(`${c.personId}/${g.competenceId}`) ?? 0, g.value));
  return [...best.values()].reduce((a, b) => a + b, 0);
}

function violations(p: SuggestionProblem, chosen: SuggestionCandidate[]): string[] {
  const problems: string[] = [];
  if (chosen.reduce((sum, c) => sum + c.cost, 0n) > p.budget) problems.push('over budget');
  const perOccasion = new Map<string, number>();
  const perCourse = new Set<string>();
  for (const c of chosen) {
    perOccasion.set(c.occasionId, (perOccasion.get(c.occasionId) ?? 0) + 1);
    const key = `${c.personId}/${c.courseId}`;
    if (perCourse.has(key)) problems.push(`${key} twice`);
    perCourse.add(key);
  }
  for (const [occasion, n] of perOccasion) if (n > (p.seats.get(occasion) ?? 0)) problems.push(`${occasion} overbooked`);
  return problems;
}

function bruteForce(p: SuggestionProblem): number {
  const n = p.candidates.length;
  expect(n).toBeLessThanOrEqual(16);
  let best = 0;
  for (let mask = 0; mask < 1 << n; mask++) {
    const chosen = p.candidates.filter((_, i) => mask & (1 << i));
    if (violations(p, chosen).length === 0) best = Math.max(best, value(chosen));
  }
  return best;
}
