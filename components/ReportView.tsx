import { DATASET_VERSION, flagMessage, getClause } from '../lib/dataset/statement';
import type { Clause, ClauseId } from '../lib/dataset/types';
import type { Report } from '../lib/engine/report';
import { EXPORT_FORMATS, type ExportFormat } from '../lib/report/export';
import { ArticleText } from './ArticleText';
import { ClauseCard } from './ClauseCard';
import { CoverageMap } from './CoverageMap';
import { t, tParts } from './i18n';
import { useLanguages } from './languages';
import { Foreign } from './MixedText';
import { TranslationLanguagePicker } from './TranslationLanguagePicker';

interface Props {
  report: Report;
  /** The address of the document the report describes. */
  url: string;
  selected: ClauseId | null;
  status: string;
  onSelect: (id: ClauseId) => void;
  onCopyReport: () => void;
  onExport: (format: ExportFormat) => void;
  onCopy: (clause: Clause, passage?: string) => void;
  onShow: (clauseId: ClauseId, passage: string) => void;
}

/** The panel for an article with a report: verdict, actions, coverage map, framing flags and the matched clauses. */
export function ReportView({ report, url, selected, status, onSelect, onCopyReport, onExport, onCopy, onShow }: Props) {
  const { ui } = useLanguages();
  return (
    <main class="panel">
      <header>
        <h1>{t('panelTitle')}</h1>
        <p class={`state verdict verdict-${report.verdict}`} data-verdict={report.verdict}>
          {t(`verdict_${report.verdict}`)} · {t('confidence', String(Math.round(report.confidence * 100)))}
        </p>
        <ArticleText class="article-title" text={report.title} language={report.language} />
        <p class="report-url" data-url={url}>
          {tParts('reportFor', <Foreign lang="en" text={displayUrl(url)} />)}
        </p>
        {report.published && (
          <p class="meta published">
            {tParts('publishedOn', <time dateTime={report.published}>{longDate(report.published, ui)}</time>)}
          </p>
        )}
        <p class="meta">{t('datasetVersion', DATASET_VERSION)}</p>
        <div class="actions">
          <button type="button" onClick={onCopyReport}>
            {t('copyReport')}
          </button>
          {EXPORT_FORMATS.map((format) => (
            <button key={format.id} type="button" data-export={format.id} onClick={() => onExport(format)}>
              {tParts('exportAs', <Foreign lang="en" text={format.name} />)}
            </button>
          ))}
        </div>
        <p class="status" role="status">
          {status}
        </p>
      </header>
      <CoverageMap matches={report.clauses} onSelect={onSelect} />
      {report.flags.length > 0 && (
        <section class="flags" aria-label={t('framingFlags')}>
          <h2>{t('framingFlags')}</h2>
          <ul>
            {report.flags.map((f) => (
              <li key={f.id} data-flag={f.id}>
                <p>{flagMessage(f.id, ui) ?? f.message}</p>
                <ArticleText as="blockquote" text={f.passage} language={report.language} />
              </li>
            ))}
          </ul>
        </section>
      )}
      <section class="clauses" aria-label={t('matchedClauses')}>
        <h2>{t('matchedClauses')}</h2>
        <TranslationLanguagePicker id="translation-language" />
        {report.clauses.map((m) => (
          <ClauseCard
            key={m.id}
            clause={getClause(m.id)}
            match={m}
            articleLanguage={report.language}
            open
            selected={selected === m.id}
            onCopy={onCopy}
            onShow={(text) => onShow(m.id, text)}
          />
        ))}
      </section>
    </main>
  );
}

/** The address the report describes, short enough for the panel's header (the full one is in the exports). */
function displayUrl(url: string): string {
  try {
    const u = new URL(url);
    return `${u.host}${u.pathname}`.slice(0, 120);
  } catch {
    return url.slice(0, 120);
  }
}

/** A YYYY-MM-DD date in the UI language's long form ("25 September 2020", «25 сентября 2020 г.»), read as UTC. */
export function longDate(date: string, ui: string): string {
  const at = new Date(`${date}T00:00:00Z`);
  if (Number.isNaN(at.getTime())) return date;
  return new Intl.DateTimeFormat(ui, { dateStyle: 'long', timeZone: 'UTC' }).format(at);
}
