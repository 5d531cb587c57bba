/**
 * The training-plan optimiser: which (person, occasion) choices close the most weighted gap
 * within a budget and the seats on offer. Pure — no database, no clock but the one passed in
 * — so it is tested on hand-computed cases and against exhaustive search.
 *
 * The problem is a 0/1 knapsack with side constraints:
 * - total cost ≤ budget (integer öre, compared exactly);
 * - per occasion, chosen people ≤ free seats;
 * - a person takes a course at most once;
 * - a person's gap in a competence is counted once, at the best closure among the chosen
 *   courses ("value by competence"): the objective is Σ over (person, competence) of the
 *   largest gain any chosen candidate brings, so two courses closing the same gap never add up.
 *
 * It is solved exactly by depth-first branch and bound. Candidates that only differ in the
 * occasion (same person, course, cost and gains) are merged into one option that needs a seat
 * on any of its occasions, so the search never branches over interchangeable occasions; seats
 * are kept feasible by bipartite matching (augmenting paths).
 *
 * Bounds, both over the options still open valued at their marginal gain given the choices
 * made (the objective is submodular, so a marginal gain only shrinks as more is chosen):
 * 1. the fractional knapsack (LP) optimum — cheap, and enough when money binds;
 * 2. a Lagrangian bound that keeps the seats and prices the budget and each (person,
 *    competence) gap, tightened by subgradient steps — needed when seats and courses that
 *    close the same gaps bind rather than money.
 * The search starts from a greedy plan and stops at a node or time limit; `optimal` says
 * whether it finished, i.e. whether no plan within the constraints has a higher value.
 * Among plans of equal value the cheapest one met is kept (value is what is proven, not cost).
 */

export interface Gain {
  competenceId: string;
  /** Importance weight × levels closed: a positive integer. */
  value: number;
}

export interface SuggestionCandidate {
  personId: string;
  occasionId: string;
  courseId: string;
  /** Fee plus participant time, öre. */
  cost: bigint;
  gains: readonly Gain[];
}

export interface SuggestionProblem {
  budget: bigint;
  /** Free seats per occasion; an occasion not listed has none. */
  seats: ReadonlyMap<string, number>;
  candidates: readonly SuggestionCandidate[];
}

export interface SuggestionLimits {
  /** Branch-and-bound nodes before giving up on a proof. */
  maxNodes?: number;
  /** Wall-clock budget in milliseconds. */
  maxMillis?: number;
  now?: () => number;
}

export interface SuggestionChoice {
  candidate: SuggestionCandidate;
  /** The gains counted for this choice: where it gives a (person, competence) its best closure. */
  credited: Gain[];
  value: number;
}

export interface Suggestion {
  choices: SuggestionChoice[];
  totalCost: bigint;
  totalValue: number;
  /** True when the search finished: no plan within the constraints has a higher value. */
  optimal: boolean;
  nodes: number;
}

export const DEFAULT_LIMITS = { maxNodes: 2_000_000, maxMillis: 3_000 } as const;

/** Subgradient steps of the Lagrangian bound at the root, where they pay most, and at other nodes. */
const ROOT_ITERATIONS = 200;
const NODE_ITERATIONS = 32;

interface Option {
  /** The first candidate of the group; the occasion is decided by the seat matching. */
  candidate: SuggestionCandidate;
  cost: number;
  /** (pair index, gain) where a pair is one person's need in one competence. */
  gains: [number, number][];
  value: number;
  occasions: number[];
  /** Index of the (person, course) group: at most one option of a group is chosen. */
  group: number;
}

/** Money inside the search is a float64 of öre: exact below 2^53 öre (90 000 billion kronor). */
function toSafeNumber(value: bigint): number {
  if (value > BigInt(Number.MAX_SAFE_INTEGER)) return Number.MAX_SAFE_INTEGER;
  return Number(value);
}

