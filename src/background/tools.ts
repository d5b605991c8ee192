/**
 * The tools a user opens from the findings panel or a keyboard shortcut, loaded into the tab
 * only then: "Show what was read" (the outline of the elements the verdict rests on) and
 * "Something looks wrong?" (the corrections form). Their code stays out of the content script,
 * which loads on every vendor page within a 20 KB budget. Each is a script of its own, injected
 * with scripting.executeScript into the frames showing the view, in the content script's
 * isolated world, where it finds the elements the content script read (content/read-registry.ts);
 * no page script can see them there.
 */
import browser from 'webextension-polyfill';
import type { Tool } from '../messages';
import { isInstructionCode, parseDisability } from '../rules';
import { servicesNotAllRead } from '../scrape/missing';
import type { PageSnapshot } from '../scrape/snapshot';
import correctScript from '../tools/correct?script&iife';
import type { CorrectOptions, OutlineOptions } from '../tools/options';
import outlineScript from '../tools/outline?script&iife';
import { type DrawState, inspectView } from './check-page';

/** What the view's check looked for and did not find (OutlineOptions.notFound). */
export function notFound(snapshot: PageSnapshot): string[] {
  const out: string[] = [];
  if (!snapshot.caseManager) out.push('caseManager');
  if (!snapshot.primaryDisability) out.push('primaryDisability');
  if (!snapshot.secondaryDisability) out.push('secondaryDisability');
  const { program, setting, percentInRegularClass } = snapshot.placement;
  if (!program && !setting && !percentInRegularClass) out.push('placement');
  if (servicesNotAllRead(snapshot.missing)) out.push('services');
  const instruction = snapshot.services.filter((s) => s.code && isInstructionCode(s.code));
  if (instruction.length === 0) out.push('instructionalServices');
  for (const s of instruction) {
    const field = `provider:${s.code}`;
    if (!s.provider && !out.includes(field)) out.push(field);
  }
  return out;
}

/** What the view's frames read, merged (OutlineOptions.read). */
export function readFields(snapshot: PageSnapshot): string[] {
  const out: string[] = [];
  if (snapshot.caseManager) out.push('caseManager');
  if (snapshot.primaryDisability) out.push('primaryDisability');
  if (snapshot.secondaryDisability) out.push('secondaryDisability');
  const { program, setting, percentInRegularClass } = snapshot.placement;
  if (program || setting || percentInRegularClass) out.push('placement');
  for (const s of snapshot.services) {
    if (!s.code) continue;
    for (const field of [`service:${s.code}`, ...(s.provider ? [`provider:${s.code}`] : [])]) {
      if (!out.includes(field)) out.push(field);
    }
  }
  return out;
}

/** What the corrections form offers to correct (CorrectOptions). */
export function correctable(snapshot: PageSnapshot, corrected: string[]): CorrectOptions {
  const primary = snapshot.primaryDisability;
  const providers: CorrectOptions['providers'] = [];
  for (const s of snapshot.services) {
    if (!s.code || !s.provider) continue;
    if (!providers.some((p) => p.service === s.code)) {
      providers.push({ service: s.code, name: s.provider });
    }
  }
  return {
    caseManager: snapshot.caseManager?.name ?? null,
    primary: primary
      ? {
          code: (primary.code && parseDisability(primary.code)) || parseDisability(primary.label),
          shown: primary.label || primary.code,
        }
      : null,
    providers,
    corrected,
  };
}

/**
 * Loads `tool` into the tab and opens it. `frameId`: the frame whose panel asked, or null for
 * the keyboard shortcut. Returns what that frame draws now (the view was checked again, so the
 * tool and the panel agree); null when the tab shows no checked IEP or refuses the script.
 */
export async function openTool(
  tabId: number,
  frameId: number | null,
  tool: Tool,
): Promise<DrawState | null> {
  const view = await inspectView(tabId, frameId);
  if (!view?.merged) return null;
  try {
    if (tool === 'outline') {
      const frameIds = view.frames;
      await browser.scripting.executeScript({
        target: { tabId, frameIds },
        files: [outlineScript],
      });
      const missing = notFound(view.merged);
      const read = readFields(view.merged);
      const lister = view.drawing ?? frameId ?? Math.min(...frameIds);
      for (const id of frameIds) {
        const options: OutlineOptions = {
          list: id === lister,
          notFound: missing,
          read,
          rowCodes: view.rowCodes[id] ?? [],
        };
        await browser.scripting.executeScript({
          target: { tabId, frameIds: [id] },
          func: callTool,
          args: ['outline', options],
        });
      }
    } else {
      const id = view.drawing ?? frameId ?? Math.min(...view.frames);
      await browser.scripting.executeScript({
        target: { tabId, frameIds: [id] },
        files: [correctScript],
      });
      await browser.scripting.executeScript({
        target: { tabId, frameIds: [id] },
        func: callTool,
        args: ['correct', correctable(view.merged, view.corrected)],
      });
    }
    return view.draw;
  } catch {
    // The tab navigated away or the browser refused the page: nothing opens, nothing breaks.
    console.warn('Case Manager Check: the tool could not be opened on this page.');
    return null;
  }
}

/** Run in the tab's isolated world: calls the tool the injected script left there. */
function callTool(name: 'outline' | 'correct', options: unknown): void {
  const tools = (globalThis as Record<string, unknown>).__caseManagerCheckTools as
    | Record<string, ((o: unknown) => void) | undefined>
    | undefined;
  tools?.[name]?.(options);
}

/** The keyboard shortcut: the outline, in the active tab of the focused window. */
export async function showWhatWasRead(tabId: number | undefined): Promise<void> {
  let id = tabId;
  if (id === undefined) {
    const [tab] = await browser.tabs.query({ active: true, currentWindow: true });
    id = tab?.id;
  }
  if (id !== undefined) await openTool(id, null, 'outline');
}
