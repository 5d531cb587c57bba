/**
 * A seeded pseudo-random generator (mulberry32), so the demo seed produces the same data,
 * byte for byte, on every machine and every run. Not for anything security-related.
 */
export class Random {
  #state: number;

  constructor(seed: number) {
    this.#state = seed >>> 0;
  }

  /**
   * An independent stream named by a label: a firm's employees come from their own stream, so
   * adding a firm or a name to a list does not reshuffle every other firm's staff.
   */
  static forLabel(seed: number, label: string): Random {
    // FNV-1a over the label, mixed with the seed.
    let hash = 0x811c9dc5 ^ seed;
    for (let i = 0; i < label.length; i++) {
      hash = Math.imul(hash ^ label.charCodeAt(i), 0x01000193);
    }
    return new Random(hash);
  }

  /** A float in [0, 1). */
  next(): number {
    this.#state = (this.#state + 0x6d2b79f5) >>> 0;
    let t = this.#state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  }

  /** An integer in [min, max], both included. */
  int(min: number, max: number): number {
    return min + Math.floor(this.next() * (max - min + 1));
  }

  chance(probability: number): boolean {
    return this.next() < probability;
  }

  pick<T>(items: readonly T[]): T {
    const item = items[Math.floor(this.next() * items.length)];
    if (item === undefined) throw new RangeError('cannot pick from an empty list');
    return item;
  }

  /** Picks by relative weight: `[['MAN', 74], ['WOMAN', 25], …]`. */
  weighted<T>(choices: readonly (readonly [T, number])[]): T {
    const total = choices.reduce((sum, [, weight]) => sum + weight, 0);
    let roll = this.next() * total;
    for (const [value, weight] of choices) {
      roll -= weight;
      if (roll < 0) return value;
    }
    const last = choices.at(-1);
    if (last === undefined) throw new RangeError('cannot pick from an empty list');
    return last[0]; // only reached through float rounding at the very top of the range
  }

  /**
   * Draws by weight without replacement, refilling when the deck runs out, so that even a
   * few draws follow the weights: a small town does not get three firms by bad luck.
   */
  deck<T>(choices: readonly (readonly [T, number])[]): () => T {
    let cards: T[] = [];
    return () => {
      if (cards.length === 0) cards = this.shuffled(choices.flatMap(([value, weight]) => Array<T>(weight).fill(value)));
      const card = cards.pop();
      if (card === undefined) throw new RangeError('cannot draw from an empty deck');
      return card;
    };
  }

  /** Fisher–Yates. */
  shuffled<T>(items: readonly T[]): T[] {
    const out = [...items];
    for (let i = out.length - 1; i > 0; i--) {
      const j = this.int(0, i);
      [out[i], out[j]] = [out[j] as T, out[i] as T];
    }
    return out;
  }

  /** A string of random decimal digits, e.g. the serial part of an org number. */
  digits(count: number): string {
    let out = '';
    for (let i = 0; i < count; i++) out += String(this.int(0, 9));
    return out;
  }
}