function buildOptions(problem: SuggestionProblem): { options: Option[]; capacity: number[]; occasionIds: string[]; pairs: number; groups: number } {
  const occasionIndex = new Map<string, number>();
  const occasionIds: string[] = [];
  const capacity: number[] = [];
  const pairIndex = new Map<string, number>();
  const groupIndex = new Map<string, number>();
  const byKey = new Map<string, Option>();
  const options: Option[] = [];

  for (const candidate of problem.candidates) {
    const seats = problem.seats.get(candidate.occasionId) ?? 0;
    if (seats <= 0 || candidate.cost < 0n || candidate.cost > problem.budget) continue;
    const gains = new Map<string, number>();
    for (const g of candidate.gains) {
      if (Number.isInteger(g.value) && g.value > 0) gains.set(g.competenceId, Math.max(gains.get(g.competenceId) ?? 0, g.value));
    }
    if (!gains.size) continue;

    let occasion = occasionIndex.get(candidate.occasionId);
    if (occasion === undefined) {
      occasion = occasionIds.length;
      occasionIndex.set(candidate.occasionId, occasion);
      occasionIds.push(candidate.occasionId);
      capacity.push(seats);
    }
    const signature = [...gains].sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0)).map(([c, v]) => `${c}=${v}`).join(',');
    const key = JSON.stringify([candidate.personId, candidate.courseId, candidate.cost.toString(), signature]);
    const existing = byKey.get(key);
    if (existing) {
      if (!existing.occasions.includes(occasion)) existing.occasions.push(occasion);
      continue;
    }
    const groupKey = JSON.stringify([candidate.personId, candidate.courseId]);
    let group = groupIndex.get(groupKey);
    if (group === undefined) {
      group = groupIndex.size;
      groupIndex.set(groupKey, group);
    }
    const pairGains: [number, number][] = [];
    for (const [competenceId, value] of gains) {
      const pairKey = JSON.stringify([candidate.personId, competenceId]);
      let pair = pairIndex.get(pairKey);
      if (pair === undefined) {
        pair = pairIndex.size;
        pairIndex.set(pairKey, pair);
      }
      pairGains.push([pair, value]);
    }
    const option: Option = {
      candidate,
      cost: toSafeNumber(candidate.cost),
      gains: pairGains,
      value: pairGains.reduce((sum, [, v]) => sum + v, 0),
      occasions: [occasion],
      group,
    };
    byKey.set(key, option);
    options.push(option);
  }

  // Best value per öre first (free options first of all), then larger value: the order the
  // fractional bound needs, and a good order to find strong plans early.
  options.sort((a, b) => b.value * a.cost - a.value * b.cost || b.value - a.value);
  return { options, capacity, occasionIds, pairs: pairIndex.size, groups: groupIndex.size };
}

class LimitReached extends Error {}

