/** A content script's and an extension page's messages, for the background's unit tests. */
import type { Runtime } from 'webextension-polyfill';
import type { ShownSnapshot } from '../../src/scrape/snapshot';
import { EXTENSION_ID } from './fake-browser';

export const PAGE = 'https://www.seis.org/forms/1001/state/services/fape3';

/** A content script in a tab's frame, as the browser describes it. */
export function frameSender(tabId = 7, frameId = 0, documentId = 'doc-1'): Runtime.MessageSender {
  return {
    id: EXTENSION_ID,
    tab: { id: tabId } as Runtime.MessageSender['tab'],
    frameId,
    url: PAGE,
    origin: 'https://www.seis.org',
    documentId,
  } as Runtime.MessageSender;
}

/** The popup or the options page. */
export const EXTENSION_PAGE = {
  id: EXTENSION_ID,
  url: `chrome-extension://${EXTENSION_ID}/src/popup/index.html`,
  origin: `chrome-extension://${EXTENSION_ID}`,
} as Runtime.MessageSender;

/** SEIS fixture form 1001, as the content script sends it. */
export const SNAPSHOT: ShownSnapshot = {
  vendor: 'seis',
  iep: 'current',
  student: { id: '9000001', name: 'Student, Demo A', grade: '3', dateOfBirth: '03/14/2017' },
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
      location: 'Special Day Class',
      time: { frequency: '60 min x 5 sessions = 300 min Weekly' },
    },
  ],
  missing: [],
};

export const ROSTER = {
  importedAt: '2026-01-01T00:00:00.000Z',
  staff: [
    {
      name: 'Rivera, Jordan',
      position: 'SDC Teacher',
      authorizations: [{ key: 'MM-L', issued: '2004-05-01', expires: '2030-05-01' }],
    },
  ],
};
