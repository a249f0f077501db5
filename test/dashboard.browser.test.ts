// The dashboard in a real browser (headless Chromium through playwright-core): every request
// outside the hub is blocked, so the page works offline; the numbers drawn are the documents'
// (Smart GIS 2018 = 391; the 2018 partner-department count printed as 60 and 61); clicking goes
// series → program → source line; no console error. Also a page on another origin reading the
// API with fetch (CORS). Chromium: CHROMIUM_PATH, else /usr/bin/chromium (`.ci/run` installs
// Debian's package and sets REQUIRE_BROWSER=1, so there a missing browser fails the run).
import { existsSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import { chromium, type Browser, type Page } from 'playwright-core';
import { sharedHub, type HubClient } from './support/hub-client';

const executablePath = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
const haveBrowser = existsSync(executablePath);
if (!haveBrowser && process.env.REQUIRE_BROWSER) throw new Error(`REQUIRE_BROWSER is set but there is no Chromium at ${executablePath}`);
if (!haveBrowser) test.skip(`browser tests: no Chromium at ${executablePath}; install Debian's chromium or set CHROMIUM_PATH`, () => {});

let hub: HubClient;
let origin: string;
let browser: Browser;
beforeAll(async () => {
  if (!haveBrowser) return;
  hub = sharedHub();
  origin = new URL(hub.url).origin;
  browser = await chromium.launch({ executablePath, args: ['--no-sandbox'] });
}, 60_000);
afterAll(async () => {
  await browser?.close();
});

/** A page that may only reach the hub, collecting console errors and blocked requests. */
async function offlinePage(): Promise<{ page: Page; errors: string[]; blocked: string[] }> {
  const context = await browser.newContext({ viewport: { width: 1280, height: 900 } });
  const page = await context.newPage();
  const errors: string[] = [];
  const blocked: string[] = [];
  await context.route('**/*', (route) => {
    if (route.request().url().startsWith(origin)) return route.continue();
    blocked.push(route.request().url());
    return route.abort();
  });
  page.on('console', (message) => { if (message.type() === 'error') errors.push(message.text()); });
  page.on('pageerror', (error) => errors.push(String(error)));
  return { page, errors, blocked };
}

(haveBrowser ? describe : describe.skip)('the dashboard in Chromium', () => {
  test('/ leads to the dashboard; a search finds Smart GIS; series → program → the source line', async () => {
    const { page, errors, blocked } = await offlinePage();
    await page.goto(`${origin}/`);
    await page.waitForURL(`${origin}/dashboard`);
    await page.locator('#series-list a', { hasText: 'Data 부자도시 스마트GIS인천' }).waitFor();
    await page.fill('#search input', '스마트GIS');
    await page.click('#search button');
    await page.locator('main h1', { hasText: 'Search: 스마트GIS' }).waitFor();
    await page.click('main a:has-text("Data 부자도시 스마트GIS인천")');
    await page.waitForURL(/\/dashboard\/series\/programSeries%3Asmart-gis-incheon$/u);
    await page.locator('#indicator-chart-0 svg').waitFor();

    // the budget chart draws 391 for 2018 and 1,256 for 2019 (SVG labels), the table says where each was printed
    const budgetLabels = await page.locator('#budget-chart svg text').allTextContents();
    expect(budgetLabels).toEqual(expect.arrayContaining(['2018', '2019', '391', '1256']));
    expect(await page.locator('#budget-table tbody tr').allInnerTexts()).toEqual([
      '2018\t391\tORIGINAL\t391 plan-2018-administration l.296', '2019\t1,256\tORIGINAL\t1,256 plan-2019-planning-coordination l.737',
    ]);
    // owners per year, with how each is known
    expect(await page.locator('#owners tbody tr').allInnerTexts()).toEqual([
      '2018\t“스마트 GIS 인천” 추진 plan-2018-administration l.95\t토지정보과\tSECTION plan-2018-administration l.1042',
      "2019\tData 부자도시 '스마트GIS인천' plan-2019-planning-coordination l.657\t원도심스마트정보담당관\tSECTION plan-2019-planning-coordination l.1817",
    ]);
    // the partner-department count: 2018 printed as a target of 60 (2018 plan) and a result of 61 (2019 plan), both drawn
    const indicatorLabels = await page.locator('#indicator-chart-0 svg text').allTextContents();
    expect(indicatorLabels).toEqual(expect.arrayContaining(['60', '61', '70', '80', '43']));
    const row2018 = page.locator('.indicator-table tbody tr', { hasText: /^2018/u });
    expect(await row2018.locator('.vintage').allInnerTexts()).toEqual([
      '61 ACTUAL 2019 plan plan-2019-planning-coordination l.829', '60 TARGET 2018 plan plan-2018-administration l.441',
    ]);

    // → the 2018 program → its 391 → the line that prints it
    await page.click('#owners a:has-text("“스마트 GIS 인천” 추진")');
    await page.waitForURL(/\/dashboard\/programs\//u);
    await page.locator('#budgets tbody tr').first().waitFor();
    expect(await page.locator('#budgets tbody tr').first().innerText()).toBe('2018\tORIGINAL\t(total)\t391\t391백만원 plan-2018-administration l.296 plan-2018-administration l.1057');
    expect(await page.locator('#mentions tbody tr').count()).toBe(7);
    await page.click('#budgets a:has-text("l.1057")');
    await page.waitForURL(`${origin}/dashboard/documents/plan-2018-administration?line=1057`);
    await page.locator('#line-records li').first().waitFor();
    expect(await page.locator('#line-records li').allInnerTexts()).toEqual(['budget 2018 ORIGINAL: 391 백만원 (printed 391백만원) of “스마트 GIS 인천” 추진']);

    // back works (deep links are real URLs)
    await page.goBack();
    await page.waitForURL(/\/dashboard\/programs\//u);
    await page.locator('#budgets').waitFor();
    expect([errors, blocked.filter((u) => !u.startsWith('data:'))]).toEqual([[], []]);
    await page.context().close();
  });

  test('an organisation page: budget per year drawn, staffing, lineage', async () => {
    const { page, errors } = await offlinePage();
    await page.goto(`${origin}/dashboard/organisations/${encodeURIComponent('org:정책기획관')}`);
    await page.locator('main h1', { hasText: '정책기획관' }).waitFor();
    // 000 line 56: 2018 9,667 and 2019 9,597 (백만원)
    expect(await page.locator('#org-budget-chart svg text').allTextContents()).toEqual(expect.arrayContaining(['9667', '9597']));
    expect(await page.locator('main').innerText()).toContain('27 / 26');
    expect(errors).toEqual([]);
    await page.context().close();
  });

  test('changes between two plans, by deep link', async () => {
    const { page, errors } = await offlinePage();
    await page.goto(`${origin}/dashboard/changes?from=2019&to=2020`);
    await page.locator('#continued tbody tr').first().waitFor();
    expect(await page.locator('#continued tbody tr').allInnerTexts()).toEqual([
      '불합리한 규제 발굴 해소 renamed\t불합리한 규제 발굴 해소\t불합리한 규제 발굴 · 해소\t– → 25\t법무담당관 → 혁신담당관 moved',
    ]);
    expect(await page.locator('#added li').count()).toBe(18);
    expect(await page.locator('#dropped li').count()).toBe(57);
    expect(errors).toEqual([]);
    await page.context().close();
  });

  test('GraphiQL runs under the Content-Security-Policy, offline', async () => {
    const { page, errors, blocked } = await offlinePage();
    await page.goto(`${origin}/graphql`);
    await page.locator('.graphiql-container').waitFor();
    expect([errors, blocked]).toEqual([[], []]);
    await page.context().close();
  });

  test('an unknown page or record says so, with no script error', async () => {
    const { page, errors } = await offlinePage();
    await page.goto(`${origin}/dashboard/series/programSeries%3Anope`);
    await page.locator('.error').waitFor();
    expect(await page.locator('.error').innerText()).toBe('no initiative programSeries:nope');
    expect(errors).toEqual([]);
    await page.context().close();
  });
});

(haveBrowser ? describe : describe.skip)('a page on another origin', () => {
  let other: Server;
  let otherOrigin: string;
  beforeAll(async () => {
    // a dashboard someone else hosts: its own origin, reading the hub with fetch
    other = createServer((_req, res) => {
      res.setHeader('content-type', 'text/html; charset=utf-8');
      res.end(`<!doctype html><meta charset="utf-8"><pre id="out">…</pre><script>
        fetch(${JSON.stringify(hub.url)}, { method: 'POST', headers: { 'content-type': 'application/json' },
          body: JSON.stringify({ query: '{ programs(filter: { search: "스마트GIS", year: 2018 }) { nodes { title budgets { fiscalYear millionKrw } } } }' }) })
          .then((r) => r.json()).then((b) => { document.getElementById('out').textContent = JSON.stringify(b.data); })
          .catch((e) => { document.getElementById('out').textContent = 'failed: ' + e; });
        fetch(${JSON.stringify(`${hub.url}?query=${encodeURIComponent('{ documents { id } }')}`)}).then((r) => r.json())
          .then((b) => { document.title = String(b.data.documents.length); });
      </script>`);
    });
    await new Promise<void>((resolve) => other.listen(0, '127.0.0.1', resolve));
    otherOrigin = `http://localhost:${(other.address() as { port: number }).port}`; // another host name: another origin
  });
  afterAll(async () => { await new Promise((resolve) => other?.close(resolve)); });

  test('reads the API by POST (after a preflight) and by GET', async () => {
    const context = await browser.newContext();
    const page = await context.newPage();
    const errors: string[] = [];
    page.on('console', (m) => { if (m.type() === 'error') errors.push(m.text()); });
    await page.goto(otherOrigin);
    await page.waitForFunction(() => document.getElementById('out')!.textContent !== '…' && document.title !== '');
    expect(JSON.parse((await page.textContent('#out'))!)).toEqual({ programs: { nodes: [{ title: '“스마트 GIS 인천” 추진', budgets: [{ fiscalYear: 2018, millionKrw: 391 }] }] } });
    expect(await page.title()).toBe('5');
    expect(errors).toEqual([]);
    await context.close();
  });
});
