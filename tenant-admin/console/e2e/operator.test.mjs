// A platform operator signs in to a console of their own: creates a tenant, suspends it (its staff are refused) and
// resumes it, and reads the platform's health; both languages translated and accessible.
import { after, before, test } from 'node:test';
import assert from 'node:assert/strict';
import { randomBytes } from 'node:crypto';
import { BASE_URL, accessibilityViolations, devToken, launchBrowser, openedDialog, screenshot, signedIn } from './support.mjs';

let browser;
before(async () => { browser = await launchBrowser(); });
after(async () => { await browser?.close(); });

async function staffCall(tenant) {
  const token = await devToken(tenant, 'someone', 'AGENT');
  return (await fetch(`${BASE_URL}/api/v1/complaints`, { headers: { Authorization: `Bearer ${token}` } })).status;
}

test('an operator creates, suspends and resumes a tenant and reads the platform health', { timeout: 180_000 }, async () => {
  const slug = `op-${randomBytes(4).toString('hex')}`;
  const { page, context } = await signedIn(browser, { tenant: 'platform', user: 'ops.zhang', roles: ['PLATFORM_OPERATOR'], language: 'en' });
  const untranslated = [];
  page.on('console', (m) => { if (m.text().startsWith('untranslated key:')) untranslated.push(m.text()); });
  await page.locator('[data-tenant="demo"]').waitFor();

  await page.getByTestId('tenant-new').click();
  const dialog = page.getByRole('dialog');
  await dialog.getByLabel('Slug').fill('Not A Slug!');
  await dialog.getByLabel('Name', { exact: true }).fill('运维测试公司');
  await dialog.getByTestId('tenant-create').click();
  await dialog.locator('.ant-form-item-explain-error').first().waitFor();
  await dialog.getByLabel('Slug').fill(slug);
  await dialog.getByTestId('tenant-create').click();
  const row = page.locator(`[data-tenant="${slug}"]`);
  await row.waitFor();
  assert.equal(await row.getAttribute('data-status'), 'ACTIVE');
  assert.equal(await staffCall(slug), 200);

  await row.getByRole('button', { name: 'Suspend' }).click();
  await (await openedDialog(page)).getByRole('button', { name: 'Suspend' }).click();
  await page.locator(`[data-tenant="${slug}"][data-status="SUSPENDED"]`).waitFor();
  assert.notEqual(await staffCall(slug), 200, 'a suspended tenant’s staff are refused');
  await row.getByRole('button', { name: 'Resume' }).click();
  await (await openedDialog(page)).getByRole('button', { name: 'Resume' }).click();
  await page.locator(`[data-tenant="${slug}"][data-status="ACTIVE"]`).waitFor();
  assert.equal(await staffCall(slug), 200);
  await page.locator('.ant-modal-mask').waitFor({ state: 'detached' });
  await screenshot(page, 'operator-tenants-en');
  assert.deepEqual(await accessibilityViolations(page), []);

  await page.getByRole('tab', { name: 'Health' }).click();
  await page.getByTestId('platform-status').waitFor();
  assert.equal(await page.locator('[data-component="db"]').textContent(), 'db: UP');
  await page.locator('[data-plugin="notifier-webhook"]').waitFor();
  await screenshot(page, 'operator-health-en');
  assert.deepEqual(await accessibilityViolations(page), []);
  assert.deepEqual(untranslated, []);
  await context.close();

  const zh = await signedIn(browser, { tenant: 'platform', user: 'ops.zhang', roles: ['PLATFORM_OPERATOR'], language: 'zh-CN' });
  await zh.page.locator(`[data-tenant="${slug}"]`).waitFor();
  await zh.page.getByRole('tab', { name: '运行状况' }).click();
  await zh.page.getByTestId('platform-status').waitFor();
  await screenshot(zh.page, 'operator-health-zh-CN');
  assert.deepEqual(await accessibilityViolations(zh.page), []);
  await zh.context.close();
});
