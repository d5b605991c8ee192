/**
 * Every fixture page as the adapters see it once rendered: loaded in jsdom with its scripts,
 * its XHRs answered from the fixture folder and its tabs opened, with the adapter the
 * extension picks for its address. For tests that must hold on every page we have.
 */
import type { JSDOM } from 'jsdom';
import type { VendorAdapter } from '../../src/scrape/adapter';
import { adapterFor } from '../../src/scrape/adapters/index';
import { loadFixture, renderSeisForm } from './fixture-dom';

export interface FixturePage {
  name: string;
  url: string;
  adapter: VendorAdapter;
  /** Loads and renders the page; the caller closes the window. */
  open(): Promise<JSDOM>;
}

const settle = (ms: number) => new Promise((done) => setTimeout(done, ms));

function page(name: string, url: string, open: () => Promise<JSDOM>): FixturePage {
  return { name, url, adapter: adapterFor(new URL(url)), open };
}

const seis = ['1001', '1002', '1003', '1004', '1005'].map((form) =>
  page(`seis form ${form}`, `https://www.seis.org/forms/${form}/state/services/fape3`, () =>
    renderSeisForm(form),
  ),
);

const aeries = ['5001', '5002'].map((perm) => {
  const url = `https://demo.aeries.net/admin/specialed/${perm}.html`;
  return page(`aeries ${perm}, services tab open`, url, async () => {
    const dom = await loadFixture(`aeries/admin/specialed/${perm}.html`, url, {
      fetchFiles: {
        [`/api/specialed/${perm}/services`]: `aeries/api/specialed/${perm}/services.json`,
      },
    });
    (dom.window.document.getElementById('tabServices') as HTMLElement | null)?.click();
    for (let i = 0; i < 100 && !dom.window.document.querySelector('#pnlServices table'); i++) {
      await settle(20);
    }
    return dom;
  });
});

const frontline = ['doc-7101.html', 'doc-7102-edit.html', 'doc-7201.html'].map((file) => {
  const url = `https://demo.frontlineeducation.com/iep/${file}`;
  return page(`frontline ${file}`, url, () =>
    loadFixture(`frontline/iep/${file}`, url, {
      fetchFiles: {
        '/iep/partials/doc-7101-services.html': 'frontline/iep/partials/doc-7101-services.html',
      },
    }),
  );
});

const powerschool = (
  [
    ['specialprograms/students/1001/profile.html', 'students/1001/services'],
    ['specialprograms/students/1001/profile-edit.html', 'students/1001/services'],
    ['specialprograms/students/1002/profile.html', 'students/1002/services'],
    ['specialprograms/documents/5001/iep.html', 'documents/5001/services'],
    ['specialprograms/documents/5002/iep.html', 'documents/5002/services'],
  ] as const
).map(([file, api]) => {
  const url = `https://demo.powerschool.com/${file}`;
  return page(`powerschool ${file}`, url, () =>
    loadFixture(`powerschool/${file}`, url, {
      settleMs: 700,
      fetchFiles: {
        [`/api/specialprograms/${api}`]: `powerschool/api/specialprograms/${api}.json`,
      },
    }),
  );
});

const siras = ['3001/mis-summary.html', '3001/next-year.html', '3002/mis-summary-edit.html'].map(
  (file) => {
    const url = `https://demo.sirassystems.org/student/${file}`;
    return page(`siras ${file}`, url, () => loadFixture(`siras/student/${file}`, url));
  },
);

const welligent = ['2001', '2002'].flatMap((iep) => {
  const fetchFiles = {
    [`/api/iep/${iep}/services`]: `welligent/api/iep/${iep}/services.json`,
    [`/api/iep/${iep}/participants`]: `welligent/api/iep/${iep}/participants.json`,
  };
  const indexUrl = `https://demo.welligent.com/iep/${iep}/`;
  const headerUrl = `https://demo.welligent.com/iep/${iep}/header.html`;
  return [
    page(`welligent ${iep}, services and participants open`, indexUrl, async () => {
      const dom = await loadFixture(`welligent/iep/${iep}/index.html`, indexUrl, { fetchFiles });
      for (const tab of ['services', 'participants']) {
        dom.window.document
          .querySelector<HTMLElement>(`#wgIepWorkflow [data-tab="${tab}"]`)
          ?.click();
        await settle(50);
      }
      return dom;
    }),
    page(`welligent ${iep} header frame`, headerUrl, () =>
      loadFixture(`welligent/iep/${iep}/header.html`, headerUrl, { fetchFiles }),
    ),
  ];
});

const generic = [
  'aria-grid.html',
  'definition-list.html',
  'empty-grid.html',
  'form-controls.html',
  'label-table.html',
  'providers-checkbox.html',
  'services-table.html',
  'shadow-root.html',
].map((file) =>
  page(`generic ${file}`, 'https://iep.district.example.org/student/1', () =>
    loadFixture(`generic/${file}`, 'https://iep.district.example.org/student/1'),
  ),
);

export const FIXTURE_PAGES: readonly FixturePage[] = [
  ...seis,
  ...aeries,
  ...frontline,
  ...powerschool,
  ...siras,
  ...welligent,
  ...generic,
];
