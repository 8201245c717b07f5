// A tenant admin changes the general resolution target, sees the server's deadline preview move before saving, and
// saves a new version of the policy.
import { after, before, test } from 'node:test';
import assert from 'node:assert/strict';
import { accessibilityViolations, api, devToken, launchBrowser, newTenant, screenshot, signedIn } from './support.mjs';

let browser;
before(async () => { browser = await launchBrowser(); });
after(async () => { await browser?.close(); });

test('an admin previews a shorter resolution target, then saves it as a new version', { timeout: 120_000 }, async () => {
  const tenant = await newTenant('sla-ui');
  const token = await devToken(tenant, 'zhao.admin', 'TENANT_ADMIN');
  const { page, context } = await signedIn(browser, { tenant, user: 'zhao.admin', roles: ['TENANT_ADMIN'], language: 'en' });
  await page.getByRole('menuitem', { name: 'Settings' }).click();
  await page.getByRole('link', { name: 'Deadlines' }).click();
  const general = page.locator('[data-deadline="GENERAL-RESOLUTION"]');
  await general.waitFor();
  assert.match(await general.textContent(), /within 5 working days/);
  const before5 = await general.getAttribute('data-due');

  await page.locator('#generalResolutionDays').fill('3');
  await page.locator('[data-deadline="GENERAL-RESOLUTION"]', { hasText: 'within 3 working days' }).waitFor();
  const after3 = await general.getAttribute('data-due');
  assert.ok(new Date(after3) < new Date(before5), `${after3} before ${before5}`);
  assert.equal((await api(token, 'GET', '/api/v1/admin/sla-policies/current')).version, 1, 'the preview saves nothing');
  await screenshot(page, 'sla-policy-en');
  assert.deepEqual(await accessibilityViolations(page), []);

  await page.getByTestId('sla-save').click();
  await page.getByText('Saved as version 2.').waitFor();
  const current = await api(token, 'GET', '/api/v1/admin/sla-policies/current');
  assert.equal(current.version, 2);
  assert.equal(current.targets.generalResolutionDays, 3);
  assert.equal(current.targets.urgentFirstContact, 'PT2H', 'the other targets unchanged');
  assert.equal(current.targets.warningShare, 0.75);
  await context.close();
});
