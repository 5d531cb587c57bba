/**
 * Swedish search terms for PostgreSQL full-text search. PostgreSQL's Swedish stemmer maps
 * "svetsare" to "svets" but keeps "svetsning" whole, so a search for "svetsning" would miss a
 * course for "svetsare". Stripping common derivational endings and matching by prefix
 * ("svets:*") finds both, and also "svetsteknik".
 */
const DERIVATIONAL_ENDINGS = ['ningarna', 'ningar', 'ningen', 'ning', 'arna', 'aren', 'are', 'heten', 'het', 'else', 'tionen', 'tion', 'ering', 'erna', 'er', 'en', 'et', 'ar', 'or'];
const MIN_STEM = 4;

export function searchStems(text: string): string[] {
  const words = text
    .toLowerCase()
    .normalize('NFC')
    .split(/[^a-zåäöéü0-9]+/)
    .filter((w) => w.length >= 2);
  const stems = words.map((word) => {
    for (const ending of DERIVATIONAL_ENDINGS) {
      if (word.endsWith(ending) && word.length - ending.length >= MIN_STEM) return word.slice(0, -ending.length);
    }
    return word;
  });
  return [...new Set(stems)].slice(0, 10);
}

/** A to_tsquery expression: every stem must match, each as a prefix. */
export function prefixTsQuery(text: string): string | null {
  const stems = searchStems(text);
  return stems.length ? stems.map((s) => `${s}:*`).join(' & ') : null;
}
