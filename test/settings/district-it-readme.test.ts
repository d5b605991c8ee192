import { readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { readPolicy } from '../../src/settings/policy';
import { extensionIdOf } from './extension-id';

const ROOT = resolve(import.meta.dirname, '../..');
const manifest = JSON.parse(readFileSync(join(ROOT, 'manifest.json'), 'utf8'));
const readme = readFileSync(join(ROOT, 'README.md'), 'utf8');
const section = readme.slice(
  readme.indexOf('## For district IT'),
  readme.indexOf('\n## ', readme.indexOf('## For district IT') + 1),
);
const jsonBlocks = [...section.matchAll(/```json\n([\s\S]*?)```/g)].map((m) =>
  JSON.parse(m[1] as string),
);
const BUILT_IN = manifest.content_scripts.flatMap((c: { matches: string[] }) => c.matches);

describe('README "For district IT"', () => {
  const id = extensionIdOf(manifest.key);

  it("names the id Chrome derives from manifest.json's key, and no other", () => {
    expect(id).toMatch(/^[a-p]{32}$/);
    const ids = new Set(section.match(/\b[a-p]{32}\b/g));
    expect([...ids]).toEqual([id]);
  });

  it('gives a policy file the extension reads whole, under that id', () => {
    const file = jsonBlocks.find((b) => '3rdparty' in b);
    const policy = file['3rdparty'].extensions[id];
    const read = readPolicy(policy, BUILT_IN);
    expect(read.problems).toEqual([]);
    expect(read.policy.roster?.map((m) => m.name)).toEqual([
      'Okafor, Taylor',
      'Lee, Sam',
      'Chen, Morgan',
    ]);
    expect(read.policy.locked).toEqual(['profile', 'roster', 'disabledRules']);
  });

  it('gives the Google Admin form of the same settings', () => {
    const admin = jsonBlocks.find((b) => 'asOf' in b && 'Value' in b.asOf);
    const unwrapped = Object.fromEntries(
      Object.entries(admin as Record<string, { Value: unknown }>).map(([k, v]) => [k, v.Value]),
    );
    const read = readPolicy(unwrapped, BUILT_IN);
    expect(read.problems).toEqual([]);
    expect(read.policy.districtHosts).toEqual([
      { origin: 'https://seis.example-usd.org', vendor: 'seis' },
    ]);
  });

  it('force-installs that id', () => {
    const settings = jsonBlocks.find((b) => 'ExtensionSettings' in b);
    expect(settings.ExtensionSettings[id].installation_mode).toBe('force_installed');
  });
});
