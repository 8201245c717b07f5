// A tenant admin sets up a webhook notifier from the plugin's settings schema (rendered as a form), tests it against
// a receiver running in this test, and sees a real notification in the delivery log; the signing secret never comes
// back to the browser, and reconfiguring without typing it keeps it.
import { after, before, test } from 'node:test';
import assert from 'node:assert/strict';
import { createServer } from 'node:http';
import { accessibilityViolations, api, devToken, launchBrowser, newTenant, screenshot, signedIn, takeIn } from './support.mjs';

let browser;
let receiver;
const received = [];
before(async () => {
  browser = await launchBrowser();
  receiver = createServer((request, response) => {
    let body = '';
    request.on('data', (chunk) => { body += chunk; });
    request.on('end', () => {
      received.push({ headers: request.headers, body });
      response.writeHead(204).end();
    });
  });
  await new Promise((resolve) => receiver.listen(0, '127.0.0.1', resolve));
});
after(async () => {
  await browser?.close();
  receiver?.close();
});

test('an admin configures, tests and watches a webhook notifier', { timeout: 180_000 }, async () => {
  const tenant = await newTenant('hook-ui');
  const token = await devToken(tenant, 'li.admin', 'TENANT_ADMIN');
  const secret = `whsec-${Math.random().toString(36).slice(2)}-never-shown`;
  const url = `http://127.0.0.1:${receiver.address().port}/complaints-hook`;
  const { page, context } = await signedIn(browser, { tenant, user: 'li.admin', roles: ['TENANT_ADMIN'], language: 'en' });
  // every answer the browser gets from the API, to show the secret is in none of them
  const answers = [];
  page.on('response', async (r) => {
    if (r.url().includes('/api/')) answers.push(await r.text().catch(() => ''));
  });
  await page.getByRole('menuitem', { name: 'Settings' }).click();
  await page.getByRole('link', { name: 'Notifications' }).click();
  await page.getByText('No notifier set up yet').waitFor();
  await page.locator('[data-plugin="notifier-webhook"]').waitFor();

  await page.getByTestId('instance-new').click();
  const dialog = page.getByRole('dialog');
  await dialog.getByLabel('Type', { exact: true }).click();
  await page.locator('.ant-select-dropdown:visible').getByTitle('Webhook (signed JSON) (webhook)').click();
  await dialog.getByLabel('Key', { exact: true }).fill('ops-hook');
  await dialog.getByLabel('Events', { exact: true }).click();
  await page.locator('.ant-select-dropdown:visible').getByTitle('Complaint received').click();
  await dialog.getByLabel('Events', { exact: true }).press('Escape');
  // the schema's rules at the fields: a URL that is not http(s), a secret too short
  await dialog.getByLabel('URL', { exact: true }).fill('ftp://nowhere');
  await dialog.getByLabel('Signing secret').fill('short');
  await dialog.getByTestId('instance-save').click();
  await dialog.getByText('At least 16 characters.').waitFor();
  await dialog.getByText(/Does not have the expected form/).waitFor();
  await dialog.getByLabel('URL', { exact: true }).fill(url);
  await dialog.getByLabel('Signing secret').fill(secret);
  assert.equal(await dialog.getByLabel('Timeout (seconds)').inputValue(), '8', 'the schema default');
  await dialog.getByTestId('instance-save').click();
  await page.getByText('ops-hook saved.').waitFor();
  const row = page.locator('[data-instance="ops-hook"]');
  assert.equal(await row.locator('[data-secrets]').getAttribute('data-secrets'), 'secret');
  assert.match(await row.textContent(), /Signing secret: set/);

  // the test reaches the receiver, signed
  await page.getByTestId('test-ops-hook').click();
  await page.getByTestId('plugins-message').filter({ hasText: 'Test of ops-hook succeeded' }).waitFor();
  assert.equal(received.length, 1);
  assert.ok(Object.keys(received[0].headers).some((h) => /signature/i.test(h)), JSON.stringify(received[0].headers));

  // a real complaint: its "received" notification shows in the delivery log as delivered
  const agent = await devToken(tenant, 'agent', 'AGENT', 'customer-service');
  const complaint = await takeIn(agent, '洗碗机');
  const delivered = page.locator(`[data-testid="deliveries"] tr[data-notifier="ops-hook"][data-status="DELIVERED"]`);
  await delivered.waitFor({ timeout: 60_000 });
  assert.match(await delivered.textContent(), /Complaint received/);
  assert.ok(received.some((r) => r.body.includes(complaint.caseNumber)), 'the receiver got the case');
  await screenshot(page, 'notifiers-en');
  assert.deepEqual(await accessibilityViolations(page), []);

  // reconfigured without typing the secret: it is kept (the test still signs), and never shown
  await row.getByRole('button', { name: 'Configure' }).click();
  const again = page.getByRole('dialog');
  assert.equal(await again.getByLabel('Signing secret').inputValue(), '');
  await again.getByText('Set. Leave empty to keep it').waitFor();
  await again.getByLabel('Timeout (seconds)').fill('5');
  await again.getByTestId('instance-save').click();
  await page.getByText('ops-hook saved.').waitFor();
  const stored = await api(token, 'GET', '/api/v1/admin/notifiers/ops-hook');
  assert.equal(stored.settings.timeoutSeconds, 5);
  assert.deepEqual(stored.secretsSet, ['secret']);
  await page.getByTestId('test-ops-hook').click();
  await page.getByTestId('plugins-message').filter({ hasText: 'Test of ops-hook succeeded' }).waitFor();
  assert.ok(answers.length > 5);
  assert.ok(answers.every((body) => !body.includes(secret)), 'the secret never comes back to the browser');
  await context.close();

  const zh = await signedIn(browser, { tenant, user: 'li.admin', roles: ['TENANT_ADMIN'], language: 'zh-CN', path: '/console/admin/notifiers' });
  await zh.page.locator('[data-testid="deliveries"] tr[data-status="DELIVERED"]').first().waitFor();
  await screenshot(zh.page, 'notifiers-zh-CN');
  assert.deepEqual(await accessibilityViolations(zh.page), []);
  await zh.page.getByRole('link', { name: '受理渠道' }).click();
  await zh.page.locator('[data-instance="web"]').waitFor();
  await screenshot(zh.page, 'channels-zh-CN');
  assert.deepEqual(await accessibilityViolations(zh.page), []);
  await zh.context.close();
});
