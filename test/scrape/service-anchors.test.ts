import { afterEach, describe, expect, it } from 'vitest';
import { frontline } from '../../src/scrape/adapters/frontline';
import { seis } from '../../src/scrape/adapters/seis';
import { extract } from '../../src/scrape/extract';
import { loadFixture, renderSeisForm } from '../support/fixture-dom';

// Notes on service rows are drawn where each service was read: serviceAnchors must line up
// with the snapshot's services, one for one, through reading and interpretation.

describe('where each service is shown', () => {
  let close: (() => void) | undefined;
  afterEach(() => close?.());

  it('SEIS: each service card heading, in order', async () => {
    const dom = await renderSeisForm('1005');
    close = () => dom.window.close();
    const { snapshot, serviceAnchors } = extract(seis, dom.window.document);
    expect(snapshot.services.map((s) => s.code)).toEqual(['330', '415']);
    expect(serviceAnchors.map((e) => e?.textContent?.trim())).toEqual([
      '#1 330 Specialized Academic Instruction',
      '#2 415 Language and Speech',
    ]);
  });

  it('a services grid: the service cell of each row, in order', async () => {
    const dom = await loadFixture(
      'frontline/iep/doc-7101.html',
      'https://demo.frontlineeducation.com/iep/doc-7101.html',
    );
    close = () => dom.window.close();
    const { snapshot, serviceAnchors } = extract(frontline, dom.window.document);
    expect(serviceAnchors).toHaveLength(snapshot.services.length);
    expect(snapshot.services.length).toBeGreaterThan(1);
    serviceAnchors.forEach((cell, i) => {
      expect(cell?.closest('tr')).not.toBeNull();
      expect(cell?.closest('tr')?.textContent).toContain(snapshot.services[i]?.name.slice(0, 10));
    });
  });
});
