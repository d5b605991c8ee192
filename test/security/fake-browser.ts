/**
 * The part of the WebExtension API the background's message handling touches, in memory, for
 * unit tests that mock webextension-polyfill with it (see test/background/handle-message*).
 * Storage areas keep JSON copies, as the browser's do, and count writes, so a test can say
 * "this message changed nothing".
 */
import { vi } from 'vitest';

export const EXTENSION_ID = 'cmcextensionidfortests';

export class FakeArea {
  private items = new Map<string, unknown>();
  writes = 0;
  /** Makes the next set() fail with this error, as a full or broken store would. */
  failNextSet: Error | null = null;

  async get(keys?: string | string[] | Record<string, unknown> | null) {
    const out: Record<string, unknown> = {};
    const wanted =
      keys === null || keys === undefined
        ? [...this.items.keys()]
        : typeof keys === 'string'
          ? [keys]
          : Array.isArray(keys)
            ? keys
            : Object.keys(keys);
    for (const key of wanted) {
      if (this.items.has(key)) out[key] = JSON.parse(JSON.stringify(this.items.get(key)));
      else if (keys && typeof keys === 'object' && !Array.isArray(keys) && key in keys) {
        out[key] = (keys as Record<string, unknown>)[key];
      }
    }
    return out;
  }

  async set(items: Record<string, unknown>) {
    if (this.failNextSet) {
      const error = this.failNextSet;
      this.failNextSet = null;
      throw error;
    }
    this.writes += 1;
    for (const [key, value] of Object.entries(items)) {
      this.items.set(key, JSON.parse(JSON.stringify(value)));
    }
  }

  async remove(keys: string | string[]) {
    this.writes += 1;
    for (const key of typeof keys === 'string' ? [keys] : keys) this.items.delete(key);
  }

  reset() {
    this.items.clear();
    this.writes = 0;
    this.failNextSet = null;
  }
}

const listeners = () => ({ addListener: () => undefined, removeListener: () => undefined });

export const fakeBrowser = {
  runtime: {
    id: EXTENSION_ID,
    getURL: (path = '') => `chrome-extension://${EXTENSION_ID}/${path}`,
    getManifest: () => ({
      content_scripts: [{ matches: ['https://*.seis.org/*'], js: ['src/content/index.js'] }],
    }),
    onMessage: listeners(),
    onInstalled: listeners(),
    onStartup: listeners(),
  },
  storage: {
    local: new FakeArea(),
    session: new FakeArea(),
    managed: new FakeArea(),
    sync: new FakeArea(),
    onChanged: listeners(),
  },
  tabs: { sendMessage: vi.fn(async () => undefined), onRemoved: listeners() },
  action: {
    setBadgeText: vi.fn(async () => undefined),
    setBadgeBackgroundColor: vi.fn(async () => undefined),
  },
};

export function resetFakeBrowser(): void {
  for (const area of Object.values(fakeBrowser.storage)) {
    if (area instanceof FakeArea) area.reset();
  }
  fakeBrowser.tabs.sendMessage.mockReset().mockImplementation(async () => undefined);
  fakeBrowser.action.setBadgeText.mockReset().mockImplementation(async () => undefined);
  fakeBrowser.action.setBadgeBackgroundColor.mockReset().mockImplementation(async () => undefined);
}

/** How many writes every storage area has had: equal before and after means nothing changed. */
export function storageWrites(): number {
  const { local, session, sync } = fakeBrowser.storage;
  return local.writes + session.writes + sync.writes;
}
