import { readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { RULE_IDS } from '../../src/rules/types';
import { VENDORS } from '../../src/scrape/snapshot';
import { POLICY_KEYS, POLICY_PARTS } from '../../src/settings/policy';

const ROOT = resolve(import.meta.dirname, '../..');
const manifest = JSON.parse(readFileSync(join(ROOT, 'manifest.json'), 'utf8'));
// Vite copies public/ to the build's top level, where the manifest's path points.
const schemaFile = join(ROOT, 'public', manifest.storage.managed_schema);
const schema = JSON.parse(readFileSync(schemaFile, 'utf8'));

type Node = Record<string, unknown>;

/**
 * The attributes Chrome's policy schema parser accepts per type
 * (components/policy/core/common/schema.cc): anything else, "$schema" or "minLength" say,
 * makes Chrome refuse to load the extension.
 */
const ALLOWED: Record<string, string[]> = {
  array: ['description', 'id', 'items', 'sensitiveValue', 'title', 'type'],
  boolean: ['description', 'id', 'sensitiveValue', 'title', 'type'],
  integer: ['description', 'enum', 'id', 'maximum', 'minimum', 'sensitiveValue', 'title', 'type'],
  number: ['description', 'id', 'sensitiveValue', 'title', 'type'],
  object: [
    'additionalProperties',
    'description',
    'id',
    'patternProperties',
    'properties',
    'required',
    'sensitiveValue',
    'title',
    'type',
  ],
  string: ['description', 'enum', 'id', 'pattern', 'sensitiveValue', 'title', 'type'],
};

/** Every problem Chrome's parser would find in a schema node, with where it is. */
function dialectProblems(node: Node, path: string): string[] {
  const type = node.type;
  if (typeof type !== 'string' || !ALLOWED[type]) return [`${path}: no valid type`];
  const problems = Object.keys(node)
    .filter((k) => !ALLOWED[type]?.includes(k))
    .map((k) => `${path}: "${k}" is not allowed for ${type}`);
  if (type === 'array') {
    if (typeof node.items !== 'object') problems.push(`${path}: an array needs items`);
    else problems.push(...dialectProblems(node.items as Node, `${path}[]`));
  }
  if (type === 'object') {
    const properties = (node.properties ?? {}) as Record<string, Node>;
    for (const [key, child] of Object.entries(properties)) {
      problems.push(...dialectProblems(child, `${path}.${key}`));
    }
    for (const key of (node.required ?? []) as string[]) {
      if (!(key in properties)) problems.push(`${path}: required "${key}" is not a property`);
    }
  }
  if ('enum' in node && (!Array.isArray(node.enum) || node.enum.length === 0)) {
    problems.push(`${path}: enum must be a non-empty list`);
  }
  return problems;
}

describe('managed_schema.json', () => {
  it("is in Chrome's policy-schema dialect, with the policies at the top", () => {
    expect(schema.type).toBe('object');
    // Chrome: the top level may not have additionalProperties; its properties are the policies.
    expect(schema.additionalProperties).toBeUndefined();
    expect(dialectProblems(schema, 'schema')).toEqual([]);
  });

  it('finds the problems Chrome would (a test of the test)', () => {
    expect(
      dialectProblems(
        { type: 'object', properties: { a: { type: 'string', minLength: 1 } }, required: ['b'] },
        's',
      ),
    ).toEqual(['s.a: "minLength" is not allowed for string', 's: required "b" is not a property']);
  });

  it('declares exactly the keys the extension reads, with its own lists of ids', () => {
    expect(Object.keys(schema.properties)).toEqual([...POLICY_KEYS]);
    const p = schema.properties;
    expect(p.disabledRules.items.enum).toEqual([...RULE_IDS]);
    expect(p.districtHosts.items.properties.vendor.enum).toEqual([...VENDORS]);
    expect(p.lockedSettings.items.enum).toEqual([...POLICY_PARTS]);
  });

  it('describes every policy for the administrator who sets it', () => {
    for (const [key, node] of Object.entries(schema.properties as Record<string, Node>)) {
      expect(String(node.title ?? ''), key).not.toBe('');
      expect(String(node.description ?? '').length, key).toBeGreaterThan(20);
    }
  });
});
