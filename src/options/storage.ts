import browser from 'webextension-polyfill';
import type { RemovableArea } from '../settings/store';

/** storage.local as the settings store sees it. */
export const localArea: RemovableArea = browser.storage.local;
