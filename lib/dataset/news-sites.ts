import sitesJson from '../../data/news-sites.json';
import type { NewsSite } from './types';

const sites = (sitesJson as { sites: NewsSite[] }).sites;

export function listNewsSites(): readonly NewsSite[] {
  return sites;
}

/** Match patterns for every listed host and its subdomains (www., arabic., edition. …). */
export function contentScriptMatches(): string[] {
  return sites.flatMap((s) => s.hosts.flatMap((h) => [`*://${h}/*`, `*://*.${h}/*`]));
}

/** Whether a page's host is one of the listed news sites (or a subdomain of one). */
export function isListedHost(hostname: string): boolean {
  const host = hostname.toLowerCase().replace(/\.$/, '');
  return sites.some((s) => s.hosts.some((h) => host === h || host.endsWith(`.${h}`)));
}
