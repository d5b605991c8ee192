import browser from 'webextension-polyfill';
import type { KeyValueArea } from '../settings/store';

/** storage.local as the settings store sees it. */
export const localArea: KeyValueArea = browser.storage.local;
