import sitesJson from '../../data/news-sites.json';
import type { NewsSite } from './types';

const sites = (sitesJson as { sites: NewsSite[] }).sites;

export function listNewsSites(): readonly NewsSite[] {
  return sites;
}

/** Match patterns for every listed host and its subdomains (www., arabic., edition. …). */
/** Detection on every site, once the user grants this optional host permission (the popup's settings). */
export const ALL_SITES = ['*://*/*'];

export function contentScriptMatches(): string[] {
  return sites.flatMap((s) => s.hosts.flatMap((h) => [`*://${h}/*`, `*://*.${h}/*`]));
}
