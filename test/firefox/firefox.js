// Starts Debian's firefox-esr headless on a fresh, throw-away profile with WebDriver BiDi on a
// free port, and opens a BiDi session to it.
import { spawn } from 'node:child_process';
import { existsSync } from 'node:fs';
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { BiDi } from './bidi.js';

const STARTUP_TIMEOUT_MS = 60_000;

export function firefoxPath() {
  const candidates = [process.env.FIREFOX_PATH, '/usr/bin/firefox-esr', '/usr/bin/firefox'];
  const found = candidates.find((p) => p && existsSync(p));
  if (!found) {
    throw new Error(
      'Firefox not found. Install it with `apt-get install -y firefox-esr` or set FIREFOX_PATH.',
    );
  }
  return found;
}

/** user.js lines: the profile's preferences, read once at start-up. */
function userJs(prefs) {
  return Object.entries(prefs)
    .map(([name, value]) => `user_pref(${JSON.stringify(name)}, ${JSON.stringify(value)});\n`)
    .join('');
}

/** Resolves with the BiDi address Firefox prints on stderr once it listens. */
function listeningAddress(child, log) {
  return new Promise((resolve, reject) => {
    const timer = setTimeout(
      () => reject(new Error(`Firefox did not start BiDi in time:\n${log.join('')}`)),
      STARTUP_TIMEOUT_MS,
    );
    // Registered after the listener that fills `log`, so the chunk is already in it.
    child.stderr.on('data', () => {
      const match = /WebDriver BiDi listening on (ws:\/\/\S+)/.exec(log.join(''));
      if (match) {
        clearTimeout(timer);
        resolve(match[1]);
      }
    });
    child.once('exit', (code) => {
      clearTimeout(timer);
      reject(new Error(`Firefox exited (${code}) before BiDi started:\n${log.join('')}`));
    });
  });
}

/**
 * @param {{ prefs?: Record<string, string | number | boolean>, args?: string[] }} [options]
 * @returns {Promise<{ bidi: BiDi, close: () => Promise<void> }>}
 */
export async function launchFirefox({ prefs = {}, args = [] } = {}) {
  const profile = await mkdtemp(join(tmpdir(), 'cmc-firefox-'));
  await writeFile(join(profile, 'user.js'), userJs(prefs));
  const child = spawn(
    firefoxPath(),
    ['-headless', '-no-remote', '-profile', profile, '--remote-debugging-port=0', ...args],
    { stdio: ['ignore', 'ignore', 'pipe'] },
  );
  // Kept (and always drained, so Firefox never blocks on a full pipe) to explain a failed start.
  const log = [];
  child.stderr.setEncoding('utf8');
  child.stderr.on('data', (chunk) => {
    log.push(chunk);
    if (log.length > 200) log.shift();
  });
  const exited = new Promise((resolve) => child.once('exit', resolve));

  const stop = async () => {
    if (child.exitCode === null && child.signalCode === null) child.kill('SIGKILL');
    await exited;
    await rm(profile, { recursive: true, force: true });
  };

  let bidi;
  try {
    bidi = await BiDi.connect(await listeningAddress(child, log));
    await bidi.send('session.new', { capabilities: {} });
  } catch (error) {
    await stop();
    throw error;
  }

  return {
    bidi,
    async close() {
      // browser.close ends Firefox cleanly; the kill in stop() covers a browser that hangs.
      await Promise.race([
        bidi.send('browser.close').catch(() => {}),
        new Promise((resolve) => setTimeout(resolve, 5_000)),
      ]);
      bidi.close();
      await Promise.race([exited, new Promise((resolve) => setTimeout(resolve, 5_000))]);
      await stop();
    },
  };
}
