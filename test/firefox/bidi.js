// A minimal WebDriver BiDi client: commands as promises, events to listeners. Playwright cannot
// drive Debian's firefox-esr, but Firefox speaks BiDi itself (see shared GUIDE §1). Node 20 has
// no global WebSocket, hence `ws`.
import WebSocket from 'ws';

export class BiDiError extends Error {}

export class BiDi {
  /** @param {string} url the browser's ws://host:port (BiDi lives at /session under it) */
  static async connect(url) {
    const socket = new WebSocket(`${url}/session`);
    await new Promise((resolve, reject) => {
      socket.once('open', resolve);
      socket.once('error', reject);
    });
    return new BiDi(socket);
  }

  #socket;
  #nextId = 1;
  /** @type {Map<number, { resolve: (v: unknown) => void, reject: (e: Error) => void, method: string }>} */
  #pending = new Map();
  /** @type {Map<string, Set<(params: any) => void>>} */
  #listeners = new Map();

  /** @param {WebSocket} socket */
  constructor(socket) {
    this.#socket = socket;
    socket.on('message', (data) => this.#receive(JSON.parse(String(data))));
    socket.on('close', () => {
      for (const { reject, method } of this.#pending.values()) {
        reject(new BiDiError(`${method}: the browser closed the connection`));
      }
      this.#pending.clear();
    });
  }

  /** Sends a command; resolves with its result, rejects with the browser's error message. */
  send(method, params = {}) {
    const id = this.#nextId++;
    return new Promise((resolve, reject) => {
      this.#pending.set(id, { resolve, reject, method });
      this.#socket.send(JSON.stringify({ id, method, params }));
    });
  }

  /** Calls `listener` with each event's params (the event must also be subscribed to). */
  on(event, listener) {
    if (!this.#listeners.has(event)) this.#listeners.set(event, new Set());
    this.#listeners.get(event)?.add(listener);
  }

  close() {
    this.#socket.close();
  }

  #receive(message) {
    if (message.type === 'event') {
      for (const listener of this.#listeners.get(message.method) ?? []) listener(message.params);
      return;
    }
    const pending = this.#pending.get(message.id);
    if (!pending) return;
    this.#pending.delete(message.id);
    if (message.type === 'success') pending.resolve(message.result);
    else pending.reject(new BiDiError(`${pending.method}: ${message.error}: ${message.message}`));
  }
}
