/** Text folding shared by the parsers: what two spellings of the same thing have in common. */

/** Lower case, no accents, "&" → "and", dashes and punctuation → spaces, "/" kept tight. */
export function fold(text: string): string {
  // Printable ASCII has no decompositions: NFKD, an ICU call and the slowest step here, can
  // change only other text (the page reader folds every grade and disability it reads).
  return (/^[\t\n\r -~]*$/.test(text) ? text : text.normalize('NFKD'))
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/&/g, ' and ')
    .replace(/[^a-z0-9/]+/g, ' ')
    .replace(/\s*\/\s*/g, '/')
    .replace(/\s+/g, ' ')
    .trim();
}

/** Whole-word containment on folded text. */
export function containsWords(haystack: string, needle: string): boolean {
  if (!needle) return false;
  return ` ${haystack} `.includes(` ${needle} `);
}
