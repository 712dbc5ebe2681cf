import type { ComponentChildren } from 'preact';
import { directionOf } from '../lib/dataset/mixed-text';
import { articleTextLanguage } from '../lib/report/article-language';

/** Text quoted from the article (title, passage), carrying its own language and direction whatever the UI's. */
export function ArticleText({
  as: Tag = 'p',
  text,
  language,
  class: className,
  children,
}: {
  as?: 'p' | 'blockquote';
  text: string;
  language: string | undefined;
  class?: string;
  children?: ComponentChildren;
}) {
  const lang = articleTextLanguage(text, language);
  return (
    <Tag class={className} lang={lang ?? undefined} dir={lang ? directionOf(lang) : 'auto'}>
      {children ?? text}
    </Tag>
  );
}
