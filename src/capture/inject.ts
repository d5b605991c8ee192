/**
 * Injected into the IEP tab on the user's request (scripting.executeScript, files): captures
 * the page's layout, de-identified, and leaves it in this extension's isolated world for the
 * background to collect with a second, one-line script. Nothing is sent anywhere.
 */
import { captureLayout } from './deidentify';

(globalThis as { __cmcCapture?: unknown }).__cmcCapture = captureLayout(document);
