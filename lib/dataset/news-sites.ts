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
