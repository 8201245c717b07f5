// The list's bulk actions with a result per case, and saved views in the queue rail.
import { after, before, test } from 'node:test';
import assert from 'node:assert/strict';
import { api, devToken, launchBrowser, newTenant, screenshot, signedIn, takeIn } from './support.mjs';

let browser;
before(async () => { browser = await launchBrowser(); });
after(async () => { await browser?.close(); });

test('a supervisor sets the urgency of several cases at once and saves the view', { timeout: 120_000 }, async () => {
  const tenant = await newTenant('bulk');
  const agent = await devToken(tenant, 'he.agent', 'AGENT', 'customer-service');
  const triaged = await takeIn(agent, '电饭煲');
  await api(agent, 'POST', `/api/v1/complaints/${triaged.id}/triage`, { category: 'OTHER', complexity: 'GENERAL', urgency: 'NORMAL' });
  const fresh = await takeIn(agent, '电磁炉');
  const { page, context } = await signedIn(browser, { tenant, user: 'lu.sup', roles: ['SUPERVISOR'], language: 'en' });
  await page.locator('[data-queue="ALL"]').click();
  for (const c of [triaged, fresh]) await page.getByRole('checkbox', { name: c.caseNumber }).check();
  await page.getByTestId('bulk-bar').getByRole('button', { name: 'Set urgency' }).click();
  await page.getByRole('dialog').getByLabel('Why urgent').fill('Recall of the model');
  await page.getByTestId('bulk-submit').click();
  const result = page.getByRole('dialog').filter({ hasText: 'Done: 1; refused: 1' });
  await result.waitFor();
  await screenshot(page, 'bulk-result-en');
  assert.equal((await api(agent, 'GET', `/api/v1/complaints/${triaged.id}`)).urgency, 'URGENT');
  await result.getByRole('button', { name: 'Close' }).click();

  await page.getByLabel('Category').click();
  await page.locator('.ant-select-dropdown:visible .ant-select-item-option', { hasText: 'Other' }).click();
  await page.getByRole('button', { name: 'Save view' }).click();
  await page.getByLabel('Name of the view').fill('Other, all');
  await page.getByText('Share with everyone in the tenant').click();
  await page.getByRole('dialog').getByRole('button', { name: 'Save' }).click();
  await page.locator('[data-view="Other, all"]').waitFor();
  await page.locator('[data-queue="MINE"]').click();
  await page.locator('[data-view="Other, all"]').getByRole('button', { name: 'Other, all · shared', exact: true }).click();
  await page.locator(`[data-case-number="${triaged.caseNumber}"]`).waitFor();
  assert.equal(await page.locator(`[data-case-number="${fresh.caseNumber}"]`).count(), 0, 'the view filters by category');
  await context.close();
});
