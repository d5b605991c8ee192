import { describe, expect, it } from 'vitest';
import {
  coveredByPatterns,
  type DistrictHost,
  districtVendorFor,
  isCanonicalDistrictOrigin,
  originPattern,
  parseDistrictOrigin,
} from '../../src/settings/district-hosts';

const ok = (origin: string) => ({ ok: true, origin });
const bad = (problem: string) => ({ ok: false, problem });

describe('parseDistrictOrigin', () => {
  it('keeps only the https origin of what a person types or pastes', () => {
    expect(parseDistrictOrigin('seis.example-usd.org')).toEqual(ok('https://seis.example-usd.org'));
    expect(parseDistrictOrigin('  https://SEIS.Example-USD.org/iep/students/7?tab=2#top ')).toEqual(
      ok('https://seis.example-usd.org'),
    );
    expect(parseDistrictOrigin('https://seis.example-usd.org:443/')).toEqual(
      ok('https://seis.example-usd.org'),
    );
    expect(parseDistrictOrigin('seis.example-usd.org.')).toEqual(
      ok('https://seis.example-usd.org'),
    );
  });

  it('turns an international name into the form browsers match on', () => {
    expect(parseDistrictOrigin('https://iep.distrito-año.org')).toEqual(
      ok('https://iep.xn--distrito-ao-beb.org'),
    );
  });

  it('accepts a leading *. for every site of a district domain', () => {
    expect(parseDistrictOrigin('*.example-usd.org')).toEqual(ok('https://*.example-usd.org'));
    expect(parseDistrictOrigin('https://*.Example-USD.org/path')).toEqual(
      ok('https://*.example-usd.org'),
    );
  });

  it('refuses what it cannot safely ask access for, saying why', () => {
    expect(parseDistrictOrigin('   ')).toEqual(bad('empty'));
    expect(parseDistrictOrigin('http://seis.example-usd.org')).toEqual(bad('not-https'));
    expect(parseDistrictOrigin('ftp://seis.example-usd.org')).toEqual(bad('not-https'));
    expect(parseDistrictOrigin('javascript:alert(1)')).toEqual(bad('not-https'));
    expect(parseDistrictOrigin('seis.*.org')).toEqual(bad('wildcard'));
    expect(parseDistrictOrigin('*')).toEqual(bad('wildcard'));
    expect(parseDistrictOrigin('*.*.example.org')).toEqual(bad('wildcard'));
    expect(parseDistrictOrigin('*.org')).toEqual(bad('wildcard-too-broad'));
    expect(parseDistrictOrigin('*.10.0.0.1')).toEqual(bad('wildcard-too-broad'));
    expect(parseDistrictOrigin('seis.example-usd.org:8443')).toEqual(bad('port'));
    expect(parseDistrictOrigin('https://user:pw@seis.example-usd.org')).toEqual(bad('credentials'));
    expect(parseDistrictOrigin('not a web address')).toEqual(bad('invalid'));
    expect(parseDistrictOrigin('intranet')).toEqual(bad('invalid'));
    expect(parseDistrictOrigin('https://')).toEqual(bad('invalid'));
  });

  it('calls only its own output canonical (what the stored schema accepts)', () => {
    expect(isCanonicalDistrictOrigin('https://seis.example-usd.org')).toBe(true);
    expect(isCanonicalDistrictOrigin('https://*.example-usd.org')).toBe(true);
    expect(isCanonicalDistrictOrigin('https://SEIS.example-usd.org')).toBe(false);
    expect(isCanonicalDistrictOrigin('https://seis.example-usd.org/')).toBe(false);
    expect(isCanonicalDistrictOrigin('seis.example-usd.org')).toBe(false);
    expect(isCanonicalDistrictOrigin('https://*.org')).toBe(false);
  });

  it('gives the match pattern browsers expect', () => {
    expect(originPattern('https://*.example-usd.org')).toBe('https://*.example-usd.org/*');
  });
});

describe('districtVendorFor', () => {
  const hosts: DistrictHost[] = [
    { origin: 'https://*.example-usd.org', vendor: 'generic' },
    { origin: 'https://seis.example-usd.org', vendor: 'seis' },
    { origin: 'https://*.sped.example-usd.org', vendor: 'frontline' },
    { origin: 'https://iep.other.org', vendor: 'welligent' },
  ];

  it('names the vendor of a district address, the most specific entry first', () => {
    expect(districtVendorFor('https://seis.example-usd.org/forms/1/state', hosts)).toBe('seis');
    expect(districtVendorFor('https://iep.sped.example-usd.org/x', hosts)).toBe('frontline');
    expect(districtVendorFor('https://sped.example-usd.org/', hosts)).toBe('frontline');
    expect(districtVendorFor('https://www.example-usd.org/', hosts)).toBe('generic');
    expect(districtVendorFor('https://example-usd.org/', hosts)).toBe('generic');
    expect(districtVendorFor(new URL('https://IEP.other.org/a'), hosts)).toBe('welligent');
  });

  it('is null anywhere else, including look-alike hosts, http and other ports', () => {
    expect(districtVendorFor('https://www.seis.org/forms/1', hosts)).toBeNull();
    expect(districtVendorFor('https://notexample-usd.org/', hosts)).toBeNull();
    expect(districtVendorFor('https://example-usd.org.evil.com/', hosts)).toBeNull();
    expect(districtVendorFor('https://x.iep.other.org/', hosts)).toBeNull();
    expect(districtVendorFor('http://seis.example-usd.org/', hosts)).toBeNull();
    expect(districtVendorFor('https://seis.example-usd.org:8443/', hosts)).toBeNull();
    expect(districtVendorFor('about:blank', hosts)).toBeNull();
    expect(districtVendorFor('not a url', hosts)).toBeNull();
    expect(districtVendorFor('https://seis.example-usd.org/', [])).toBeNull();
  });
});

describe('coveredByPatterns', () => {
  const manifest = ['https://*.seis.org/*', 'https://*.aeries.net/*'];
  it('spots addresses the manifest already runs on', () => {
    expect(coveredByPatterns('https://www.seis.org', manifest)).toBe(true);
    expect(coveredByPatterns('https://seis.org', manifest)).toBe(true);
    expect(coveredByPatterns('https://*.district.seis.org', manifest)).toBe(true);
    expect(coveredByPatterns('https://seis.example-usd.org', manifest)).toBe(false);
    expect(coveredByPatterns('https://notseis.org', manifest)).toBe(false);
    expect(coveredByPatterns('https://x.org', ['https://x.org/*'])).toBe(true);
    expect(coveredByPatterns('https://*.x.org', ['https://x.org/*'])).toBe(false);
  });
});
