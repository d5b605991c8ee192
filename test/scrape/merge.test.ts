import { describe, expect, it } from 'vitest';
import { framesByView, mergeSnapshots } from '../../src/scrape/merge';
import type { PageSnapshot } from '../../src/scrape/snapshot';

const empty: PageSnapshot = {
  vendor: 'generic',
  iep: 'unknown',
  student: {},
  caseManager: null,
  primaryDisability: null,
  secondaryDisability: null,
  alternatePlacement: null,
  placement: {},
  services: [],
  missing: ['caseManager', 'primaryDisability', 'grade', 'services'],
};

const header: PageSnapshot = {
  ...empty,
  vendor: 'welligent',
  iep: 'current',
  student: { id: '42', grade: '5' },
  caseManager: { name: 'Lee, Dana' },
  primaryDisability: { code: '290', label: 'SLD' },
  missing: ['services'],
};

const services: PageSnapshot = {
  ...empty,
  services: [{ code: '330', name: 'Specialized Academic Instruction' }],
  student: { id: '42', name: 'Doe, Sample' },
  missing: ['caseManager', 'primaryDisability', 'grade'],
};

describe('mergeSnapshots', () => {
  it('joins a header frame and a services frame into one view', () => {
    expect(
      mergeSnapshots([
        { frameId: 7, snapshot: services },
        { frameId: 3, snapshot: header },
        { frameId: 9, snapshot: empty },
      ]),
    ).toEqual({
      ...header,
      student: { id: '42', name: 'Doe, Sample', grade: '5' },
      services: services.services,
      missing: [],
    });
  });

  it('lets the top-most frame win a field both show, and keeps services once', () => {
    const other = { ...header, caseManager: { name: 'Someone, Else' } };
    const merged = mergeSnapshots([
      { frameId: 2, snapshot: { ...other, services: services.services } },
      { frameId: 0, snapshot: { ...header, services: services.services } },
    ]);
    expect(merged?.caseManager).toEqual({ name: 'Lee, Dana' });
    expect(merged?.services).toHaveLength(1);
  });

  it('takes the IEP view from a frame that shows only which IEP is open', () => {
    const tabStrip: PageSnapshot = { ...empty, iep: 'current' };
    const merged = mergeSnapshots([
      { frameId: 1, snapshot: { ...header, iep: 'unknown' } },
      { frameId: 2, snapshot: tabStrip },
    ]);
    expect(merged?.iep).toBe('current');
    expect(merged?.caseManager).toEqual({ name: 'Lee, Dana' });
  });

  it('gives nothing when no frame shows an IEP', () => {
    expect(mergeSnapshots([{ frameId: 0, snapshot: empty }])).toBeNull();
    expect(mergeSnapshots([])).toBeNull();
  });
});

describe('framesByView', () => {
  it('places a frame that cannot tell its view with the only view on screen', () => {
    const groups = framesByView([
      { frameId: 0, snapshot: header },
      { frameId: 1, snapshot: services },
    ]);
    expect([...groups.keys()]).toEqual(['current']);
    expect(groups.get('current')?.map((f) => f.frameId)).toEqual([0, 1]);
  });

  it('keeps Future and Current apart, and an undecided frame on its own', () => {
    const groups = framesByView([
      { frameId: 0, snapshot: header },
      { frameId: 1, snapshot: { ...header, iep: 'future' } },
      { frameId: 2, snapshot: services },
    ]);
    expect(groups.get('current')?.map((f) => f.frameId)).toEqual([0]);
    expect(groups.get('future')?.map((f) => f.frameId)).toEqual([1]);
    expect(groups.get('unknown')?.map((f) => f.frameId)).toEqual([2]);
  });
});
