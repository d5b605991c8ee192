/**
 * Text as compared, on a page and in a services row's cells read outside it: a module of its own,
 * as the page walk calls clean on most text of a page (src/scrape/dom.ts).
 */

/** Collapsed, trimmed text; NBSP as a space. */
export function clean(text: string): string {
  // Most text is clean already: one test, and the text itself back.
  if (!/[^\S ]|[\u200b-\u200d\u2060]|^ | $| {2}/.test(text)) return text;
  return (
    text
      // Zero-width spaces and joiners show nothing, and would split a code from its number.
      .replace(/[\u200b-\u200d\u2060\ufeff]/g, '')
      .replace(/\u00a0/g, ' ')
      .replace(/\s+/g, ' ')
      .trim()
  );
}