export function suggestPlan(problem: SuggestionProblem, limits: SuggestionLimits = {}): Suggestion {
  const maxNodes = limits.maxNodes ?? DEFAULT_LIMITS.maxNodes;
  const maxMillis = limits.maxMillis ?? DEFAULT_LIMITS.maxMillis;
  const now = limits.now ?? (() => performance.now());
  const started = now();

  const { options, capacity, occasionIds, pairs, groups } = buildOptions(problem);
  const n = options.length;
  const budget = toSafeNumber(problem.budget);

  // Search state, changed on the way down and restored on the way up.
  const best = new Array<number>(pairs).fill(0);
  const groupTaken = new Array<boolean>(groups).fill(false);
  const occupants: number[][] = capacity.map(() => []);
  const seatOf = new Array<number>(n).fill(-1);
  const chosen: number[] = [];
  let value = 0;
  let spent = 0;

  let bestValue = 0;
  let bestCost = 0;
  let bestSet: number[] = [];
  let nodes = 0;

  // Occasions linked by options form components: an option's seat is always within its own
  // component, so the seats left there cap how many more of its options can be chosen.
  const parent = capacity.map((_, o) => o);
  const root = (o: number): number => (parent[o] === o ? o : (parent[o] = root(parent[o]!)));
  for (const option of options) for (const o of option.occasions.slice(1)) parent[root(o)] = root(option.occasions[0]!);
  const componentOf = options.map((option) => root(option.occasions[0]!));
  const componentSeats = new Array<number>(capacity.length).fill(0);
  capacity.forEach((seats, o) => (componentSeats[root(o)] = componentSeats[root(o)]! + seats));
  const componentUsed = new Array<number>(capacity.length).fill(0);

  const marginal = (i: number): number => {
    let gain = 0;
    for (const [pair, g] of options[i]!.gains) if (g > best[pair]!) gain += g - best[pair]!;
    return gain;
  };

  /** A seat for option i on one of its occasions, moving others along an augmenting path if needed. */
  const seat = (i: number, visited: boolean[]): boolean => {
    for (const o of options[i]!.occasions) {
      if (visited[o]) continue;
      visited[o] = true;
      if (occupants[o]!.length < capacity[o]!) {
        occupants[o]!.push(i);
        seatOf[i] = o;
        return true;
      }
      for (let k = 0; k < occupants[o]!.length; k++) {
        const other = occupants[o]![k]!;
        occupants[o]!.splice(k, 1);
        if (seat(other, visited)) {
          occupants[o]!.push(i);
          seatOf[i] = o;
          return true;
        }
        occupants[o]!.splice(k, 0, other);
        seatOf[other] = o;
      }
    }
    return false;
  };

  const unseat = (i: number): void => {
    const list = occupants[seatOf[i]!]!;
    list.splice(list.indexOf(i), 1);
    seatOf[i] = -1;
  };

  const record = (): void => {
    if (value > bestValue || (value === bestValue && spent < bestCost)) {
      bestValue = value;
      bestCost = spent;
      bestSet = [...chosen];
    }
  };

  const take = (i: number, gain: number): number[] => {
    const previous: number[] = [];
    for (const [pair, g] of options[i]!.gains) {
      previous.push(best[pair]!);
      if (g > best[pair]!) best[pair] = g;
    }
    groupTaken[options[i]!.group] = true;
    componentUsed[componentOf[i]!]!++;
    chosen.push(i);
    value += gain;
    spent += options[i]!.cost;
    return previous;
  };

  const untake = (i: number, gain: number, previous: number[]): void => {
    options[i]!.gains.forEach(([pair], k) => (best[pair] = previous[k]!));
    groupTaken[options[i]!.group] = false;
    componentUsed[componentOf[i]!]!--;
    chosen.pop();
    value -= gain;
    spent -= options[i]!.cost;
    unseat(i);
  };

  /** Whether option i may still be added: its course not taken, it fits the money left, seats are left in its component. */
  const canTake = (i: number): boolean =>
    !groupTaken[options[i]!.group] && options[i]!.cost <= budget - spent && componentUsed[componentOf[i]!]! < componentSeats[componentOf[i]!]!;

  /**
   * Value so far plus the fractional knapsack over options from `from` on, at their marginal
   * gains. Options whose marginal gain is their full value keep the presorted order; the few reduced
   * by choices already made are sorted apart and merged in. Scanning stops at the first
   * full-value option that no longer fits: nothing after it has a better ratio.
   */
  const knapsackBound = (from: number): number => {
    const room = budget - spent;
    const full: [number, number][] = [];
    const reduced: [number, number][] = [];
    let used = 0;
    for (let i = from; i < n; i++) {
      if (!canTake(i)) continue;
      const gain = marginal(i);
      if (gain <= 0) continue;
      const option = options[i]!;
      if (gain < option.value) {
        reduced.push([gain, option.cost]);
        continue;
      }
      full.push([gain, option.cost]);
      used += option.cost;
      if (used > room) break;
    }
    if (reduced.length) reduced.sort((a, b) => b[0] * a[1] - a[0] * b[1]);
    let left = room;
    let total = value;
    let fi = 0;
    let ri = 0;
    while (fi < full.length || ri < reduced.length) {
      const f = full[fi];
      const r = reduced[ri];
      const [gain, cost] = !r || (f && f[0] * r[1] >= r[0] * f[1]) ? full[fi++]! : reduced[ri++]!;
      if (cost <= left) {
        total += gain;
        left -= cost;
      } else {
        return total + (gain * left) / cost;
      }
    }
    return total;
  };

  // Multipliers of the Lagrangian bound below, kept from node to node: any non-negative values
  // give a valid bound, so each node starts from where the previous one left them.
  const scale = budget > 0 ? budget : 1;
  let lambda = 0;
  const nu = new Array<number>(pairs).fill(0);

  // Scratch space for the bound, allocated once: it runs at every node.
  const totalGains = options.reduce((sum, o) => sum + o.gains.length, 0);
  const openCost = new Float64Array(n);
  const openScore = new Float64Array(n);
  const gainStart = new Int32Array(n + 1);
  const gainPair = new Int32Array(totalGains);
  const gainDelta = new Float64Array(totalGains);
  const aliveStamp = new Int32Array(pairs);
  const counted = new Int32Array(pairs);
  const alive: number[] = [];
  const byComponent: number[][] = capacity.map(() => []);
  const touched: number[] = [];
  let stamp = 0;

  /**
   * A tighter bound for when seats and overlapping courses bind rather than money. Relax the
   * budget with a price λ per budget and each (person, competence) with a price ν: since
   * max_j g_j ≤ ν + Σ_j (g_j − ν)⁺ for any ν ≥ 0, the value reachable from here is at most
   * value + λ·(money left) + Σν + Σ per seat component of its best
   * (Σ (gain − ν)⁺ − λ·cost) > 0, as many as it has seats left. Subgradient steps (Polyak)
   * lower it until it proves the node cannot beat the best plan, or the iterations run out.
   */
  const lagrangianProves = (from: number, iterations: number): boolean => {
    const room = (budget - spent) / scale;
    stamp++;
    alive.length = 0;
    for (const c of touched) byComponent[c]!.length = 0;
    touched.length = 0;
    let m = 0;
    let g = 0;
    for (let i = from; i < n; i++) {
      if (!canTake(i)) continue;
      const start = g;
      for (const [pair, gain] of options[i]!.gains) {
        if (gain <= best[pair]!) continue;
        gainPair[g] = pair;
        gainDelta[g] = gain - best[pair]!;
        g++;
        if (aliveStamp[pair] !== stamp) {
          aliveStamp[pair] = stamp;
          alive.push(pair);
        }
      }
      if (g === start) continue;
      gainStart[m] = start;
      openCost[m] = options[i]!.cost / scale;
      const component = componentOf[i]!;
      if (!byComponent[component]!.length) touched.push(component);
      byComponent[component]!.push(m);
      m++;
    }
    gainStart[m] = g;
    if (m === 0) return true;

    const ranked: number[] = [];
    for (let step = 0; step < iterations; step++) {
      let bound = value + lambda * room;
      for (const pair of alive) {
        bound += nu[pair]!;
        counted[pair] = 0;
      }
      for (let k = 0; k < m; k++) {
        let score = -lambda * openCost[k]!;
        for (let x = gainStart[k]!; x < gainStart[k + 1]!; x++) {
          const d = gainDelta[x]! - nu[gainPair[x]!]!;
          if (d > 0) score += d;
        }
        openScore[k] = score;
      }
      let slack = room;
      for (const component of touched) {
        ranked.length = 0;
        for (const k of byComponent[component]!) if (openScore[k]! > 0) ranked.push(k);
        const seatsLeft = componentSeats[component]! - componentUsed[component]!;
        if (ranked.length > seatsLeft) {
          ranked.sort((a, b) => openScore[b]! - openScore[a]!);
          ranked.length = seatsLeft;
        }
        for (const k of ranked) {
          bound += openScore[k]!;
          slack -= openCost[k]!;
          for (let x = gainStart[k]!; x < gainStart[k + 1]!; x++) if (gainDelta[x]! > nu[gainPair[x]!]!) counted[gainPair[x]!]!++;
        }
      }
      if (Math.floor(bound + 1e-9) <= bestValue) return true;
      // Subgradient: ∂/∂λ = money left − cost chosen; ∂/∂ν = 1 − times the pair is counted.
      let norm = slack * slack;
      for (const pair of alive) norm += (1 - counted[pair]!) ** 2;
      if (norm === 0) return false;
      const length = (bound - bestValue - 0.5) / norm;
      lambda = Math.max(0, lambda - length * slack);
      for (const pair of alive) nu[pair] = Math.max(0, nu[pair]! - length * (1 - counted[pair]!));
    }
    return false;
  };

  /** Whether the subtree from `from` on may hold a plan better than the best so far (values are integers). */
  const promising = (from: number): boolean => {
    if (Math.floor(knapsackBound(from) + 1e-9) <= bestValue) return false;
    return !lagrangianProves(from, from === 0 ? ROOT_ITERATIONS : NODE_ITERATIONS);
  };

  const tick = (): void => {
    nodes++;
    if (nodes > maxNodes || ((nodes & 1023) === 0 && now() - started > maxMillis)) throw new LimitReached();
  };

  /** A strong first plan: repeatedly the option with the best marginal gain per öre that fits. */
  const greedy = (): void => {
    const undo: { i: number; gain: number; previous: number[] }[] = [];
    for (;;) {
      let pick = -1;
      let pickGain = 0;
      for (let i = 0; i < n; i++) {
        if (seatOf[i] !== -1 || !canTake(i)) continue;
        const gain = marginal(i);
        if (gain <= 0) continue;
        const better =
          pick === -1 || gain * options[pick]!.cost > pickGain * options[i]!.cost || (gain * options[pick]!.cost === pickGain * options[i]!.cost && gain > pickGain);
        if (better && seat(i, [])) {
          if (pick !== -1) unseat(pick);
          pick = i;
          pickGain = gain;
        }
      }
      if (pick === -1) break;
      undo.push({ i: pick, gain: pickGain, previous: take(pick, pickGain) });
      record();
    }
    for (const step of undo.reverse()) untake(step.i, step.gain, step.previous);
  };

  /** Include option i, then leave it out; leaving out loops rather than recurses, so depth is the plan's size. */
  const search = (from: number): void => {
    for (let i = from; ; i++) {
      tick();
      if (!promising(i)) return;
      while (i < n && (!canTake(i) || marginal(i) <= 0)) i++;
      if (i >= n) return;
      const gain = marginal(i);
      if (seat(i, [])) {
        const previous = take(i, gain);
        record();
        search(i + 1);
        untake(i, gain, previous);
      }
    }
  };

  let optimal = true;
  if (n > 0) {
    greedy();
    try {
      search(0);
    } catch (error) {
      if (!(error instanceof LimitReached)) throw error;
      optimal = false;
    }
  }

  return describe(problem, options, occasionIds, capacity, bestSet, optimal, nodes);
}

