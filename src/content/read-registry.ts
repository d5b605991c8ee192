/**
 * Where the content script leaves what it last read from the page (scrape/adapter.ts
 * Extraction: the snapshot with the elements each field and service was read from), on its
 * isolated world's global. The tools the background loads on demand (tools/outline.ts) run in
 * the same isolated world and find it there; the page's main world cannot see it, and nothing
 * of it is sent anywhere.
 */
export const READ = '__caseManagerCheckRead';
