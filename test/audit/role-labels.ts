/** The role words of the vocabulary (src/i18n/en/vocabulary.json), for tests that sort or filter as the page does. */
export { roleWord as roleLabelsForTest } from '../../src/ui/words-en';
