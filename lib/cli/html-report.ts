import { createHash } from 'node:crypto';
import { DATASET_VERSION, STATEMENT_TITLE, getClause, listClauses } from '../dataset/statement';
import type { ClauseId } from '../dataset/types';
import type { Tier } from '../engine/report';
import { emphasise } from '../report/emphasis';
import { outletOf, pageName, type PageReport } from '../report/page-report';

const TIER_RANK: Record<Tier, number> = { verbatim: 3, paraphrase: 2, topic: 1 };
const TIER_WORDS: Record<Tier, string> = { verbatim: 'quoted', paraphrase: 'paraphrased', topic: 'topic' };
const VERDICT_WORDS = { about: 'about the proposal', mentions: 'mentions it', unrelated: 'not about it' } as const;
/** Short column heads; the full label is in each head's title and in the legend. */
const SHORT: Record<ClauseId, string> = {
  headline: 'Headline',
  preamble: 'Preamble',
  'point-1': 'Point 1',
  'point-2': 'Point 2',
  'point-3': 'Point 3',
  'point-4': 'Point 4',
  'experts-dialogue': 'Experts',
  trust: 'Trust',
  'global-commitment': 'Global',
  source: 'Source',
};

/** Escapes text for an HTML text node or a quoted attribute value. */
function esc(text: string | number): string {
  return String(text)
    .replace(/&/g, '&amp;')
    .replace(/</g, '&lt;')
    .replace(/>/g, '&gt;')
    .replace(/"/g, '&quot;')
    .replace(/'/g, '&#39;');
}

/** Only web links become links: a page's URL from a WARC or a JSON Lines file could be `javascript:`. */
function safeHref(url: string | undefined): string | undefined {
  return url && /^https?:\/\//i.test(url) ? url : undefined;
}

/**
 * One self-contained HTML file (no external resource; a Content-Security-Policy that allows only its own inline
 * style and script) for a fact-checker: a coverage matrix of the articles, or of the outlets, by clause, coloured
 * by how closely each follows the source and sortable by any column; the framing flags with their passages; and
 * each article's passages with the evidence marked. Every page string is escaped; only web URLs become links.
 */
export function htmlReport(pages: readonly PageReport[], generated = new Date()): string {
  const related = pages.filter((p) => !p.error && p.verdict !== 'unrelated');
  const counts = {
    about: pages.filter((p) => !p.error && p.verdict === 'about').length,
    mentions: pages.filter((p) => !p.error && p.verdict === 'mentions').length,
    unrelated: pages.filter((p) => !p.error && p.verdict === 'unrelated').length,
    errors: pages.filter((p) => p.error).length,
  };
  const script = SORT_SCRIPT;
  const hash = createHash('sha256').update(script).digest('base64');
  const body = [
    `<header><h1>Coverage of the proposal of 25 September 2020</h1>`,
    `<p class="lead">${esc(STATEMENT_TITLE)}: which clauses ${pages.length === 1 ? 'one page' : `${pages.length} pages`} cover, and how closely.</p>`,
    `<ul class="stats">`,
    stat(counts.about, 'about the proposal', 'about'),
    stat(counts.mentions, 'mention it', 'mentions'),
    stat(counts.unrelated, 'not about it', 'unrelated'),
    stat(counts.errors, counts.errors === 1 ? 'could not be read' : 'could not be read', 'error'),
    `</ul>`,
    `<p class="meta">Dataset ${esc(DATASET_VERSION)} · generated ${esc(generated.toISOString().slice(0, 16).replace('T', ' '))} UTC</p></header>`,
    `<main>`,
    matrixSection(related),
    flagsSection(related),
    detailsSection(related),
    otherPagesSection(pages),
    `</main>`,
  ].join('\n');
  return `<!doctype html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta http-equiv="Content-Security-Policy" content="default-src 'none'; style-src 'unsafe-inline'; script-src 'sha256-${hash}'">
<title>Coverage report — proposal of 25 September 2020</title>
<style>${STYLE}</style>
</head>
<body>
${body}
<script>${script}</script>
</body>
</html>
`;
}

function stat(n: number, words: string, kind: string): string {
  return `<li class="stat stat-${kind}"><strong>${n}</strong> ${esc(words)}</li>`;
}

function tierCell(tier: Tier | undefined, count?: number): string {
  if (!tier)
    return `<td class="cell cell-none" data-v="0"><span class="visually-hidden">omitted</span><span aria-hidden="true">·</span></td>`;
  const n = count !== undefined ? ` <small>×${count}</small>` : '';
  return `<td class="cell cell-${tier}" data-v="${TIER_RANK[tier]}${count !== undefined ? String(count).padStart(5, '0') : ''}">${TIER_WORDS[tier]}${n}</td>`;
}

function headRow(first: string): string {
  const heads = listClauses().map(
    (c, i) =>
      `<th scope="col" aria-sort="none"><button type="button" data-col="${i + 1}" data-type="num" title="${esc(c.label)}">${esc(SHORT[c.id])}</button></th>`,
  );
  return `<thead><tr><th scope="col" aria-sort="none"><button type="button" data-col="0" data-type="text">${first}</button></th>${heads.join('')}</tr></thead>`;
}

function matrixSection(related: readonly PageReport[]): string {
  const legend = `<ul class="legend" aria-label="Legend">
<li><span class="swatch cell-verbatim">quoted</span> the article quotes the clause</li>
<li><span class="swatch cell-paraphrase">paraphrased</span> it renders the clause in its own words</li>
<li><span class="swatch cell-topic">topic</span> it touches the clause's subject only</li>
<li><span class="swatch cell-none">·</span> the clause is omitted</li></ul>`;
  if (related.length === 0)
    return `<section aria-labelledby="matrix-h"><h2 id="matrix-h">Coverage matrix</h2><p>No page is about the proposal or mentions it.</p></section>`;
  const rows = related.map((p, i) => {
    const outlet = outletOf(p);
    const cells = listClauses().map((c) => tierCell(p.clauses.find((m) => m.id === c.id)?.tier));
    return `<tr><th scope="row" data-v="${esc((p.title || pageName(p)).toLowerCase())}"><a href="#page-${i}">${esc(p.title || pageName(p))}</a><span class="sub">${esc([outlet, p.published?.slice(0, 10), VERDICT_WORDS[p.verdict]].filter(Boolean).join(' · '))}</span></th>${cells.join('')}</tr>`;
  });
  const byOutlet = new Map<string, PageReport[]>();
  for (const p of related) {
    const key = outletOf(p) || 'unknown outlet (saved file)';
    byOutlet.set(key, [...(byOutlet.get(key) ?? []), p]);
  }
  const outletRows = [...byOutlet].map(([outlet, ps]) => {
    const cells = listClauses().map((c) => {
      const tiers = ps.map((p) => p.clauses.find((m) => m.id === c.id)?.tier).filter((t): t is Tier => !!t);
      const best = tiers.sort((a, b) => TIER_RANK[b] - TIER_RANK[a])[0];
      return tierCell(best, best ? tiers.length : undefined);
    });
    return `<tr><th scope="row" data-v="${esc(outlet)}">${esc(outlet)}<span class="sub">${ps.length} ${ps.length === 1 ? 'article' : 'articles'}</span></th>${cells.join('')}</tr>`;
  });
  return `<section aria-labelledby="matrix-h"><h2 id="matrix-h">Coverage matrix</h2>
${legend}
<div class="views" role="group" aria-label="Rows of the matrix"><button type="button" class="view" data-view="by-article" aria-pressed="true">By article</button><button type="button" class="view" data-view="by-outlet" aria-pressed="false">By outlet</button></div>
<p class="hint">Sort by any column with its heading.</p>
<div class="scroll" id="by-article" tabindex="0" role="region" aria-label="Coverage by article"><table class="matrix"><caption>Clauses covered by each article (${related.length})</caption>${headRow('Article')}<tbody>${rows.join('\n')}</tbody></table></div>
<div class="scroll" id="by-outlet" tabindex="0" role="region" aria-label="Coverage by outlet" hidden><table class="matrix"><caption>Closest coverage of each clause by outlet, and how many of its articles cover it</caption>${headRow('Outlet')}<tbody>${outletRows.join('\n')}</tbody></table></div>
</section>`;
}

function flagsSection(related: readonly PageReport[]): string {
  const byFlag = new Map<
    string,
    { message: string; hits: { page: number; passage: string; clause: ClauseId | null }[] }
  >();
  related.forEach((p, i) => {
    for (const f of p.flags) {
      const entry = byFlag.get(f.id) ?? { message: f.message, hits: [] };
      entry.hits.push({ page: i, passage: f.passage, clause: f.clause });
      byFlag.set(f.id, entry);
    }
  });
  if (byFlag.size === 0)
    return `<section aria-labelledby="flags-h"><h2 id="flags-h">Framing flags</h2><p>No article uses wording the source does not support.</p></section>`;
  const groups = [...byFlag]
    .sort((a, b) => b[1].hits.length - a[1].hits.length)
    .map(([id, { message, hits }]) => {
      const items = hits.map((h) => {
        const p = related[h.page]!;
        return `<li><blockquote dir="auto" lang="${esc(p.language)}">${esc(h.passage)}</blockquote><a href="#page-${h.page}">${esc(p.title || pageName(p))}</a>${outletOf(p) ? ` <span class="sub">${esc(outletOf(p))}</span>` : ''}</li>`;
      });
      return `<article class="flag"><h3><code>${esc(id)}</code> <span class="count">${hits.length} ${hits.length === 1 ? 'article' : 'articles'}</span></h3><p>${esc(message)}</p><ul>${items.join('')}</ul></article>`;
    });
  return `<section aria-labelledby="flags-h"><h2 id="flags-h">Framing flags</h2>${groups.join('\n')}</section>`;
}

function detailsSection(related: readonly PageReport[]): string {
  if (related.length === 0) return '';
  const items = related.map((p, i) => {
    const href = safeHref(p.url);
    const where = href ? `<a href="${esc(href)}">${esc(href)}</a>` : esc(p.url ?? p.file);
    const clauses = p.clauses.map((c) => {
      const clause = getClause(c.id);
      const passages = c.passages.map(
        (ps) =>
          `<li><blockquote dir="auto" lang="${esc(p.language)}">${emphasise(ps.text, ps.evidence)
            .map((part) => (part.evidence ? `<mark>${esc(part.text)}</mark>` : esc(part.text)))
            .join('')}</blockquote></li>`,
      );
      return `<li><span class="swatch cell-${c.tier}">${TIER_WORDS[c.tier]}</span> <strong>${esc(clause.label)}</strong> <code>${esc(c.id)}</code> <span class="sub">score ${c.score.toFixed(2)}</span><ul class="passages">${passages.join('')}</ul></li>`;
    });
    return `<article class="page" id="page-${i}"><h3 dir="auto" lang="${esc(p.language)}">${esc(p.title || pageName(p))}</h3>
<p class="sub">${where} · ${esc(VERDICT_WORDS[p.verdict])} (confidence ${p.confidence.toFixed(2)}) · language ${esc(p.language)}${p.published ? ` · published ${esc(p.published.slice(0, 10))}` : ''}</p>
<details><summary>Passages of ${p.clauses.length} ${p.clauses.length === 1 ? 'clause' : 'clauses'}</summary><ul class="clauses">${clauses.join('')}</ul></details></article>`;
  });
  return `<section aria-labelledby="details-h"><h2 id="details-h">Articles</h2>${items.join('\n')}</section>`;
}

function otherPagesSection(pages: readonly PageReport[]): string {
  const failed = pages.filter((p) => p.error);
  const unrelated = pages.filter((p) => !p.error && p.verdict === 'unrelated');
  const parts: string[] = [];
  if (failed.length > 0)
    parts.push(
      `<details open><summary>${failed.length} could not be read</summary><ul>${failed.map((p) => `<li>${esc(pageName(p))}: ${esc(p.error ?? '')}</li>`).join('')}</ul></details>`,
    );
  if (unrelated.length > 0)
    parts.push(
      `<details><summary>${unrelated.length} not about the proposal</summary><ul>${unrelated.map((p) => `<li>${esc(p.title || pageName(p))} <span class="sub">${esc(pageName(p))}</span></li>`).join('')}</ul></details>`,
    );
  if (parts.length === 0) return '';
  return `<section aria-labelledby="other-h"><h2 id="other-h">Other pages</h2>${parts.join('\n')}</section>`;
}

const STYLE = `
:root{color-scheme:light;--ink:#1b1f24;--muted:#4a5360;--line:#d5dae1;--bg:#f7f8fa;--accent:#0b57a4}
*{box-sizing:border-box}
body{margin:0;font:15px/1.5 system-ui,-apple-system,"Segoe UI",Roboto,"Noto Sans","Noto Sans Arabic",sans-serif;color:var(--ink);background:var(--bg)}
header{padding:24px 32px 12px;background:#fff;border-bottom:1px solid var(--line)}
h1{margin:0 0 4px;font-size:24px}
.lead{margin:0 0 12px;color:var(--muted);max-width:70em}
.stats{display:flex;flex-wrap:wrap;gap:8px;list-style:none;margin:0;padding:0}
.stat{padding:6px 12px;border-radius:8px;background:var(--bg);border:1px solid var(--line)}
.stat strong{font-size:18px;margin-right:4px}
.stat-about{border-color:#0b6e4f}.stat-mentions{border-color:#3d8f73}.stat-error{border-color:#a4262c}
.meta,.sub,.hint{color:var(--muted);font-size:13px}
.sub{display:block}
main{padding:8px 32px 48px}
section{margin-top:24px}
h2{font-size:19px;margin:0 0 8px}
.legend{display:flex;flex-wrap:wrap;gap:6px 18px;list-style:none;padding:0;margin:0 0 8px;font-size:13px;color:var(--muted)}
.swatch{display:inline-block;min-width:5.5em;padding:1px 6px;border-radius:4px;text-align:center;font-size:12px;border:1px solid var(--line)}
.views{display:inline-flex;border:1px solid var(--line);border-radius:8px;overflow:hidden;margin:4px 0}
.views button{border:0;background:#fff;padding:6px 14px;font:inherit;cursor:pointer;color:var(--ink)}
.views button[aria-pressed=true]{background:var(--accent);color:#fff}
.scroll{overflow:auto;max-height:75vh;border:1px solid var(--line);border-radius:8px;background:#fff}
.scroll:focus-visible,button:focus-visible,a:focus-visible,summary:focus-visible{outline:3px solid #f0b400;outline-offset:2px}
table.matrix{border-collapse:separate;border-spacing:0;width:100%;font-size:13px}
caption{text-align:left;padding:8px 10px;color:var(--muted)}
.matrix th,.matrix td{border-bottom:1px solid var(--line);padding:6px 8px}
.matrix thead th:first-child{text-align:left}
.matrix thead th{position:sticky;top:0;background:#fff;z-index:1;white-space:nowrap}
.matrix thead button{all:unset;cursor:pointer;font-weight:600}
.matrix thead th[aria-sort=ascending] button::after{content:" ▲"}
.matrix thead th[aria-sort=descending] button::after{content:" ▼"}
.matrix tbody th{text-align:left;font-weight:500;min-width:18em;max-width:32em}
.matrix tbody th a{color:var(--accent)}
.cell{text-align:center;white-space:nowrap}
.cell-verbatim{background:#0b6e4f;color:#fff}
.cell-paraphrase{background:#7cc4a7;color:#0d1f17}
.cell-topic{background:#dcefe6;color:#1b3a2c}
.cell-none{background:#fff;color:#4a5360}
.cell small{font-size:11px}
.flag,.page{background:#fff;border:1px solid var(--line);border-radius:8px;padding:12px 16px;margin:10px 0}
.flag h3,.page h3{margin:0 0 4px;font-size:16px}
.count{font-weight:400;color:var(--muted);font-size:13px}
blockquote{margin:4px 0;padding:4px 10px;border-inline-start:3px solid var(--line);background:var(--bg)}
mark{background:#ffe58a;color:inherit;padding:0 1px}
ul.clauses,ul.passages{list-style:none;padding-inline-start:0}
ul.clauses>li{margin:8px 0}
summary{cursor:pointer;color:var(--accent)}
.visually-hidden{position:absolute;width:1px;height:1px;overflow:hidden;clip:rect(0 0 0 0);white-space:nowrap}
`;

/** Sorts a matrix by the column whose heading was pressed, and switches between the article and outlet views. */
const SORT_SCRIPT = `
for (const table of document.querySelectorAll('table.matrix')) {
  for (const button of table.querySelectorAll('thead button')) {
    button.addEventListener('click', () => {
      const col = Number(button.dataset.col);
      const th = button.parentElement;
      const current = th.getAttribute('aria-sort');
      const descending = current === 'none' ? button.dataset.type === 'num' : current === 'ascending';
      for (const other of table.querySelectorAll('thead th')) other.setAttribute('aria-sort', 'none');
      th.setAttribute('aria-sort', descending ? 'descending' : 'ascending');
      const body = table.tBodies[0];
      const key = (row) => row.cells[col].dataset.v || '';
      const rows = Array.from(body.rows).sort((a, b) => {
        const x = key(a), y = key(b);
        const order = button.dataset.type === 'num' ? Number(x) - Number(y) : x.localeCompare(y);
        return descending ? -order : order;
      });
      for (const row of rows) body.appendChild(row);
    });
  }
}
for (const button of document.querySelectorAll('button.view')) {
  button.addEventListener('click', () => {
    for (const other of document.querySelectorAll('button.view')) {
      const on = other === button;
      other.setAttribute('aria-pressed', String(on));
      document.getElementById(other.dataset.view).hidden = !on;
    }
  });
}
`;
