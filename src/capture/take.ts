/**
 * Takes the layout capture of one tab: injects ./inject.ts (built as its own script) into the
 * tab's top frame, then collects what it left in this extension's isolated world and clears it.
 * The capture never leaves this page's memory until the user saves it as a file.
 */
import browser from 'webextension-polyfill';
import type { CaptureResult } from './deidentify';
import injectScript from './inject?script&iife';

export type Taken =
  | { ok: true; capture: CaptureResult }
  | { ok: false; reason: 'no-access' | 'failed' };

export async function takeCapture(tabId: number): Promise<Taken> {
  try {
    await browser.scripting.executeScript({ target: { tabId }, files: [injectScript] });
    const [result] = await browser.scripting.executeScript({
      target: { tabId },
      func: () => {
        const g = globalThis as { __cmcCapture?: unknown };
        const capture = g.__cmcCapture;
        delete g.__cmcCapture;
        return capture;
      },
    });
    const capture = result?.result as CaptureResult | undefined;
    return capture && typeof capture.html === 'string'
      ? { ok: true, capture }
      : { ok: false, reason: 'failed' };
  } catch (error) {
    // The browser refuses a page the extension may not read (another site, a browser page).
    const message = error instanceof Error ? error.message : '';
    return {
      ok: false,
      reason: /permission|cannot access|host/i.test(message) ? 'no-access' : 'failed',
    };
  }
}
