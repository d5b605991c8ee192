import { afterEach, describe, expect, it } from 'vitest';
import { seis } from '../../src/scrape/adapters/seis';
import { extract } from '../../src/scrape/extract';
import { loadFixture, renderSeisForm } from '../support/fixture-dom';

describe('SEIS adapter on the SEIS-like fixture', () => {
  let close: (() => void) | undefined;
  afterEach(() => close?.());

  it('reads the whole snapshot of a rendered services page', async () => {
    const dom = await renderSeisForm('1001');
    close = () => dom.window.close();
    const { snapshot, anchor } = extract(seis, dom.window.document);
    expect(snapshot).toEqual({
      vendor: 'seis',
      iep: 'current',
      student: {
        id: '9000001',
        name: 'Student, Demo A',
        grade: '3',
        dateOfBirth: '03/14/2017',
      },
      caseManager: { name: 'Rivera, Jordan' },
      primaryDisability: { code: '320', label: '320 - Autism' },
      secondaryDisability: null,
      alternatePlacement: null,
      placement: {},
      services: [
        {
          code: '330',
          name: 'Specialized Academic Instruction',
          start: '2025-09-02',
          end: '2026-09-01',
          minutesPerWeek: 300,
          location: 'Special Day Class',
          delivery: 'Group',
        },
        {
          code: '415',
          name: 'Language and Speech',
          start: '2025-09-02',
          end: '2026-09-01',
          minutesPerWeek: 60,
          location: 'Separate Classroom',
          delivery: 'Group',
        },
      ],
      missing: [],
      readBy: {
        studentId: 'label',
        studentName: 'label',
        grade: 'label',
        dateOfBirth: 'label',
        caseManager: 'label',
        primaryDisability: 'label',
        services: 'selector',
      },
    });
    expect(anchor?.textContent).toBe('Rivera, Jordan');
  });

  it('takes an unrendered {{template}} for no value, and says what is missing', async () => {
    const dom = await renderSeisForm('1001', { settleMs: 0, pendingFetch: true });
    close = () => dom.window.close();
    const { snapshot, anchor } = extract(seis, dom.window.document);
    expect(snapshot.caseManager).toBeNull();
    expect(snapshot.missing).toEqual(['caseManager', 'primaryDisability', 'grade', 'services']);
    expect(snapshot.services).toEqual([]);
    expect(anchor).toBeNull();
  });

  it('matches SEIS hosts only', () => {
    expect(seis.matchesUrl(new URL('https://www.seis.org/iep/'))).toBe(true);
    expect(seis.matchesUrl(new URL('https://seis.org/forms/1/state/services/fape3'))).toBe(true);
    expect(seis.matchesUrl(new URL('https://seis.org.example.com/'))).toBe(false);
    expect(seis.matchesUrl(new URL('https://notseis.org/'))).toBe(false);
  });
});

describe('SEIS frames: one IEP view spread over a header frame and a nested dates frame', () => {
  const read = async (frame: string) => {
    const dom = await loadFixture(
      `seis/frames/${frame}.html`,
      `https://www.seis.org/frames/${frame}.html`,
    );
    const extraction = extract(seis, dom.window.document);
    dom.window.close();
    return extraction.snapshot;
  };

  it('reads the header frame, services left to the frame that shows them', async () => {
    expect(await read('header')).toEqual({
      vendor: 'seis',
      iep: 'unknown',
      student: { id: '9000005', name: 'Student, Demo E', grade: '4' },
      caseManager: { name: 'Rivera, Jordan' },
      primaryDisability: { code: '320', label: '320 - Autism' },
      secondaryDisability: null,
      alternatePlacement: null,
      placement: {},
      services: [],
      missing: ['services'],
      readBy: {
        studentId: 'label',
        studentName: 'label',
        grade: 'label',
        caseManager: 'label',
        primaryDisability: 'label',
      },
    });
  });

  it('reads the dates frame for the IEP view alone', async () => {
    expect(await read('dates')).toEqual({
      vendor: 'seis',
      iep: 'current',
      student: {},
      caseManager: null,
      primaryDisability: null,
      secondaryDisability: null,
      alternatePlacement: null,
      placement: {},
      services: [],
      missing: ['caseManager', 'primaryDisability', 'grade', 'services'],
    });
  });
});
