// From a finding to a verified improvement measure: the demo tenant's planted regional anomaly, a measure opened
// from it, moved across the board by its owner and verified by the supervisor.
import { after, before, test } from 'node:test';
import assert from 'node:assert/strict';
import { accessibilityViolations, launchBrowser, screenshot, signedIn } from './support.mjs';

let browser;
before(async () => { browser = await launchBrowser(); });
after(async () => { await browser?.close(); });

const column = (page, status) => page.locator(`[data-column="${status}"]`);

test('a supervisor opens a measure from an anomaly; its owner moves it across the board; the supervisor verifies it', { timeout: 180_000 }, async () => {
  const owner = `owner.${Date.now()}`;
  const sup = await signedIn(browser, { tenant: 'demo', user: 'sam.sup', roles: ['SUPERVISOR'], language: 'en' });
  await sup.page.getByRole('menuitem', { name: 'Dashboard' }).click();
  const row = sup.page.locator('[data-anomaly="成都市武侯区"]');
  await row.waitFor();
  assert.equal(await row.getAttribute('data-anomalous'), 'true');
  assert.equal(await sup.page.locator('[data-anomalous="true"]').count(), 1, 'only the planted district stands out');
  // the heat map: the district's tile marked, as many complaints as the table says, and a link to its cases
  const tile = sup.page.locator('[data-testid="region-heat"] [data-region="成都市武侯区"]');
  assert.match(await tile.getAttribute('class'), /anomalous/);
  assert.equal(await tile.getAttribute('data-observed'), (await row.locator('td').nth(1).textContent()).trim());
  assert.equal(await sup.page.locator('[data-testid="region-heat"] .anomalous').count(), 1);
  assert.match(await tile.getAttribute('href'), /region=%E6%88%90%E9%83%BD/);
  const observed = Number(await row.locator('td').nth(1).textContent());
  assert.ok(observed >= 10, `observed ${observed}`);

  await row.getByRole('button', { name: 'Open an improvement measure' }).click();
  const dialog = sup.page.getByRole('dialog');
  assert.match(await dialog.getByLabel('Title').inputValue(), /成都市武侯区/);
  assert.match(await dialog.getByLabel('Finding').inputValue(), new RegExp(`${observed} cases`));
  const title = `Look into 成都市武侯区 ${owner}`;
  await dialog.getByLabel('Title').fill(title);
  await sup.page.getByTestId('measure-save').click();
  assert.ok((await dialog.getByRole('alert').or(dialog.locator('.ant-form-item-explain-error')).first().textContent()).length > 0,
    'the form says what is missing (the action)');
  await dialog.getByLabel('Action').fill('抽检武侯区批次的充电座，召回有缺陷的批次');
  await dialog.getByLabel('Owner (user id)').fill(owner);
  await sup.page.getByTestId('measure-save').click();
  await row.getByRole('link', { name: 'Measure opened' }).click();
  await column(sup.page, 'OPEN').locator(`[data-measure="${title}"]`).waitFor();
  await sup.context.close();

  const agent = await signedIn(browser, { tenant: 'demo', user: owner, roles: ['AGENT'], department: 'product', language: 'zh-CN' });
  await agent.page.getByRole('menuitem', { name: '改进措施' }).click();
  const card = (status) => column(agent.page, status).locator(`[data-measure="${title}"]`);
  await card('OPEN').getByRole('button', { name: '开始' }).click();
  await card('IN_PROGRESS').getByRole('button', { name: '标记完成' }).click();
  await card('DONE').waitFor();
  assert.equal(await card('DONE').getByRole('button', { name: '验证通过' }).count(), 0, 'only a supervisor verifies');
  await screenshot(agent.page, 'measures-board-zh-CN');
  assert.deepEqual(await accessibilityViolations(agent.page), []);
  await agent.context.close();

  const again = await signedIn(browser, { tenant: 'demo', user: 'sam.sup', roles: ['SUPERVISOR'], language: 'en' });
  await again.page.getByRole('menuitem', { name: 'Improvement' }).click();
  await column(again.page, 'DONE').locator(`[data-measure="${title}"]`).getByRole('button', { name: 'Verify' }).click();
  await column(again.page, 'VERIFIED').locator(`[data-measure="${title}"]`).waitFor();
  await screenshot(again.page, 'measures-board-en');
  await again.context.close();
});
