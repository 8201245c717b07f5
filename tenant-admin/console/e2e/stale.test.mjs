// Two people edit one case: the second gets the "this case changed" view, keeps their text, and can send it again
// on the current version.
import { after, before, test } from 'node:test';
import assert from 'node:assert/strict';
import { api, devToken, launchBrowser, newTenant, screenshot, signedIn, takeIn } from './support.mjs';

let browser;
before(async () => { browser = await launchBrowser(); });
after(async () => { await browser?.close(); });

async function openCase(page, caseNumber) {
  await page.locator('[data-queue="ALL"]').click();
  await page.locator(`[data-case-number="${caseNumber}"]`).click();
  await page.locator('[data-action="RECORD_PROGRESS"]').waitFor();
}

test('a stale edit shows what changed and keeps the text', { timeout: 120_000 }, async () => {
  const tenant = await newTenant('stale');
  const agent = await devToken(tenant, 'zhao.agent', 'AGENT', 'customer-service');
  const c = await takeIn(agent, '空气净化器');
  const first = await signedIn(browser, { tenant, user: 'zhao.agent', department: 'customer-service', language: 'en' });
  const second = await signedIn(browser, { tenant, user: 'qian.sup', roles: ['SUPERVISOR'], language: 'zh-CN' });
  await openCase(first.page, c.caseNumber);
  await openCase(second.page, c.caseNumber);

  // each sees the other on the case page
  await second.page.getByTestId('also-viewing').filter({ hasText: 'zhao.agent' }).waitFor();

  await first.page.locator('[data-action="RECORD_PROGRESS"]').click();
  await first.page.getByLabel('Message').fill('We called the consumer.');
  await second.page.locator('[data-action="RECORD_PROGRESS"]').click();
  const mine = '已安排上门检测，周五前答复。';
  await second.page.getByLabel('内容').fill(mine);

  await first.page.getByTestId('action-submit').click();
  await first.page.getByRole('dialog').waitFor({ state: 'detached' });

  await second.page.getByTestId('action-submit').click();
  const notice = second.page.getByTestId('stale-notice');
  await notice.waitFor();
  assert.match(await notice.textContent(), /进度通报/, 'the changed field by its name');
  assert.equal(await second.page.getByLabel('内容').inputValue(), mine, 'the text is kept');
  await screenshot(second.page, 'stale-edit-zh-CN');
  await notice.getByRole('button', { name: '使用当前版本' }).click();
  await second.page.getByTestId('action-submit').click();
  await second.page.getByRole('dialog').waitFor({ state: 'detached' });

  const now = await api(agent, 'GET', `/api/v1/complaints/${c.id}`);
  assert.deepEqual(now.progress.map((p) => p.message), ['We called the consumer.', mine]);
  await first.context.close();
  await second.context.close();
});
