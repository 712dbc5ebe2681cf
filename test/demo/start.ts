import { execFileSync } from 'node:child_process';
import { mkdirSync } from 'node:fs';
import { resolve } from 'node:path';
import { startFixtureServer } from '../support/fixture-server';
import { launchExtension, tabIdOf, waitForReport } from '../support/launch-extension';

/**
 * `npm start`: builds the production extension, serves the demo article under a real listed news host, and opens
 * Chromium with the extension on it. Without a display it runs headless, writes screenshots of the article, the side
 * panel and the popup to demo-output/, prints the analysis and exits.
 */
const DEMO_URL = 'https://www.reuters.com/world/putin-proposal.html';
const OUT = resolve('demo-output');

async function main(): Promise<void> {
  execFileSync('npx', ['wxt', 'build'], { stdio: 'inherit' });
  const server = await startFixtureServer(resolve('test/fixtures/pages'), {
    '/world/putin-proposal.html': 'demo-article.html',
  });
  const headless = !process.env.DISPLAY;
  const ext = await launchExtension({ port: server.port, headless });
  const page = await ext.context.newPage();
  await page.goto(DEMO_URL);
  const tabId = await tabIdOf(ext.worker, page);
  const { report } = (await waitForReport(ext.worker, tabId)) as unknown as {
    report: import('../../lib/engine/report').Report;
  };
  printReport(report);

  if (!headless) {
    console.log(`\nChromium is open on ${DEMO_URL} with the extension loaded. Close the browser to stop.`);
    await new Promise<void>((done) => ext.context.on('close', () => done()));
    await server.close();
    return;
  }
  mkdirSync(OUT, { recursive: true });
  await page.screenshot({ path: `${OUT}/article.png` });
  const panel = await ext.context.newPage();
  await panel.setViewportSize({ width: 420, height: 1100 });
  await panel.goto(`chrome-extension://${ext.extensionId}/sidepanel.html?tabId=${tabId}`);
  await panel.locator('[data-verdict]').waitFor();
  await panel.screenshot({ path: `${OUT}/sidepanel.png`, fullPage: false });
  const popup = await ext.context.newPage();
  await popup.setViewportSize({ width: 400, height: 560 });
  await popup.goto(`chrome-extension://${ext.extensionId}/popup.html?tabId=${tabId}`);
  await popup.getByRole('searchbox').fill('high seas');
  await popup.locator('.results [data-clause]').first().waitFor();
  await popup.screenshot({ path: `${OUT}/popup.png` });
  await ext.close();
  await localisedPanelScreenshot(server.port, 'ar');
  await localisedPanelScreenshot(server.port, 'ru');
  console.log(
    `\nScreenshots: ${OUT}/article.png, ${OUT}/sidepanel.png, ${OUT}/sidepanel-ar.png, ${OUT}/sidepanel-ru.png, ${OUT}/popup.png`,
  );
  await server.close();
}

/** The same side panel with Chromium's UI in Arabic (mirrored right to left) or Russian. */
async function localisedPanelScreenshot(port: number, lang: 'ar' | 'ru'): Promise<void> {
  const ext = await launchExtension({ port, headless: true, lang });
  try {
    const page = await ext.context.newPage();
    await page.goto(DEMO_URL);
    const tabId = await tabIdOf(ext.worker, page);
    await waitForReport(ext.worker, tabId);
    const panel = await ext.context.newPage();
    await panel.setViewportSize({ width: 420, height: 1100 });
    await panel.goto(`chrome-extension://${ext.extensionId}/sidepanel.html?tabId=${tabId}`);
    await panel.locator('[data-verdict]').waitFor();
    await panel.screenshot({ path: `${OUT}/sidepanel-${lang}.png` });
  } finally {
    await ext.close();
  }
}

function printReport(report: import('../../lib/engine/report').Report): void {
  console.log(`\nDemo article: ${report.title}`);
  console.log(`Verdict: ${report.verdict} (confidence ${report.confidence}, language ${report.language})`);
  for (const c of report.clauses) {
    console.log(`\n  ${c.id} — ${c.tier} (score ${c.score})`);
    for (const p of c.passages) {
      console.log(`    “${p.text}”`);
      console.log(`      evidence: ${p.evidence.join(' · ')}`);
    }
  }
  for (const f of report.flags) console.log(`\n  flag ${f.id}: ${f.message}\n    “${f.passage}”`);
}

main().catch((e: unknown) => {
  console.error(e instanceof Error ? e.message : String(e));
  process.exitCode = 1;
});
