// What a reader may not see stays unseen: another tenant's case URL shows "not found", and an agent does not see
// another department's case in any queue, count, list or search.
import { after, before, test } from 'node:test';
import assert from 'node:assert/strict';
import { api, devToken, launchBrowser, newTenant, screenshot, signedIn, takeIn } from './support.mjs';

let browser;
before(async () => { browser = await launchBrowser(); });
after(async () => { await browser?.close(); });

test("another tenant's case URL shows not found", { timeout: 90_000 }, async () => {
  const mine = await newTenant('iso-a');
  const theirs = await newTenant('iso-b');
  const c = await takeIn(await devToken(theirs, 'sun.agent', 'AGENT', 'customer-service'), '吸尘器');
  const { page, context } = await signedIn(browser, { tenant: mine, user: 'zhou.sup', roles: ['SUPERVISOR'],
    language: 'en', path: `/console/cases/${c.id}` });
  await page.getByText('There is no such case, or you may not see it.').waitFor();
  assert.equal(await page.getByText(c.caseNumber).count(), 0, 'nothing of the case is shown');
  await screenshot(page, 'isolation-other-tenant-en');
  await context.close();
});

test("an agent sees nothing of another department's case", { timeout: 90_000 }, async () => {
  const tenant = await newTenant('iso-dept');
  const sup = await devToken(tenant, 'wu.sup', 'SUPERVISOR');
  const c = await takeIn(sup, '独特型号 ZX-9000', '合同纠纷，要求赔偿 ZX9000');
  await api(sup, 'POST', `/api/v1/complaints/${c.id}/triage`, { category: 'LEGAL_DISPUTE', complexity: 'COMPLEX', urgency: 'NORMAL' });
  const departments = (await api(sup, 'GET', '/api/v1/workspace')).departments;
  await api(sup, 'POST', `/api/v1/complaints/${c.id}/transfers`, { toDepartmentId: departments.find((d) => d.code === 'legal').id });

  const { page, context } = await signedIn(browser, { tenant, user: 'zheng.product', department: 'product', language: 'en' });
  await page.locator('[data-queue="ALL"]').click();
  await page.getByText('No cases here.').waitFor();
  await page.waitForFunction(() => [...document.querySelectorAll('[data-count]')].every((e) => e.getAttribute('data-count') !== ''));
  const counts = await page.locator('[data-count]').evaluateAll((els) => els.map((e) => e.getAttribute('data-count')));
  assert.deepEqual([...new Set(counts)], ['0'], 'every queue counts zero');
  await page.getByRole('searchbox').fill('ZX-9000');
  await page.getByRole('searchbox').press('Enter');
  await page.getByText('Search results for “ZX-9000”').waitFor();
  await page.getByText('No cases here.').waitFor();
  assert.equal(await page.locator(`[data-case-number="${c.caseNumber}"]`).count(), 0);
  await context.close();
});
