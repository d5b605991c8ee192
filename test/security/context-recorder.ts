/**
 * Records every request and every console message of every context in a browser: pages and
 * their frames, the extension's service worker (also after it restarts), its popup and options
 * pages, workers. Two independent layers, so one's blind spot is the other's catch:
 *
 * 1. Playwright's own events on the context: `request` (pages, frames and, in Playwright 1.65,
 *    the service worker too: `request.serviceWorker()`), `console` (pages and workers) and
 *    `weberror`. Playwright attaches to each target before it runs, so nothing early is missed.
 * 2. Raw CDP on every target: a browser-level session (`browser.newBrowserCDPSession()`)
 *    discovers targets (`Target.setDiscoverTargets`) and attaches to each page, frame and worker,
 *    the service worker included, with `Target.attachToTarget({ flatten: false })`. Playwright's
 *    CDPSession cannot address a flat child session, and browser-level auto-attach accepts only
 *    flat sessions, so commands go through `Target.sendMessageToTarget` and events come back in
 *    `Target.receivedMessageFromTarget`. Each target gets Network.enable (requests, with their
 *    initiator's stack, and WebSockets, which Playwright's context events leave out),
 *    Runtime.enable (console calls and uncaught exceptions of every world, content scripts'
 *    isolated worlds included) and Log.enable (the browser's own messages about the target).
 *    A discovered target is attached a moment after it starts, which layer 1 covers; a test
 *    that needs this layer to see a page's whole load calls `watch(page)` before navigating.
 */
import type { BrowserContext, CDPSession, Page } from '@playwright/test';

export interface RecordedRequest {
  layer: 'playwright' | 'cdp';
  url: string;
  /** What kind of context asked: page, iframe, service_worker, worker… */
  from: string;
  /** The address of the context that asked. */
  fromUrl: string;
  /** Scripts on the initiator's stack (CDP only): a content script shows as chrome-extension://. */
  initiators: string[];
  websocket?: boolean;
}

export interface RecordedMessage {
  layer: 'playwright' | 'cdp';
  kind: string;
  text: string;
  fromUrl: string;
  /** The script that logged or threw, where known: a content script's is chrome-extension://. */
  scriptUrl: string;
}

interface TargetInfo {
  targetId: string;
  type: string;
  url: string;
}

interface StackTrace {
  callFrames: { url: string }[];
  parent?: StackTrace;
}

/** The kinds of target that run a page's or the extension's code. */
const WATCHED = new Set(['page', 'iframe', 'service_worker', 'worker', 'shared_worker', 'other']);

function stackUrls(stack: StackTrace | undefined): string[] {
  const urls: string[] = [];
  for (let s = stack; s; s = s.parent) for (const frame of s.callFrames) urls.push(frame.url);
  return urls.filter(Boolean);
}

function describeValue(arg: {
  value?: unknown;
  description?: string;
  unserializableValue?: string;
}) {
  if (arg.value !== undefined)
    return typeof arg.value === 'string' ? arg.value : JSON.stringify(arg.value);
  return arg.unserializableValue ?? arg.description ?? '';
}

export class ContextRecorder {
  readonly requests: RecordedRequest[] = [];
  readonly messages: RecordedMessage[] = [];
  /** Every target the CDP layer attached to: proof it saw the worker and the pages. */
  readonly attached: TargetInfo[] = [];
  private readonly sessions = new Map<string, TargetInfo>();
  /** Each target's attachment, once begun: a second discovery of it waits on the first. */
  private readonly attaching = new Map<string, Promise<void>>();
  private nextId = 1;

  private constructor(
    private readonly context: BrowserContext,
    private readonly browser: CDPSession,
  ) {}

  static async start(context: BrowserContext): Promise<ContextRecorder> {
    const browser = context.browser();
    if (!browser) throw new Error('No browser behind this context: cannot record its targets.');
    const recorder = new ContextRecorder(context, await browser.newBrowserCDPSession());
    recorder.listenToPlaywright();
    await recorder.listenToTargets();
    return recorder;
  }

  private listenToPlaywright(): void {
    this.context.on('request', (request) => {
      const worker = request.serviceWorker();
      let fromUrl = worker?.url() ?? '';
      if (!worker) {
        try {
          fromUrl = request.frame().url();
        } catch {
          // A request of no frame (a worker's): its address is unknown here, the CDP layer has it.
        }
      }
      this.requests.push({
        layer: 'playwright',
        url: request.url(),
        from: worker ? 'service_worker' : 'page',
        fromUrl,
        initiators: [],
      });
    });
    this.context.on('console', (message) => {
      this.messages.push({
        layer: 'playwright',
        kind: `console.${message.type()}`,
        text: message.text(),
        fromUrl: message.page()?.url() ?? message.worker()?.url() ?? message.location().url,
        scriptUrl: message.location().url,
      });
    });
    this.context.on('weberror', (error) => {
      this.messages.push({
        layer: 'playwright',
        kind: 'weberror',
        text: `${error.error().message}\n${error.error().stack ?? ''}`,
        fromUrl: error.page()?.url() ?? '',
        scriptUrl: '',
      });
    });
  }

