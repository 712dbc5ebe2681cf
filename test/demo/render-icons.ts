import { mkdirSync } from 'node:fs';
import { resolve } from 'node:path';
import { chromium } from 'playwright-core';
import { findChromium } from '../support/find-chromium';

/**
 * Renders the toolbar and store icons (public/icon/*.png) from one SVG: a page whose middle line is highlighted, as
 * the extension highlights an article's passage. Run with `node --import tsx test/demo/render-icons.ts`.
 */
const SVG = `<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 128 128">
  <rect width="128" height="128" rx="26" fill="#1d4ed8"/>
  <rect x="26" y="16" width="76" height="96" rx="10" fill="#ffffff"/>
  <rect x="38" y="32" width="52" height="10" rx="5" fill="#94a3b8"/>
  <rect x="34" y="54" width="60" height="20" rx="6" fill="#fbbf24"/>
  <rect x="38" y="59" width="52" height="10" rx="5" fill="#1f2937"/>
  <rect x="38" y="86" width="36" height="10" rx="5" fill="#94a3b8"/>
</svg>`;

async function main(): Promise<void> {
  const out = resolve('public/icon');
  mkdirSync(out, { recursive: true });
  const browser = await chromium.launch({ executablePath: findChromium(), args: ['--no-sandbox', '--disable-gpu'] });
  try {
    for (const size of [16, 32, 48, 128]) {
      const page = await browser.newPage({ viewport: { width: size, height: size } });
      await page.setContent(
        `<style>html,body{margin:0;background:transparent}</style>${SVG.replace('<svg ', `<svg width="${size}" height="${size}" `)}`,
      );
      await page.screenshot({ path: `${out}/${size}.png`, omitBackground: true });
      await page.close();
    }
  } finally {
    await browser.close();
  }
}

void main();
