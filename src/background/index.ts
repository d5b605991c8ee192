/**
 * Service worker entry. Listeners are registered at the top level, synchronously, so a worker
 * woken by an event finds them; no state lives in globals (the worker may stop at any time)
 * but the district policy's cache, which is simply read again when it is gone.
 */
import browser, { type Runtime } from 'webextension-polyfill';
import type { ContentRequest } from '../messages';
import { SETTINGS_SCHEMAS } from '../settings/schema';
import { showBadge } from './badge';
import { scheduleDistrictHostSync, watchDistrictHosts } from './district-hosts';
import { watchDistrictPolicy } from './district-policy';
import { handleMessage } from './handle-message';
import { forgetTab, trackedTabs } from './tab-state';
import { showWhatWasRead } from './tools';

browser.runtime.onMessage.addListener((message: unknown, sender: Runtime.MessageSender) =>
  handleMessage(message, sender),
);

// District-hosted vendor addresses: keep the content script registered where access was granted.
watchDistrictHosts();

// A new district policy (Google Admin, group policy, a policy file) can change every verdict
// and the district's addresses.
watchDistrictPolicy(() => {
  void recheckOpenTabs();
  void scheduleDistrictHostSync();
});

// The keyboard shortcut of manifest.json `commands`: "Show what was read" in the active tab.
browser.commands.onCommand.addListener((command, tab) => {
  if (command === 'show-what-was-read') void showWhatWasRead(tab?.id);
});

browser.tabs.onRemoved.addListener((tabId) => {
  void forgetTab(tabId);
});

// New credentials or preferences change verdicts: ask the open vendor pages to check again.
// (Not a remembered role or this browser's key: a role choice redraws its own tab at once.)
browser.storage.onChanged.addListener((changes, area) => {
  if (area !== 'local' || !Object.keys(changes).some((key) => key in SETTINGS_SCHEMAS)) return;
  void recheckOpenTabs();
});

async function recheckOpenTabs(): Promise<void> {
  const recheck: ContentRequest = { type: 'recheck' };
  for (const tabId of await trackedTabs()) {
    browser.tabs.sendMessage(tabId, recheck).catch(async () => {
      // The tab is gone or no longer shows a vendor page.
      await forgetTab(tabId);
      await showBadge(tabId, null).catch(() => undefined);
    });
  }
}
