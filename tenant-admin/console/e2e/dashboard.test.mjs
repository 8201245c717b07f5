// The supervisor's dashboard: figures read from the charts' data (not from a picture), a bar opens its cases, the
// live stream moves the figures, and both languages are translated and accessible.
import { after, before, test } from 'node:test';
import assert from 'node:assert/strict';
import { accessibilityViolations, api, devToken, launchBrowser, newTenant, screenshot, signedIn, takeIn } from './support.mjs';

let browser;
before(async () => { browser = await launchBrowser(); });
after(async () => { await browser?.close(); });

/** The values of a chart's data table by row and series name: { '12-03': { 'Product quality': 3 } }. */
async function chartValues(page, title) {
  return page.locator(`[data-chart-table="${title}"]`).evaluate((table) => {
    const names = [...table.querySelectorAll('thead th')].slice(1).map((th) => th.textContent);
    return Object.fromEntries([...table.querySelectorAll('tbody tr')].map((tr) => [tr.querySelector('th').textContent,
      Object.fromEntries([...tr.querySelectorAll('td')].map((td, i) => [names[i], Number(td.textContent)]))]));
  });
}

test('a supervisor reads the dashboard, opens the cases behind a bar, and sees a new case arrive live', { timeout: 180_000 }, async () => {
  const tenant = await newTenant('dash');
  const agent = await devToken(tenant, 'ma.agent', 'AGENT', 'customer-service');
  const triage = (c, category) => api(agent, 'POST', `/api/v1/complaints/${c.id}/triage`, { category, complexity: 'GENERAL', urgency: 'NORMAL' });
  const quality = [];
  for (const subject of ['电热水壶', '电饭煲', '吹风机']) {
    const c = await takeIn(agent, subject);
    await triage(c, 'PRODUCT_QUALITY');
    quality.push(c);
  }
  const attitude = await takeIn(agent, '门店服务');
  await triage(attitude, 'SERVICE_ATTITUDE');
  await takeIn(agent, '空调');

  const { page, context } = await signedIn(browser, { tenant, user: 'qian.sup', roles: ['SUPERVISOR'], language: 'en' });
  await page.getByRole('menuitem', { name: 'Dashboard' }).click();
  await page.locator('[data-tile="Received today"]').filter({ hasText: '5' }).waitFor();
  assert.equal(await page.locator('[data-tile="Open cases"]').textContent(), '5');

  const byStatus = await chartValues(page, 'Open cases by status');
  assert.equal(byStatus.Triaged.Cases, 4);
  assert.equal(byStatus.Received.Cases, 1);
  const trends = await chartValues(page, 'Cases per day by category');
  const day = Object.keys(trends).at(-1);
  assert.equal(trends[day]['Product quality'], 3, JSON.stringify(trends[day]));
  assert.equal(trends[day]['Service attitude'], 1);
  assert.equal(trends[day]['Not triaged yet'], 1, 'the bars add up to what came in');
  const byDepartment = await chartValues(page, 'Open cases by department');
  assert.equal(byDepartment['No department yet'].Cases, 5);
  await page.waitForTimeout(300);
  await screenshot(page, 'dashboard-en');
  assert.deepEqual(await accessibilityViolations(page), []);

  // the bar of today's product-quality cases, through the chart's table (the same action as a click on the bar)
  const card = page.locator('.ant-card').filter({ hasText: 'Trends' });
  await card.getByRole('button', { name: 'Show as a table' }).click();
  await card.getByRole('button', { name: `${day} · Product quality: 3` }).click();
  await page.getByTestId('period-filter').waitFor();
  for (const c of quality) await page.locator(`[data-case-number="${c.caseNumber}"]`).waitFor();
  assert.equal(await page.locator('tr[data-case-number]').count(), 3);
  assert.equal(await page.locator(`[data-case-number="${attitude.caseNumber}"]`).count(), 0);

  // a case taken in elsewhere moves the figures without a reload
  await page.getByRole('menuitem', { name: 'Dashboard' }).click();
  await page.locator('[data-tile="Received today"]').filter({ hasText: '5' }).waitFor();
  await takeIn(agent, '洗碗机');
  await page.locator('[data-tile="Received today"]').filter({ hasText: '6' }).waitFor({ timeout: 10_000 });
  await context.close();

  const zh = await signedIn(browser, { tenant, user: 'qian.sup', roles: ['SUPERVISOR'], language: 'zh-CN' });
  await zh.page.getByRole('menuitem', { name: '监控面板' }).click();
  await zh.page.locator('[data-tile="今日受理"]').filter({ hasText: '6' }).waitFor();
  const zhTrends = await chartValues(zh.page, '每日案件数（按类别）');
  assert.equal(zhTrends[day]['产品质量'], 3, JSON.stringify(zhTrends[day]));
  await zh.page.waitForTimeout(300);
  await screenshot(zh.page, 'dashboard-zh-CN');
  assert.deepEqual(await accessibilityViolations(zh.page), []);
  const text = await zh.page.locator('#main').innerText();
  assert.doesNotMatch(text, /dashboard\.|status\.|category\./, 'no untranslated key');
  await zh.context.close();
});

test('an agent has no dashboard', { timeout: 60_000 }, async () => {
  const tenant = await newTenant('dash-agent');
  const { page, context } = await signedIn(browser, { tenant, user: 'xu.agent', roles: ['AGENT'], language: 'en' });
  assert.equal(await page.getByRole('menuitem', { name: 'Dashboard' }).count(), 0);
  await context.close();
});
