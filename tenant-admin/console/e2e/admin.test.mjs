// A tenant admin's departments screen: a new department with the server's field messages shown at the fields, its
// members and assignment mode, and an agent's availability — each checked through the API.
import { after, before, test } from 'node:test';
import assert from 'node:assert/strict';
import { accessibilityViolations, api, devToken, launchBrowser, newTenant, screenshot, signedIn } from './support.mjs';

let browser;
before(async () => { browser = await launchBrowser(); });
after(async () => { await browser?.close(); });

test('an admin adds a department, its members and how cases reach them, and sends an agent on leave', { timeout: 120_000 }, async () => {
  const tenant = await newTenant('admin');
  const token = await devToken(tenant, 'gao.admin', 'TENANT_ADMIN');
  const { page, context } = await signedIn(browser, { tenant, user: 'gao.admin', roles: ['TENANT_ADMIN'], language: 'zh-CN' });
  await page.getByRole('menuitem', { name: '管理设置' }).click();
  await page.locator('[data-department="product"]').waitFor();

  await page.getByRole('button', { name: '新建部门' }).click();
  const dialog = page.getByRole('dialog');
  await dialog.getByLabel('代码').fill('After Sales!');
  await dialog.getByLabel('中文名称').fill('售后专线');
  await dialog.getByLabel('英文名称').fill('After-sales line');
  await page.getByTestId('department-save').click();
  // the server refuses the code, in the reader's language, at the field
  const codeError = dialog.locator('.ant-form-item-has-error .ant-form-item-explain-error').first();
  await codeError.waitFor();
  assert.match(await codeError.textContent(), /[\u4e00-\u9fff]/, 'the message is in Chinese');
  await dialog.getByLabel('代码').fill('after-sales');
  await page.getByTestId('department-save').click();
  const card = page.locator('[data-department="after-sales"]');
  await card.waitFor();

  await card.getByLabel('为售后专线添加成员').fill('li.after');
  await card.getByRole('button', { name: '添加' }).click();
  await card.locator('[data-member="li.after"]').waitFor();
  await card.getByLabel('新案件 after-sales').click();
  await page.locator('.ant-select-dropdown:visible .ant-select-item-option', { hasText: '轮流分派' }).click();
  await page.waitForTimeout(300);

  const row = page.locator('[data-agent="li.after"]');
  await row.waitFor();
  await row.getByLabel('状态 li.after').click();
  await page.locator('.ant-select-dropdown:visible .ant-select-item-option', { hasText: '休假' }).click();
  await row.getByRole('alert').filter({ hasText: '请选择休假的最后一天' }).waitFor();
  const until = row.getByLabel('休假至 li.after');
  await until.click();
  await until.fill('2099-01-31');
  await until.press('Enter');
  await row.getByRole('alert').waitFor({ state: 'detached' });
  await page.waitForTimeout(500);
  await screenshot(page, 'admin-departments-zh-CN');
  assert.deepEqual(await accessibilityViolations(page), []);

  const departments = await api(token, 'GET', '/api/v1/admin/departments');
  const added = departments.find((d) => d.code === 'after-sales');
  assert.deepEqual(added.members, ['li.after']);
  assert.equal(added.assignmentMode, 'ROUND_ROBIN');
  assert.equal(added.nameEn, 'After-sales line');
  const agents = await api(token, 'GET', '/api/v1/admin/agents');
  assert.equal(agents.find((a) => a.userId === 'li.after').availability, 'ON_LEAVE');
  assert.equal(agents.find((a) => a.userId === 'li.after').onLeaveUntil, '2099-01-31');
  await context.close();
});
