/**
 * The few extension APIs the content script uses, without webextension-polyfill: the content
 * script is shipped into vendor pages and has a size budget (issue 4: 20 KB gzip), and these
 * three calls need no polyfill. Firefox has the promise-based `browser`; Chrome's MV3 `chrome`
 * returns promises too. The extension's own pages and the background use the polyfill.
 * What may be sent is the protocol's request (messages.ts), checked at compile time; replies and
 * incoming messages are unknown until the hand-written guards (content/reply-guard.ts) say.
 */
import type { BackgroundRequest } from '../messages';

interface ContentRuntime {
  runtime: {
    sendMessage(message: BackgroundRequest): Promise<unknown>;
    onMessage: {
      addListener(listener: (message: unknown) => void): void;
      removeListener(listener: (message: unknown) => void): void;
    };
  };
  i18n: { getMessage(key: string, substitutions?: string[]): string };
}

type Globals = typeof globalThis & { browser?: ContentRuntime; chrome?: ContentRuntime };

export const ext: ContentRuntime = ((globalThis as Globals).browser ??
  (globalThis as Globals).chrome) as ContentRuntime;
