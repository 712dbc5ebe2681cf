import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import type { Report } from '../../../lib/engine/report';
import { STORED_LIMITS } from '../../../lib/storage/stored-report';
import {
  getTabReport,
  migrateTabReport,
  saveTabReport,
  tabReportKey,
  type TabReport,
} from '../../../lib/storage/tab-reports';

const huge = (c: string) => c.repeat(400_000);

function report(over: Partial<Report> = {}): Report {
  return {
    verdict: 'about',
    confidence: 0.9,
    language: 'en',
    title: 'A title',
    datasetVersion: '1',
    flags: [],
    clauses: [
      {
        id: 'point-1',
        tier: 'verbatim',
        score: 1,
        passages: [{ text: 'A passage.', start: 0, end: 10, evidence: ['dialogue'] }],
      },
    ],
    ...over,
  };
}

const entry = (tabId: number, analyzedAt: number, r = report()): TabReport => ({
  version: 2,
  tabId,
  url: `https://www.reuters.com/${tabId}.html`,
  document: { token: `t${tabId}` },
  analyzedAt,
  report: r,
});

beforeEach(() => fakeBrowser.reset());
afterEach(() => vi.restoreAllMocks());

describe('what a stored report may hold', () => {
  it('caps every string and list a page controls, however large the page', async () => {
    const passages = Array.from({ length: 100 }, () => ({
      text: huge('p'),
      start: 0,
      end: 1,
      evidence: Array(100).fill(huge('e')),
    }));
    const flags = Array.from({ length: 100 }, () => ({
      id: 'treaty',
      clause: null,
      message: huge('m'),
      passage: huge('f'),
      start: 0,
      end: 1,
    }));
    await saveTabReport({
      ...entry(
        1,
        1,
        report({ title: huge('t'), clauses: [{ id: 'point-1', tier: 'verbatim', score: 1, passages }], flags }),
      ),
      url: `https://www.reuters.com/${huge('u')}`,
    });
    const bytes = JSON.stringify(await fakeBrowser.storage.session.get(null)).length;
    // Far below the 400,000 characters of any one field above.
    expect(bytes).toBeLessThan(50_000);
    const got = (await getTabReport(1))!;
    expect(got.url.length).toBe(STORED_LIMITS.url);
    expect(got.report.title.length).toBe(STORED_LIMITS.title);
    expect(got.report.clauses[0]!.passages).toHaveLength(STORED_LIMITS.passagesPerClause);
    expect(got.report.flags).toHaveLength(STORED_LIMITS.flags);
  });

  it('stores well-formed text: a cut through a surrogate pair, or a lone surrogate from the page, becomes U+FFFD', async () => {
    const title = `${'x'.repeat(STORED_LIMITS.title - 1)}😀`; // the cap falls between the pair's two halves
    await saveTabReport(
      entry(
        1,
        1,
        report({ title, flags: [{ id: 'f', clause: null, message: 'm', passage: 'a\ud800b', start: 0, end: 1 }] }),
      ),
    );
    const got = (await getTabReport(1))!;
    expect(got.report.title.isWellFormed()).toBe(true);
    expect(got.report.flags[0]!.passage).toBe('a\ufffdb');
  });
});

describe('a full storage area', () => {
  it('gives up the reports analysed longest ago, and stores the new one', async () => {
    for (const [tabId, at] of [
      [1, 300],
      [2, 100],
      [3, 200],
    ] as const)
      await saveTabReport(entry(tabId, at));
    const realSet = fakeBrowser.storage.session.set.bind(fakeBrowser.storage.session);
    // Room for three reports: storing a fourth fails with Chrome's quota error until one goes.
    vi.spyOn(fakeBrowser.storage.session, 'set').mockImplementation(async (items) => {
      const count = Object.keys(await fakeBrowser.storage.session.get(null)).length;
      if (count >= 3) throw new Error('Session storage quota bytes exceeded. Values were not stored.');
      return realSet(items);
    });
    await saveTabReport(entry(4, 400));
    expect(await getTabReport(4)).not.toBeNull();
    expect(await getTabReport(2)).toBeNull(); // the oldest
    expect(await getTabReport(1)).not.toBeNull();
    expect(await getTabReport(3)).not.toBeNull();
  });

  it('still fails, as an error, when there is nothing left to give up', async () => {
    vi.spyOn(fakeBrowser.storage.session, 'set').mockRejectedValue(new Error('QUOTA_BYTES quota exceeded'));
    await expect(saveTabReport(entry(1, 1))).rejects.toThrow(/quota/);
  });
});

describe('migrateTabReport', () => {
  it('keeps a current report and refuses reports bound to no document (version 1) and garbage', async () => {
    expect(migrateTabReport(entry(1, 1))).toEqual(entry(1, 1));
    const v1 = { tabId: 1, url: 'https://a/', analyzedAt: 1, report: report(), text: 'the whole article' };
    for (const v of [v1, null, 1, 'x', [], { ...entry(1, 1), document: {} }]) expect(migrateTabReport(v)).toBeNull();
    await fakeBrowser.storage.session.set({ [tabReportKey(1)]: v1 });
    expect(await getTabReport(1)).toBeNull();
  });
});