  private async listenToTargets(): Promise<void> {
    this.browser.on('Target.targetCreated', ({ targetInfo }) => void this.attach(targetInfo));
    this.browser.on('Target.targetInfoChanged', ({ targetInfo }) => {
      for (const info of this.sessions.values()) {
        if (info.targetId === targetInfo.targetId) info.url = targetInfo.url;
      }
    });
    this.browser.on('Target.detachedFromTarget', ({ sessionId }) => {
      if (sessionId) this.sessions.delete(sessionId);
    });
    this.browser.on('Target.receivedMessageFromTarget', ({ sessionId, message }) => {
      const target = this.sessions.get(sessionId ?? '');
      if (target) this.onTargetEvent(target, JSON.parse(message));
    });
    await this.browser.send('Target.setDiscoverTargets', { discover: true });
    const { targetInfos } = await this.browser.send('Target.getTargets');
    await Promise.all(targetInfos.map((info) => this.attach(info)));
  }

  /**
   * Resolves once the CDP layer records `page`: call it on a new page before its `goto`, so
   * this layer sees the page's load from the first request (discovery alone may attach late).
   */
  async watch(page: Page): Promise<void> {
    const session = await this.context.newCDPSession(page);
    try {
      const { targetInfo } = await session.send('Target.getTargetInfo');
      await this.attach(targetInfo);
    } finally {
      await session.detach().catch(() => undefined);
    }
  }

  private attach(info: TargetInfo): Promise<void> {
    if (!WATCHED.has(info.type)) return Promise.resolve();
    let attaching = this.attaching.get(info.targetId);
    if (!attaching) {
      attaching = this.attachOnce(info);
      this.attaching.set(info.targetId, attaching);
    }
    return attaching;
  }

  private async attachOnce(info: TargetInfo): Promise<void> {
    let sessionId: string;
    try {
      ({ sessionId } = await this.browser.send('Target.attachToTarget', {
        targetId: info.targetId,
        flatten: false,
      }));
    } catch {
      return; // Gone before we got there: layer 1 recorded what it did.
    }
    const target = { targetId: info.targetId, type: info.type, url: info.url };
    this.sessions.set(sessionId, target);
    this.attached.push(target);
    for (const method of ['Network.enable', 'Runtime.enable', 'Log.enable']) {
      const message = JSON.stringify({ id: this.nextId++, method, params: {} });
      await this.browser.send('Target.sendMessageToTarget', { sessionId, message }).catch(() => {
        // The target closed meanwhile.
      });
    }
  }

  // biome-ignore lint/suspicious/noExplicitAny: CDP events of several domains, read by shape.
  private onTargetEvent(target: TargetInfo, event: { method?: string; params?: any }): void {
    const { method, params } = event;
    const from = { from: target.type, fromUrl: target.url };
    if (method === 'Network.requestWillBeSent') {
      this.requests.push({
        layer: 'cdp',
        url: params.request.url,
        from: target.type,
        // The document the request is for: a page's address may not be known yet while it loads.
        fromUrl: params.documentURL || target.url,
        initiators: [params.initiator?.url, ...stackUrls(params.initiator?.stack)].filter(Boolean),
      });
    } else if (method === 'Network.webSocketCreated') {
      this.requests.push({
        layer: 'cdp',
        url: params.url,
        ...from,
        initiators: stackUrls(params.initiator?.stack),
        websocket: true,
      });
    } else if (method === 'Runtime.consoleAPICalled') {
      this.messages.push({
        layer: 'cdp',
        kind: `console.${params.type}`,
        text: params.args.map(describeValue).join(' '),
        fromUrl: target.url,
        scriptUrl: stackUrls(params.stackTrace)[0] ?? '',
      });
    } else if (method === 'Runtime.exceptionThrown') {
      const details = params.exceptionDetails;
      this.messages.push({
        layer: 'cdp',
        kind: 'exception',
        text: `${details.text} ${details.exception?.description ?? ''}`,
        fromUrl: target.url,
        scriptUrl: stackUrls(details.stackTrace)[0] ?? details.url ?? '',
      });
    } else if (method === 'Log.entryAdded') {
      this.messages.push({
        layer: 'cdp',
        kind: `log.${params.entry.level}`,
        text: `${params.entry.text} ${params.entry.url ?? ''}`,
        fromUrl: target.url,
        scriptUrl: stackUrls(params.entry.stackTrace)[0] ?? '',
      });
    }
  }

  async stop(): Promise<void> {
    await this.browser.detach().catch(() => undefined);
  }
}
