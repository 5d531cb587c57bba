/**
 * Money is an integer number of öre (1 SEK = 100 öre), carried as `bigint` so programme
 * totals (well above 2^31 öre, and in reports above 2^53) never lose a single öre.
 * Over the wire it travels as a decimal string of öre.
 */

export type Ore = bigint;

const ORE_PATTERN = /^-?\d{1,18}$/;

/** Parses a decimal string of öre (`"123456"`), as GraphQL and REST carry it. */
export function parseOre(value: string): Ore {
  if (!ORE_PATTERN.test(value)) throw new RangeError(`not an amount in öre: ${value}`);
  return BigInt(value);
}

/**
 * Parses an amount in kronor as a person types it — `1 234,50`, `1234.5`, `1234` — into öre.
 * Returns null when it is not an amount, or has more than two decimals.
 */
export function parseKronor(input: string): Ore | null {
  const cleaned = input.replace(/[\s\u00a0]/g, '').replace(/kr$/i, '').replace(',', '.');
  const match = /^(-?)(\d+)(?:\.(\d{1,2}))?$/.exec(cleaned);
  if (!match) return null;
  const [, sign, whole, fraction = ''] = match;
  const ore = BigInt(whole!) * 100n + BigInt(fraction.padEnd(2, '0'));
  return sign === '-' ? -ore : ore;
}

/** Formats öre as kronor for people, e.g. `1 234,50 kr` (sv) or `SEK 1,234.50` (en). */
export function formatOre(ore: Ore, locale: string = 'sv-SE', opts: { decimals?: boolean } = {}): string {
  const negative = ore < 0n;
  const abs = negative ? -ore : ore;
  const kronor = abs / 100n;
  const rest = abs % 100n;
  const showDecimals = opts.decimals ?? rest !== 0n;
  // Intl formats bigint exactly; the öre part is appended so no float is ever involved.
  const whole = new Intl.NumberFormat(locale, { maximumFractionDigits: 0 }).format(kronor);
  const decimalSeparator = locale.startsWith('sv') ? ',' : '.';
  const amount = showDecimals ? `${whole}${decimalSeparator}${rest.toString().padStart(2, '0')}` : whole;
  const signed = negative ? `−${amount}` : amount;
  return locale.startsWith('sv') ? `${signed} kr` : `SEK ${signed}`;
}

export function sumOre(values: Iterable<Ore>): Ore {
  let total = 0n;
  for (const v of values) total += v;
  return total;
}
