/**
 * District-hosted vendor addresses: a district may serve a vendor's IEP pages from its own
 * domain (https://seis.example-usd.org). The user names the origin and the vendor; the
 * options page asks the browser for access to it, and the background registers the content
 * script there.
 *
 * Pure and free of valibot and browser APIs: the content script imports districtVendorFor to
 * choose an adapter, and it has a size budget.
 */
import { VENDORS, type Vendor } from '../scrape/snapshot';

export interface DistrictHost {
  /** Canonical origin: `https://host` or `https://*.domain` (lowercase, no port, no path). */
  origin: string;
  vendor: Vendor;
}

/** Enough for every IEP system a district could use, small enough to list and sync quickly. */
export const MAX_DISTRICT_HOSTS = 50;

export type OriginProblem =
  /** Nothing typed. */
  | 'empty'
  /** http:, ftp:… Student records only ever travel over https, and only https may be requested. */
  | 'not-https'
  /** A `*` anywhere but a leading `*.`. */
  | 'wildcard'
  /** A wildcard over a top-level domain (`*.org`) or an IP address. */
  | 'wildcard-too-broad'
  /** A port other than https's own: match patterns for hosts with ports are not portable. */
  | 'port'
  /** user:password@ in the address. */
  | 'credentials'
  /** Not an address at all. */
  | 'invalid';

export type ParsedOrigin = { ok: true; origin: string } | { ok: false; problem: OriginProblem };

const IPV4 = /^\d{1,3}(\.\d{1,3}){3}$/;
const isIpAddress = (host: string) => IPV4.test(host) || host.startsWith('[');

/**
 * What a person types or pastes ("seis.example-usd.org", "https://SEIS.example-usd.org/iep/7?x")
 * → the canonical origin to store and ask access for. The path, query and fragment are dropped:
 * access is granted to the whole site.
 */
export function parseDistrictOrigin(input: string): ParsedOrigin {
  let text = input.trim();
  if (text === '') return { ok: false, problem: 'empty' };
  // "seis.example.org:8443" is a host and port, not a scheme: only "x://" or a scheme that
  // never has slashes (javascript:, data:) names one.
  const otherScheme =
    (/^[a-z][a-z0-9+.-]*:\/\//i.test(text) && !/^https:\/\//i.test(text)) ||
    /^(javascript|data|file|blob|about|mailto|chrome|chrome-extension):/i.test(text);
  if (otherScheme) return { ok: false, problem: 'not-https' };
  if (!/^https:\/\//i.test(text)) text = `https://${text}`;

  // The URL parser has no notion of wildcards: take a leading "*." off, parse the rest.
  const rest = text.slice('https://'.length);
  const wildcard = rest.startsWith('*.');
  const unstarred = wildcard ? `https://${rest.slice(2)}` : text;
  const authority = unstarred.slice('https://'.length).split(/[/?#]/, 1)[0] ?? '';
  if (authority.includes('*')) return { ok: false, problem: 'wildcard' };
  if (authority.includes('@')) return { ok: false, problem: 'credentials' };

  let url: URL;
  try {
    url = new URL(unstarred);
  } catch {
    return { ok: false, problem: 'invalid' };
  }
  if (url.port !== '') return { ok: false, problem: 'port' };
  const host = url.hostname.replace(/\.$/, '');
  if (host === '' || host.includes('..') || /[^a-z0-9.\-[\]:]/.test(host)) {
    return { ok: false, problem: 'invalid' };
  }
  // A wildcard must name a registrable domain at least (*.example.org, never *.org).
  if (wildcard && (isIpAddress(host) || !host.includes('.'))) {
    return { ok: false, problem: 'wildcard-too-broad' };
  }
  if (!host.includes('.') && !isIpAddress(host) && host !== 'localhost') {
    return { ok: false, problem: 'invalid' };
  }
  return { ok: true, origin: `https://${wildcard ? '*.' : ''}${host}` };
}

/** True for an origin exactly as parseDistrictOrigin writes it (what the schema accepts). */
export function isCanonicalDistrictOrigin(origin: string): boolean {
  const parsed = parseDistrictOrigin(origin);
  return parsed.ok && parsed.origin === origin;
}

/** The match pattern for permissions.request and registerContentScripts. */
export function originPattern(origin: string): string {
  return `${origin}/*`;
}

function hostOf(origin: string): { host: string; wildcard: boolean } {
  const rest = origin.slice('https://'.length);
  return rest.startsWith('*.')
    ? { host: rest.slice(2), wildcard: true }
    : { host: rest, wildcard: false };
}

/** Chrome's rule: `*.example.org` matches example.org itself and every subdomain. */
function hostMatches(pattern: { host: string; wildcard: boolean }, host: string): boolean {
  if (host === pattern.host) return true;
  return pattern.wildcard && host.endsWith(`.${pattern.host}`);
}

/**
 * The vendor the user named for the page at `url`, or null when it is not a district address.
 * An exact host wins over a wildcard, and a longer wildcard over a shorter one.
 */
export function districtVendorFor(
  url: string | URL,
  hosts: readonly DistrictHost[],
): Vendor | null {
  let parsed: URL;
  try {
    parsed = typeof url === 'string' ? new URL(url) : url;
  } catch {
    return null;
  }
  if (parsed.protocol !== 'https:' || parsed.port !== '') return null;
  const host = parsed.hostname.replace(/\.$/, '').toLowerCase();
  let best: { vendor: Vendor; rank: number } | null = null;
  for (const entry of hosts) {
    const pattern = hostOf(entry.origin);
    if (!hostMatches(pattern, host)) continue;
    const rank = pattern.wildcard ? pattern.host.length : Number.MAX_SAFE_INTEGER;
    if (!best || rank > best.rank) best = { vendor: entry.vendor, rank };
  }
  return best?.vendor ?? null;
}

/**
 * True when the extension's own content scripts already run at this origin (a vendor's own
 * domain, https://*.seis.org/*): adding it again would inject the script twice. `patterns` are
 * the manifest's content-script matches, passed in so this module stays free of the manifest.
 */
export function coveredByPatterns(origin: string, patterns: readonly string[]): boolean {
  const target = hostOf(origin);
  return patterns.some((p) => {
    const m = /^(?:https|\*):\/\/(\*\.)?([^/]+)\/\*$/.exec(p);
    if (!m?.[2]) return p === '<all_urls>';
    const pattern = { host: m[2], wildcard: Boolean(m[1]) };
    // A wildcard origin is covered only when its whole domain is.
    return hostMatches(pattern, target.host) && (!target.wildcard || pattern.wildcard);
  });
}

export function isVendor(value: string): value is Vendor {
  return (VENDORS as readonly string[]).includes(value);
}
