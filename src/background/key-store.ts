/**
 * Where the key that names students' stored choices lives: a non-extractable CryptoKey kept in
 * the extension's IndexedDB (a structured clone keeps it non-extractable), never as text in
 * storage.local, where it sat beside the hashes it keys. Without IndexedDB (unit tests in Node)
 * the key lives as long as the process: choices are then forgotten, never exposed.
 */
const DB_NAME = 'case-manager-check-keys';
const STORE = 'keys';

let memory: Map<string, CryptoKey> | undefined;

function open(): Promise<IDBDatabase> {
  return new Promise((resolve, reject) => {
    const request = indexedDB.open(DB_NAME, 1);
    request.onupgradeneeded = () => request.result.createObjectStore(STORE);
    request.onsuccess = () => resolve(request.result);
    request.onerror = () => reject(request.error);
  });
}

function run<T>(mode: IDBTransactionMode, step: (store: IDBObjectStore) => IDBRequest): Promise<T> {
  return open().then(
    (db) =>
      new Promise<T>((resolve, reject) => {
        const transaction = db.transaction(STORE, mode);
        const request = step(transaction.objectStore(STORE));
        transaction.oncomplete = () => {
          db.close();
          resolve(request.result as T);
        };
        transaction.onerror = () => {
          db.close();
          reject(transaction.error);
        };
      }),
  );
}

export async function readKey(name: string): Promise<CryptoKey | undefined> {
  if (typeof indexedDB === 'undefined') return memory?.get(name);
  const found = await run<unknown>('readonly', (store) => store.get(name));
  return found instanceof CryptoKey ? found : undefined;
}

export async function writeKey(name: string, key: CryptoKey): Promise<void> {
  if (typeof indexedDB === 'undefined') {
    memory ??= new Map();
    memory.set(name, key);
    return;
  }
  await run('readwrite', (store) => store.put(key, name));
}
