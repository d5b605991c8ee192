/**
 * The background's only door. Every message is validated against the protocol schema and
 * its sender checked before anything runs; a bad message gets a reason, never a crash.
 */
import * as v from 'valibot';
import browser, { type Runtime } from 'webextension-polyfill';
import {
  BackgroundRequest,
  type CheckPageResponse,
  type TabStatusResponse,
  type WhichVendorResponse,
} from '../messages';
import { districtVendorFor } from '../settings/district-hosts';
import { changeStudent, checkPage, type FrameSender } from './check-page';
import { effectiveSettings } from './district-policy';
import { readTabStatus } from './tab-state';
import { openTool } from './tools';

type Reply =
  | CheckPageResponse
  | TabStatusResponse
  | WhichVendorResponse
  | { ok: false; error: string };

const extensionPage = () => browser.runtime.getURL('');

/** The tab and frame a content script's message came from; null from anything else. */
function frameOf(sender: Runtime.MessageSender): FrameSender | null {
  const tabId = sender.tab?.id;
  if (tabId === undefined || sender.frameId === undefined) return null;
  const { documentId } = sender as { documentId?: string };
  return { tabId, frameId: sender.frameId, ...(documentId ? { documentId } : {}) };
}

export async function handleMessage(
  message: unknown,
  sender: Runtime.MessageSender,
): Promise<Reply> {
  // Only this extension's own scripts can reach onMessage (no externally_connectable), but
  // the id check keeps that true if the manifest ever changes.
  if (sender.id !== browser.runtime.id) return { ok: false, error: 'Unknown sender.' };
  const parsed = v.safeParse(BackgroundRequest, message);
  if (!parsed.success) return { ok: false, error: 'The message did not match the protocol.' };
  const request = parsed.output;
  try {
    switch (request.type) {
      case 'check-page':
      case 'choose-role':
      case 'acknowledge':
      case 'correct': {
        const frame = frameOf(sender);
        if (!frame) return { ok: false, error: 'Page checks come from tabs only.' };
        if (request.type === 'check-page') return await checkPage(request.snapshot, frame);
        const change =
          request.type === 'choose-role'
            ? ({ kind: 'role', role: request.role } as const)
            : request.type === 'correct'
              ? ({ kind: 'correct', correction: request.correction } as const)
              : ({ kind: 'acknowledge', finding: request.finding } as const);
        return (
          (await changeStudent(frame, change)) ?? {
            ok: false,
            error: 'This page has not been checked yet.',
          }
        );
      }
      case 'open-tool': {
        const frame = frameOf(sender);
        if (!frame) return { ok: false, error: 'Tools open from tabs only.' };
        // What the asking frame draws: its panel redraws as after any change it asked for.
        return (
          (await openTool(frame.tabId, frame.frameId, request.tool)) ?? {
            ok: false,
            error: 'Nothing to show on this page.',
          }
        );
      }
      case 'which-vendor': {
        // The frame's origin: an about:blank frame's url says nothing, its origin is the page's.
        const { origin } = sender as { origin?: string };
        const address = origin && origin !== 'null' ? origin : sender.url;
        if (!address || !sender.tab) return { vendor: null };
        const { districtHosts } = await effectiveSettings();
        return { vendor: districtVendorFor(address, districtHosts) };
      }
      case 'tab-status': {
        if (!sender.url?.startsWith(extensionPage())) {
          return { ok: false, error: 'Only extension pages may read tab status.' };
        }
        return await readTabStatus(request.tabId);
      }
    }
  } catch (error) {
    // The message names the kind of failure only: the snapshot holds student data.
    console.error(
      'Case Manager Check: check failed:',
      error instanceof Error ? error.name : 'error',
    );
    return { ok: false, error: 'The check could not be completed.' };
  }
}
