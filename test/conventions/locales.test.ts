import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';

const LOCALES = ['en', 'ar', 'ru'];
const messages = (loc: string) =>
  JSON.parse(readFileSync(resolve(`public/_locales/${loc}/messages.json`), 'utf8')) as Record<
    string,
    { message: string }
  >;

function sources(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    return statSync(path).isDirectory() ? sources(path) : /\.(ts|tsx)$/.test(name) ? [path] : [];
  });
}

describe('UI strings', () => {
  it('exist in English, Arabic and Russian, with the same keys and placeholders', () => {
    const en = messages('en');
    for (const loc of LOCALES) {
      const m = messages(loc);
      expect(Object.keys(m).sort(), loc).toEqual(Object.keys(en).sort());
      for (const [key, value] of Object.entries(m)) {
        expect(value.message.trim(), `${loc}/${key}`).not.toBe('');
        expect(value.message.match(/\$[A-Z]+\$/g) ?? [], `${loc}/${key}`).toEqual(
          en[key]!.message.match(/\$[A-Z]+\$/g) ?? [],
        );
      }
    }
  });

  it('cover every key the UI asks for', () => {
    const en = messages('en');
    const used = new Set<string>();
    for (const file of [...sources(resolve('components')), ...sources(resolve('lib/page'))]) {
      const text = readFileSync(file, 'utf8');
      for (const m of text.matchAll(/\bt\('([A-Za-z_]+)'/g)) used.add(m[1]!);
      for (const m of text.matchAll(/\blabel\('([A-Za-z_]+)'/g)) used.add(m[1]!);
    }
    const missing = [...used].filter((k) => !(k in en));
    expect(missing).toEqual([]);
  });
});