/**
 * The answer in the caller's terms: each chosen option with a concrete occasion (earliest
 * listed first, re-matched so the result does not depend on the search's path) and the gains
 * credited to it, so the choices' values add up to the total.
 */
function describe(
  problem: SuggestionProblem,
  options: Option[],
  occasionIds: string[],
  capacity: number[],
  set: number[],
  optimal: boolean,
  nodes: number,
): Suggestion {
  const order = new Map<string, number>();
  problem.candidates.forEach((c, i) => order.set(c.occasionId, Math.min(order.get(c.occasionId) ?? i, i)));
  const occupants = capacity.map(() => 0);
  const assigned = new Map<number, number>();
  const holders: number[][] = capacity.map(() => []);
  const place = (i: number, visited: boolean[]): boolean => {
    const occasions = [...options[i]!.occasions].sort((a, b) => order.get(occasionIds[a]!)! - order.get(occasionIds[b]!)!);
    for (const o of occasions) {
      if (visited[o]) continue;
      visited[o] = true;
      if (occupants[o]! < capacity[o]!) {
        occupants[o]!++;
        holders[o]!.push(i);
        assigned.set(i, o);
        return true;
      }
      for (let k = 0; k < holders[o]!.length; k++) {
        const other = holders[o]![k]!;
        holders[o]!.splice(k, 1);
        if (place(other, visited)) {
          holders[o]!.push(i);
          assigned.set(i, o);
          return true;
        }
        holders[o]!.splice(k, 0, other);
        assigned.set(other, o);
      }
    }
    return false;
  };
  // Credit each (person, competence) to the chosen option closing it furthest (the first on a
  // tie). An option left with no credit adds nothing — another chosen course closes its gaps as
  // far — so it is dropped: same value, less money.
  let sorted = [...set].sort((a, b) => a - b);
  let creditedTo = new Map<string, { option: number; value: number }>();
  for (;;) {
    creditedTo = new Map();
    for (const i of sorted) {
      for (const g of options[i]!.candidate.gains) {
        const key = JSON.stringify([options[i]!.candidate.personId, g.competenceId]);
        const current = creditedTo.get(key);
        if (g.value > 0 && (!current || g.value > current.value)) creditedTo.set(key, { option: i, value: g.value });
      }
    }
    const credited = new Set([...creditedTo.values()].map((c) => c.option));
    const idle = sorted.find((i) => !credited.has(i));
    if (idle === undefined) break;
    sorted = sorted.filter((i) => i !== idle);
  }
  for (const i of sorted) if (!place(i, [])) throw new Error('suggestPlan: chosen options lost their seats');

  const choices = sorted.map((i): SuggestionChoice => {
    const option = options[i]!;
    const credited: Gain[] = [];
    for (const g of option.candidate.gains) {
      const credit = creditedTo.get(JSON.stringify([option.candidate.personId, g.competenceId]));
      if (credit?.option === i && credit.value === g.value && !credited.some((c) => c.competenceId === g.competenceId)) credited.push(g);
    }
    const occasionId = occasionIds[assigned.get(i)!]!;
    const candidate = problem.candidates.find(
      (c) => c.occasionId === occasionId && c.personId === option.candidate.personId && c.courseId === option.candidate.courseId && c.cost === option.candidate.cost,
    )!;
    return { candidate, credited, value: credited.reduce((sum, g) => sum + g.value, 0) };
  });
  return {
    choices,
    totalCost: choices.reduce((sum, c) => sum + c.candidate.cost, 0n),
    totalValue: choices.reduce((sum, c) => sum + c.value, 0),
    optimal,
    nodes,
  };
}
