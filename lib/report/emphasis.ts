/** A run of passage text, marked when it is one of the evidence phrases. */
export interface EmphasisPart {
  text: string;
  evidence: boolean;
}

/** Splits a passage so the evidence phrases can be emphasised (as elements, never as markup strings). */
export function emphasise(passage: string, evidence: readonly string[]): EmphasisPart[] {
  const marks: [number, number][] = [];
  for (const phrase of evidence) {
    if (!phrase) continue;
    for (let at = passage.indexOf(phrase); at >= 0; at = passage.indexOf(phrase, at + phrase.length)) {
      marks.push([at, at + phrase.length]);
    }
  }
  marks.sort((a, b) => a[0] - b[0]);
  const parts: EmphasisPart[] = [];
  let pos = 0;
  for (const [s, e] of marks) {
    if (e <= pos) continue;
    const start = Math.max(s, pos);
    if (start > pos) parts.push({ text: passage.slice(pos, start), evidence: false });
    parts.push({ text: passage.slice(start, e), evidence: true });
    pos = e;
  }
  if (pos < passage.length) parts.push({ text: passage.slice(pos), evidence: false });
  return parts;
}
