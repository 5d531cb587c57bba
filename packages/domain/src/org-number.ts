/**
 * Swedish organisation numbers (organisationsnummer): ten digits, written NNNNNN-NNNN.
 * The last digit is a Luhn check digit over the first nine; for legal entities the third
 * digit is at least 2, which is what tells them apart from personal identity numbers.
 */

export type OrgNumberProblem = 'FORMAT' | 'CHECK_DIGIT' | 'NOT_LEGAL_ENTITY';

export type OrgNumberResult =
  | { ok: true; value: string }
  | { ok: false; problem: OrgNumberProblem };

/** Luhn check digit for a string of digits (the digit that makes the whole sum divisible by 10). */
export function luhnCheckDigit(digits: string): number {
  let sum = 0;
  for (let i = 0; i < digits.length; i++) {
    // Weights alternate 2,1,2,1… from the left for nine digits (from the right of the payload).
    let product = Number(digits[i]) * (i % 2 === 0 ? 2 : 1);
    if (product > 9) product -= 9;
    sum += product;
  }
  return (10 - (sum % 10)) % 10;
}

/** Parses `5560360793`, `556036-0793` or with spaces into the canonical `NNNNNN-NNNN`. */
export function parseOrgNumber(input: string): OrgNumberResult {
  const digits = input.replace(/[\s-]/g, '');
  if (!/^\d{10}$/.test(digits)) return { ok: false, problem: 'FORMAT' };
  if (luhnCheckDigit(digits.slice(0, 9)) !== Number(digits[9])) {
    return { ok: false, problem: 'CHECK_DIGIT' };
  }
  if (Number(digits[2]) < 2) return { ok: false, problem: 'NOT_LEGAL_ENTITY' };
  return { ok: true, value: `${digits.slice(0, 6)}-${digits.slice(6)}` };
}

export function isValidOrgNumber(input: string): boolean {
  return parseOrgNumber(input).ok;
}

/** Completes nine digits with their check digit: used by the seed to make valid numbers. */
export function withCheckDigit(nineDigits: string): string {
  if (!/^\d{9}$/.test(nineDigits)) throw new RangeError('expected nine digits');
  const digits = nineDigits + String(luhnCheckDigit(nineDigits));
  return `${digits.slice(0, 6)}-${digits.slice(6)}`;
}
