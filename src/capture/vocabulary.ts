/**
 * The texts a layout capture may keep: every label our readers look for, by the readers' own
 * tests (the label reader's fields and service columns, and each vendor adapter's own label
 * texts). Anything else on a captured page is masked (./deidentify.ts).
 */
import { labels as aeries } from '../scrape/adapters/aeries';
import { labels as frontline } from '../scrape/adapters/frontline';
import { labels as powerschool } from '../scrape/adapters/powerschool';
import { labels as siras } from '../scrape/adapters/siras';
import { labels as welligent } from '../scrape/adapters/welligent';
import { matchLabel, normaliseLabel, serviceColumnFor } from '../scrape/label-match';

/** The vendor adapters' own label texts, compared as the readers compare labels. */
const VENDOR_LABELS: ReadonlySet<string> = new Set(
  [aeries, frontline, powerschool, siras, welligent]
    .flatMap((labels) => labels())
    .map(normaliseLabel),
);

/** Whether a text is a label one of our readers looks for: the capture keeps it. */
export function isVocabularyLabel(text: string): boolean {
  if (text.length > 80) return false;
  return (
    matchLabel(text) !== undefined ||
    serviceColumnFor(text) !== undefined ||
    VENDOR_LABELS.has(normaliseLabel(text))
  );
}
