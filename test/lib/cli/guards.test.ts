// @vitest-environment node
import { describe, expect, it } from 'vitest';
import { MAX_NESTING, nestsDeeperThan } from '../../../lib/cli/markup-depth';
import { stripControls, withoutControls } from '../../../lib/report/strip-controls';
import { failed } from '../../../lib/cli/analyze-html';

const nested = (n: number) => `<html><body>${'<div>'.repeat(n)}x${'</div>'.repeat(n)}</body></html>`;

/** Any C0 control but tab and line breaks, DEL, or any C1 control: what could steer a terminal. */
function hasControls(text: string): boolean {
  return [...text].some((ch) => {
    const c = ch.codePointAt(0)!;
    return (c < 32 && c !== 9 && c !== 10 && c !== 13) || (c >= 127 && c <= 159);
  });
}

describe('nestsDeeperThan', () => {
  it('passes real markup and refuses markup nested past the limit', () => {
    expect(nestsDeeperThan(nested(MAX_NESTING - 10))).toBe(false);
    expect(nestsDeeperThan(nested(MAX_NESTING + 1))).toBe(true);
  });

  it('counts neither void elements nor elements whose end tag may be left out', () => {
    const flat = `<body>${'<p>para<br><img src=x>'.repeat(MAX_NESTING * 2)}</body>`;
    expect(nestsDeeperThan(flat)).toBe(false);
    expect(nestsDeeperThan(`<body>${'<section><div>'.repeat(MAX_NESTING)}`)).toBe(true);
  });
});

describe('stripControls', () => {
  it('drops terminal escapes and other control characters but keeps line breaks, tabs and every script', () => {
    expect(stripControls('a\u001b[31mred\u001b[0m\u0007\u009b2J\u007f b')).toBe('a[31mred[0m2J b');
    expect(stripControls('بوتين\tПутин\nPutin\r\n')).toBe('بوتين\tПутин\nPutin\r\n');
  });

  it('cleans every string of a report, however deep', () => {
    const report = {
      ...failed('x\u001b.html', 'bad\u0000'),
      title: 'T\u001b]0;owned\u0007',
      flags: [{ id: 'f', clause: null, message: 'm\u0085', passage: 'p\u001b[2J', start: 0, end: 1 }],
    };
    const clean = withoutControls(report);
    const strings = (v: unknown): string[] =>
      typeof v === 'string' ? [v] : v && typeof v === 'object' ? Object.values(v).flatMap(strings) : [];
    expect(strings(clean).length).toBeGreaterThan(5);
    expect(strings(clean).filter(hasControls)).toEqual([]);
    expect(clean.flags[0]!.passage).toBe('p[2J');
    expect(clean.file).toBe('x.html');
  });
});
