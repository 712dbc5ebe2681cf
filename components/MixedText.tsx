import { directionOf, textRuns } from '../lib/dataset/mixed-text';
import type { MatchLanguage } from '../lib/dataset/types';

/**
 * Dataset prose with its quotations in other languages set apart: each in a `<bdi>` with its `lang` and direction,
 * so an English quote inside Arabic (or Arabic inside Russian) keeps its words and punctuation in place.
 */
export function MixedText({ text }: { text: string }) {
  return (
    <>
      {textRuns(text).map((run, i) =>
        run.lang ? (
          <bdi
            key={i}
            lang={run.lang}
            dir={directionOf(run.lang)}
            class={run.lang === 'ar' ? 'arabic-quote' : undefined}
          >
            {run.text}
          </bdi>
        ) : (
          run.text
        ),
      )}
    </>
  );
}

/** A run of text in a known language inside a line in another: its `lang`, and its direction isolated. */
export function Foreign({ lang, text, class: className }: { lang: MatchLanguage; text: string; class?: string }) {
  return (
    <bdi lang={lang} dir={directionOf(lang)} class={className}>
      {text}
    </bdi>
  );
}
