import { describe, expect, it } from 'vitest';
import { detectLanguage } from '../../../lib/text/detect-language';
import { NEGATION } from '../../../lib/text/negation';
import { keysOf } from '../../../lib/text/tokenize';

describe('Portuguese', () => {
  it('reads European Portuguese full of "que" and "se" as Portuguese, not Spanish', () => {
    const brief =
      'O Kremlin propôs hoje que a Rússia e os Estados Unidos se comprometam reciprocamente a não se imiscuírem nos assuntos internos um do outro, eleições incluídas. Na mesma nota, o Presidente defende que os dois países retomem contactos regulares sobre cibersegurança, suspensos há anos.';
    expect(detectLanguage(brief)).toBe('pt');
  });

  it('does not read "nota" (a note), whose stem is spelt like the negation key, as a negation', () => {
    expect(keysOf('não', 'pt')).toEqual([NEGATION]);
    expect(keysOf('nota', 'pt')).not.toContain(NEGATION);
    expect(keysOf('numa nota divulgada', 'pt')).not.toContain(NEGATION);
  });
});
