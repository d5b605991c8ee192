import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { fileKindOf, headerLineOf } from '../../src/audit/file-kind';

const sample = (name: string) =>
  headerLineOf(readFileSync(resolve(import.meta.dirname, '../../samples', name)));

describe('fileKindOf', () => {
  it('tells the sample exports apart by their headers', () => {
    expect(fileKindOf(sample('students.csv'))).toBe('students');
    expect(fileKindOf(sample('services.csv'))).toBe('services');
    expect(fileKindOf(sample('roster.csv'))).toBe('roster');
  });

  it('reads quoted, BOM-led and oddly written headers', () => {
    expect(fileKindOf('\uFEFF"Student ID","Service Code:*"')).toBe('services');
    expect(fileKindOf('Last Name;First Name;AUTHORIZATION')).toBe('roster');
    expect(fileKindOf('Student ID\tCase Manager\tDisability 1')).toBe('students');
  });

  it('takes anything else as the students file, whose reader names what is missing', () => {
    expect(fileKindOf('')).toBe('students');
    expect(fileKindOf('a,b,c')).toBe('students');
  });
});

describe('headerLineOf', () => {
  it('returns the first line, CRLF or LF', () => {
    expect(headerLineOf(new TextEncoder().encode('A,B\r\n1,2\r\n'))).toBe('A,B');
    expect(headerLineOf(new TextEncoder().encode('A,B'))).toBe('A,B');
  });
});
