// The console's measurements in Debian's Chromium against a running server (deploy/benchmark/console.sh starts one
// with a seeded tenant): CONSOLE_BASE_URL, BENCH_TENANT; BENCH_PAGES list pages (30), BENCH_CHANGES changes (100).
//  1. JavaScript of the first screen, gzipped: the sign-in screen, and everything loaded up to the list after it.
//  2. The case list of 50 rows: from the moment its data arrived (the response's last byte) to the 50 new rows in the
//     page, paging through a tenant of BENCH_CASES cases.
//  3. A change made elsewhere (the API) until it shows on a case page open in the browser, over BENCH_CHANGES changes.
import { gzipSync } from 'node:zlib';
import { api, BASE_URL, devToken, launchBrowser, takeIn } from '../e2e/support.mjs';

const tenant = process.env.BENCH_TENANT ?? 'demo';
const pages = Number(process.env.BENCH_PAGES ?? 30);
const changes = Number(process.env.BENCH_CHANGES ?? 100);

const quantile = (xs, q) => { const s = [...xs].sort((a, b) => a - b); return s[Math.min(s.length - 1, Math.floor(q * s.length))]; };
const summary = (xs) => `n=${xs.length} min=${Math.min(...xs).toFixed(0)} p50=${quantile(xs, 0.5).toFixed(0)} `
  + `p95=${quantile(xs, 0.95).toFixed(0)} max=${Math.max(...xs).toFixed(0)} ms`;

const browser = await launchBrowser();
try {
  // 1. first screen: a fresh browser profile opens the console, signs in, reaches the list
  const context = await browser.newContext({ locale: 'zh-CN', viewport: { width: 1366, height: 900 } });
  const list = await context.newPage();
  const scripts = new Map();
  list.on('response', async (r) => {
    if (r.request().resourceType() === 'script') scripts.set(r.url(), gzipSync(await r.body()).length);
  });
  const kib = () => ([...scripts.values()].reduce((a, b) => a + b, 0) / 1024).toFixed(1);
  await list.goto(`${BASE_URL}/console/`);
  await list.getByRole('button', { name: '登录' }).waitFor();
  await list.waitForLoadState('networkidle');
  const signIn = kib();
  await list.getByRole('textbox', { name: '租户', exact: true }).fill(tenant);
  await list.getByRole('textbox', { name: '用户 ID', exact: true }).fill('bench.sup');
  await list.getByRole('checkbox', { name: 'AGENT', exact: true }).click();
  await list.getByRole('checkbox', { name: 'SUPERVISOR', exact: true }).click();
  await list.getByRole('button', { name: '登录' }).click();
  await list.locator('[data-queue="ALL"]').click();
  await list.locator('tr[data-case-number]').first().waitFor();
  await list.waitForLoadState('networkidle');
  console.log(`first screen JavaScript (gzip): sign-in ${signIn} KiB; up to the case list ${kib()} KiB (${scripts.size} files)`);

  // 2. list rendering, page after page
  const renders = [];
  for (let i = 0; i < pages; i++) {
    await list.evaluate(() => {
      performance.clearResourceTimings();
      const before = document.querySelector('tr[data-case-number]')?.getAttribute('data-case-number');
      window.__rendered = undefined;
      const observer = new MutationObserver(() => {
        const rows = document.querySelectorAll('tr[data-case-number]');
        if (rows.length === 50 && rows[0].getAttribute('data-case-number') !== before) {
          window.__rendered = performance.now();
          observer.disconnect();
        }
      });
      observer.observe(document.body, { subtree: true, childList: true, attributes: true, characterData: true });
    });
    await list.getByTestId('page-next').click();
    await list.waitForFunction(() => window.__rendered !== undefined);
    renders.push(await list.evaluate(() => {
      const response = performance.getEntriesByType('resource').filter((e) => e.name.includes('/api/v1/complaints?')).pop();
      return window.__rendered - response.responseEnd;
    }));
  }
  const total = await list.locator('h4').first().textContent();
  console.log(`case list, 50 rows rendered after the data arrived (${total.trim()}): ${summary(renders)}`);

  // 3. a change made elsewhere, until it shows in this browser
  const token = await devToken(tenant, 'bench.agent', 'AGENT', 'customer-service');
  const c = await takeIn(token, '实时基准 live bench');
  await list.locator('[data-queue="MINE"]').click();
  await list.locator('[data-queue="ALL"]').click();
  await list.locator(`[data-case-number="${c.caseNumber}"]`).click();
  await list.locator('[data-action="RECORD_PROGRESS"]').waitFor();
  const latencies = [];
  for (let i = 0; i < changes; i++) {
    const text = `bench-change-${i}-${Date.now()}`;
    await list.evaluate((t) => {
      window.__seen = undefined;
      const observer = new MutationObserver(() => {
        if (document.body.innerText.includes(t)) {
          window.__seen = performance.timeOrigin + performance.now();
          observer.disconnect();
        }
      });
      observer.observe(document.body, { subtree: true, childList: true, characterData: true });
    }, text);
    const sent = Date.now();
    await api(token, 'POST', `/api/v1/complaints/${c.id}/progress`, { message: text });
    await list.waitForFunction(() => window.__seen !== undefined, null, { timeout: 30_000 });
    latencies.push((await list.evaluate(() => window.__seen)) - sent);
  }
  console.log(`a change made elsewhere shown in the browser: ${summary(latencies)}`);
  await context.close();
} finally {
  await browser.close();
}
