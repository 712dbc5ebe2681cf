import type { PageReport } from './page-report';

// C0 controls but tab and line breaks, DEL, and C1 controls (0x9B is a one-byte terminal escape on its own).
// eslint-disable-next-line no-control-regex -- finding control characters is the point
const CONTROLS = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\u007F-\u009F]/g;

/** Drops the characters that can steer a terminal (escape sequences) or corrupt a text report. */
export function stripControls(text: string): string {
  return text.replace(CONTROLS, '');
}

/** The same report with every string in it free of control characters: what any format then prints is safe. */
export function withoutControls<T extends PageReport>(page: T): T {
  return clean(page) as T;
}

function clean(value: unknown): unknown {
  if (typeof value === 'string') return stripControls(value);
  if (Array.isArray(value)) return value.map(clean);
  if (value && typeof value === 'object')
    return Object.fromEntries(Object.entries(value).map(([k, v]) => [k, clean(v)]));
  return value;
}
