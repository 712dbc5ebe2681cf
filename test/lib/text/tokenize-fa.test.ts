import { describe, expect, it } from 'vitest';
import { NEGATION } from '../../../lib/text/negation';
import { keysOf } from '../../../lib/text/tokenize';

describe('tokenize (Persian)', () => {
  it('keys the negated future and subjunctive alike, so "will not interfere" meets "should not interfere"', () => {
    expect(keysOf('دخالت نخواهند کرد', 'fa')).toEqual(keysOf('دخالت نکنند', 'fa'));
    expect(keysOf('مداخله نمی‌کند', 'fa')).toEqual([keysOf('مداخله', 'fa')[0], NEGATION]);
  });

  it('keys a plural written with a zero-width non-joiner, a space or nothing alike', () => {
    expect(keysOf('تضمین‌های متقابل', 'fa')).toEqual(keysOf('تضمین های متقابل', 'fa'));
    expect(keysOf('تضمین‌های متقابل', 'fa')).toEqual(keysOf('تضمینهای متقابل', 'fa'));
  });
});
