import type { ComponentChild } from 'preact';
import { browser } from 'wxt/browser';

/** A user-visible string from public/_locales (the browser's language, English by default). */
export function t(key: string, substitutions?: string | string[]): string {
  try {
    // Keys are checked by a test against public/_locales/en/messages.json, not by the generated union type.
    const getMessage = browser.i18n.getMessage as (key: string, subs?: string | string[]) => string;
    const text = getMessage(key, substitutions);
    if (text) return text;
  } catch {
    // Outside the extension (component tests) there is no i18n: fall through to the key.
  }
  return key;
}

/** The UI's direction, from the locale the browser chose. */
export function uiDirection(): 'rtl' | 'ltr' {
  try {
    return browser.i18n.getMessage('@@bidi_dir') === 'rtl' ? 'rtl' : 'ltr';
  } catch {
    return 'ltr';
  }
}

/** The UI language Chrome chose for the extension ("en", "ar", "ru"…). */
export function uiLanguage(): string {
  return t('@@ui_locale').replace('_', '-');
}

/**
 * A string whose placeholders are elements (a format name in its own `<bdi lang>`, say) rather than text: the
 * message is asked for with private-use stand-ins, then split around them.
 */
export function tParts(key: string, ...parts: ComponentChild[]): ComponentChild[] {
  const standIns = parts.map((_, i) => String.fromCharCode(0xe000 + i));
  const text = t(key, standIns);
  const out: ComponentChild[] = [];
  let rest = text;
  for (;;) {
    const at = [...rest].findIndex((ch) => standIns.includes(ch));
    if (at < 0) break;
    const chars = [...rest];
    if (at > 0) out.push(chars.slice(0, at).join(''));
    out.push(parts[standIns.indexOf(chars[at]!)]);
    rest = chars.slice(at + 1).join('');
  }
  if (rest) out.push(rest);
  return out;
}
