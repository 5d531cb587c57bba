import { withCheckDigit } from '@smartkompetens/domain';
import type { Random } from './random.ts';

/**
 * The first three digits by legal form, as the Swedish registers hand them out: limited
 * companies 556/559, non-profit associations 802, municipalities and regions 212.
 */
export const orgNumberPrefixes = {
  company: ['556', '559'],
  association: ['802'],
  publicBody: ['212'],
} as const;

/** A valid, fictional org number not yet in `taken` (which it joins). */
export function uniqueOrgNumber(random: Random, form: keyof typeof orgNumberPrefixes, taken: Set<string>): string {
  for (;;) {
    const candidate = withCheckDigit(random.pick(orgNumberPrefixes[form]) + random.digits(6));
    if (!taken.has(candidate)) {
      taken.add(candidate);
      return candidate;
    }
  }
}
