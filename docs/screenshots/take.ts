// `npm run screenshots`: a PNG of each dashboard page (docs/screenshots/*.png), taken in headless
// Chromium (CHROMIUM_PATH, else /usr/bin/chromium) against the hub at HUB_URL, or against one
// started here (embedded PostgreSQL) when none answers. Look at them after a change to a page.
import { join } from 'node:path';
import { chromium } from 'playwright-core';
import { startHub, type RunningHub } from '../../src/hub';

const PAGES: [string, string][] = [
  ['home', '/dashboard'],
  ['series-smart-gis', `/dashboard/series/${encodeURIComponent('programSeries:smart-gis-incheon')}`],
  ['program-smart-gis-2018', `/dashboard/programs/${encodeURIComponent('program:plan-2018-administration:“스마트GIS인천”추진')}`],
  ['organisation', `/dashboard/organisations/${encodeURIComponent('org:정책기획관')}`],
  ['changes-2019-2020', '/dashboard/changes?from=2019&to=2020'],
  ['source-line', '/dashboard/documents/plan-2018-administration?line=1057'],
];

async function main() {
  let base = (process.env.HUB_URL ?? 'http://127.0.0.1:4000').replace(/\/graphql$/u, '');
  let own: RunningHub | undefined;
  if (!(await fetch(`${base}/health`).then((r) => r.ok, () => false))) {
    own = await startHub({ port: 0 });
    base = own.url.replace(/\/graphql$/u, '');
  }
  const browser = await chromium.launch({ executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium', args: ['--no-sandbox'] });
  try {
    const page = await browser.newPage({ viewport: { width: 1280, height: 900 } });
    for (const [name, path] of PAGES) {
      await page.goto(`${base}${path}`);
      await page.waitForLoadState('networkidle');
      const file = join(__dirname, `${name}.png`);
      await page.screenshot({ path: file, fullPage: true });
      console.log(file);
    }
  } finally {
    await browser.close();
    await own?.stop();
  }
}

main().catch((err) => { console.error(err); process.exit(1); });
