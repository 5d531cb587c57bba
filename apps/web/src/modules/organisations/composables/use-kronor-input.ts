import { MAX_HOURLY_COST_ORE, parseKronor, parseOre } from '@smartkompetens/domain';
import { computed, ref, type ComputedRef, type Ref } from 'vue';

export type KronorProblem = 'REQUIRED' | 'INVALID' | 'OUT_OF_RANGE';
export type KronorResult = { ok: true; ore: string } | { ok: false; problem: KronorProblem };

export interface KronorBounds {
  /** Smallest accepted amount in öre (inclusive). */
  min?: bigint;
  /** Largest accepted amount in öre (inclusive). */
  max?: bigint;
}

export interface UseKronorInput {
  /** What the person typed, bound to the text box. */
  text: Ref<string>;
  result: ComputedRef<KronorResult>;
  /** The amount as GraphQL's Money scalar wants it (decimal string of öre), when valid. */
  ore: ComputedRef<string | undefined>;
  problem: ComputedRef<KronorProblem | undefined>;
  /** Fills the box from a stored amount, e.g. when editing. */
  setOre: (ore: string) => void;
}

/**
 * A money field typed in kronor, the way people write it (`450`, `1 234,50`, `450 kr`), and
 * sent in öre. An hourly cost defaults to the domain's plausible range: above 0, at most
 * 10 000 kr/h.
 */
export function useKronorInput(initialOre?: string, bounds: KronorBounds = {}, locale: () => string = () => 'sv'): UseKronorInput {
  const text = ref(initialOre ? oreToKronorText(initialOre, locale()) : '');
  const result = computed(() => kronorToOre(text.value, bounds));
  return {
    text,
    result,
    ore: computed(() => (result.value.ok ? result.value.ore : undefined)),
    problem: computed(() => (result.value.ok ? undefined : result.value.problem)),
    setOre: (ore) => {
      text.value = oreToKronorText(ore, locale());
    },
  };
}

/** Converts typed kronor into a decimal string of öre, or says what is wrong with it. */
export function kronorToOre(input: string, { min = 1n, max = MAX_HOURLY_COST_ORE }: KronorBounds = {}): KronorResult {
  if (input.trim() === '') return { ok: false, problem: 'REQUIRED' };
  const ore = parseKronor(input);
  if (ore === null) return { ok: false, problem: 'INVALID' };
  if (ore < min || ore > max) return { ok: false, problem: 'OUT_OF_RANGE' };
  return { ok: true, ore: ore.toString() };
}

/**
 * Writes öre as kronor for a text box: no thousands separator (easy to edit) and decimals only
 * when there are öre, with the decimal comma in Swedish. `"45050"` → `"450,50"`.
 */
export function oreToKronorText(ore: string, locale = 'sv'): string {
  const value = parseOre(ore);
  const negative = value < 0n;
  const abs = negative ? -value : value;
  const kronor = (abs / 100n).toString();
  const rest = abs % 100n;
  const separator = locale.startsWith('sv') ? ',' : '.';
  const text = rest === 0n ? kronor : `${kronor}${separator}${rest.toString().padStart(2, '0')}`;
  return negative ? `-${text}` : text;
}
