// A tenant admin writes routing rules in the editor (reordering them by dragging), routes a sample with the unsaved
// rules and reads the trace rule by rule, saves them as a version and turns automatic routing on; a consumer's
// complaint from the public web form then lands in the department of the rule.
import { after, before, test } from 'node:test';
import assert from 'node:assert/strict';
import { BASE_URL, accessibilityViolations, api, devToken, launchBrowser, newTenant, screenshot, signedIn } from './support.mjs';

let browser;
before(async () => { browser = await launchBrowser(); });
after(async () => { await browser?.close(); });

async function addRule(page, { name, field, values, department }) {
  await page.getByTestId('routing-add').click();
  const rule = page.locator('li.routing-rule').last();
  await rule.getByLabel('Name').fill(name);
  if (field) {
    await rule.getByRole('combobox', { name: 'What condition 1 looks at' }).click();
    await page.locator('.ant-select-dropdown:visible').getByTitle(field, { exact: true }).click();
  }
  const valuesBox = rule.getByRole('combobox', { name: 'Values of condition 1' });
  for (const v of values) {
    await valuesBox.fill(v);
    await valuesBox.press('Enter');
  }
  await valuesBox.press('Escape');
  await rule.getByRole('combobox', { name: 'Send to' }).click();
  await page.locator('.ant-select-dropdown:visible').getByTitle(department, { exact: true }).click();
  return page.locator(`li.routing-rule[data-rule="${name}"]`);
}

test('an admin writes, tries and saves routing rules, and a web-form complaint follows them', { timeout: 180_000 }, async () => {
  const tenant = await newTenant('routing-ui');
  const token = await devToken(tenant, 'sun.admin', 'TENANT_ADMIN');
  const departments = await api(token, 'GET', '/api/v1/admin/departments');
  const legal = departments.find((d) => d.code === 'legal');
  const { page, context } = await signedIn(browser, { tenant, user: 'sun.admin', roles: ['TENANT_ADMIN'], language: 'en' });
  await page.getByRole('menuitem', { name: 'Settings' }).click();
  await page.getByRole('link', { name: 'Routing rules' }).click();
  await page.getByText('No rules yet').waitFor();

  await addRule(page, { name: 'Screens to product', field: 'Product or service', values: ['电视'], department: 'Product' });
  const legalRule = await addRule(page, { name: 'Legal threats', values: ['律师', '起诉'], department: 'Legal' });
  // the legal rule goes first: dragged onto the first card
  await legalRule.locator('.drag-handle').dragTo(page.locator('li.routing-rule').first().locator('.ant-card-head-title'));
  assert.deepEqual(await page.locator('li.routing-rule').evaluateAll((els) => els.map((e) => e.dataset.rule)),
    ['Legal threats', 'Screens to product']);

  // a sample routed by the unsaved rules: a TV complaint that threatens a lawyer goes to legal, by the first rule
  await page.getByLabel('Description').fill('电视屏幕坏了，再不处理我就找律师起诉');
  await page.getByLabel('Product or service name').fill('液晶电视');
  await page.getByTestId('routing-dry-run').click();
  const decision = page.getByTestId('routing-decision');
  await decision.waitFor();
  assert.equal(await decision.getAttribute('data-department'), legal.id);
  assert.match(await decision.textContent(), /To Legal, by the rule “Legal threats”/);
  assert.equal(await decision.locator('[data-trace]').count(), 1, 'the first rule that holds decides');
  assert.match(await decision.locator('[data-trace="Legal threats"]').textContent(), /律师.*起诉/);
  assert.equal((await api(token, 'GET', '/api/v1/admin/routing-rules')).version, 0, 'trying saves nothing');

  // an invalid draft is named at its field
  await page.getByTestId('routing-add').click();
  await page.getByTestId('routing-dry-run').click();
  await page.locator('li.routing-rule').last().locator('.ant-form-item-explain-error').first().waitFor();
  await page.locator('li.routing-rule').last().getByRole('button', { name: /^Remove the rule/ }).click();

  await page.getByTestId('routing-save').click();
  await page.getByText('Saved as version 1.').waitFor();
  await page.getByTestId('auto-route').click();
  await page.locator('[data-testid="auto-route"][aria-checked="true"]').waitFor();
  const saved = await api(token, 'GET', '/api/v1/admin/routing-rules');
  assert.deepEqual(saved.rules.map((r) => r.name), ['Legal threats', 'Screens to product']);
  assert.deepEqual(saved.rules[0].conditions, [{ field: 'KEYWORDS', values: ['律师', '起诉'] }]);
  await page.locator('[data-version="1"]').waitFor();
  await screenshot(page, 'routing-en');
  assert.deepEqual(await accessibilityViolations(page), []);
  await context.close();

  // a consumer complains through the public web form
  const consumer = await browser.newContext({ locale: 'zh-CN' });
  const form = await consumer.newPage();
  await form.goto(`${BASE_URL}/public/${tenant}/complaints/new?lang=en`);
  await form.getByLabel('Name *', { exact: true }).fill('周八');
  await form.getByLabel('Mobile phone').fill('13600136000');
  await form.getByLabel('Type *').selectOption('PRODUCT');
  await form.getByLabel('Product or service name *').fill('空调');
  await form.getByLabel('Describe the problem *').fill('空调安装后漏水，商家拒不处理，我已经咨询律师，准备起诉');
  await form.getByRole('button', { name: 'Submit complaint' }).click();
  await form.locator('#access-code').waitFor();
  await consumer.close();

  // it lands in legal, by the rule (routing runs right after the intake commits)
  const supervisor = await devToken(tenant, 'sup', 'SUPERVISOR');
  let routed;
  for (let i = 0; i < 40 && !routed?.departmentId; i++) {
    const list = await api(supervisor, 'GET', '/api/v1/complaints?size=5');
    routed = list.items.find((c) => c.channel === 'web');
    if (!routed?.departmentId) await new Promise((r) => setTimeout(r, 250));
  }
  assert.ok(routed, 'the web complaint is there');
  assert.equal(routed.departmentId, legal.id);
  const full = await api(supervisor, 'GET', `/api/v1/complaints/${routed.id}`);
  assert.equal(full.handovers.at(-1).toDepartmentId, legal.id);
  assert.equal(full.handovers.at(-1).note, 'routed by rule Legal threats');

  const zh = await signedIn(browser, { tenant, user: 'sun.admin', roles: ['TENANT_ADMIN'], language: 'zh-CN', path: '/console/admin/routing' });
  await zh.page.locator('li.routing-rule').first().waitFor();
  await screenshot(zh.page, 'routing-zh-CN');
  assert.deepEqual(await accessibilityViolations(zh.page), []);
  await zh.context.close();
});
