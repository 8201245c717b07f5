// A consumer's request answered from the console: the admin finds the consumer's cases by phone, downloads the copy,
// is refused the erasure while the legal department holds one case (with the hold's reason), and erases the identity
// once the hold is released; the retention policy and the access log are on the same screen. Both languages.
import { after, before, test } from 'node:test';
import assert from 'node:assert/strict';
import { readFile } from 'node:fs/promises';
import { accessibilityViolations, api, devToken, launchBrowser, newTenant, screenshot, signedIn } from './support.mjs';

let browser;
before(async () => { browser = await launchBrowser(); });
after(async () => { await browser?.close(); });

const PHONE = '13700005555';

async function casesOfOneConsumer(tenant) {
  const agent = await devToken(tenant, 'cs.wu', 'AGENT', 'customer-service');
  const body = (description) => ({ channel: 'phone', consumer: { name: '吴敏', phone: `+86 ${PHONE}`, address: '杭州市西湖区文三路90号' },
    subject: { type: 'PRODUCT', name: '扫地机器人 R5' }, description, expectedResolution: '维修' });
  const first = await api(agent, 'POST', '/api/v1/complaints', body('吴敏反映扫地机器人充电后无法启动'));
  const second = await api(agent, 'POST', '/api/v1/complaints', body('扫地机器人维修后再次无法充电'));
  return { first, second };
}

test('an admin answers a consumer’s access and deletion request, refused while a case is held', { timeout: 180_000 }, async () => {
  const tenant = await newTenant('privacy');
  const { first, second } = await casesOfOneConsumer(tenant);
  const admin = await devToken(tenant, 'he.admin', 'TENANT_ADMIN');

  // a case in dispute, transferred to the legal department, which sets the hold on the case page
  const agent = await devToken(tenant, 'cs.wu', 'AGENT', 'customer-service');
  const legalToken = await devToken(tenant, 'fa.legal', 'AGENT', 'legal');
  const departments = await api(admin, 'GET', '/api/v1/admin/departments');
  await api(agent, 'POST', `/api/v1/complaints/${second.id}/triage`, { category: 'PRODUCT_QUALITY', complexity: 'COMPLEX', urgency: 'NORMAL' });
  const moved = await api(agent, 'POST', `/api/v1/complaints/${second.id}/transfers`,
    { toDepartmentId: departments.find((d) => d.code === 'legal').id, note: '消费者起诉' });
  await api(legalToken, 'POST', `/api/v1/complaints/${second.id}/transfers/${moved.handovers[0].id}/acknowledge`);
  const legal = await signedIn(browser, { tenant, user: 'fa.legal', roles: ['AGENT'], department: 'legal', language: 'zh-CN',
    path: `/console/cases/${second.id}` });
  await legal.page.getByTestId('legal-hold-input').fill('消费者已起诉，(2026)浙0106民初88号');
  await legal.page.getByTestId('legal-hold-place').click();
  await legal.page.getByTestId('legal-hold-reason').filter({ hasText: '民初88号' }).waitFor();
  await screenshot(legal.page, 'case-legal-hold-zh-CN');
  await legal.context.close();

  const { page, context } = await signedIn(browser, { tenant, user: 'he.admin', roles: ['TENANT_ADMIN'], language: 'zh-CN',
    path: '/console/admin/personal-data' });
  await page.getByTestId('consumer-request').waitFor();
  await page.getByTestId('request-phone').fill(PHONE);
  // no reason, no lookup
  await page.getByTestId('request-lookup').click();
  await page.locator('.ant-form-item-has-error').first().waitFor();
  await page.getByTestId('request-reason').fill('消费者来电申请查阅并删除，工单 PIPL-7，已核验身份');
  await page.getByTestId('request-lookup').click();
  const rows = page.getByTestId('request-cases').locator('tbody tr');
  await rows.nth(1).waitFor();
  assert.equal(await rows.count(), 2);
  await page.getByTestId('request-cases').getByText('民初88号').waitFor();

  const [download] = await Promise.all([page.waitForEvent('download'), page.getByTestId('request-export-json').click()]);
  const exported = JSON.parse(await readFile(await download.path(), 'utf8'));
  assert.equal(exported.cases.length, 2);
  assert.equal(exported.cases[0].consumer.name, '吴敏');

  await page.getByTestId('request-erase').click();
  await page.getByTestId('request-erase-confirm').click();
  const refusal = page.getByTestId('request-outcome');
  await refusal.filter({ hasText: '民初88号' }).waitFor();
  await page.waitForTimeout(300);
  await screenshot(page, 'personal-data-refused-zh-CN');
  assert.equal((await api(admin, 'POST', `/api/v1/complaints/${first.id}/contact/reveal`)).name, '吴敏', 'nothing was erased');

  await api(admin, 'DELETE', `/api/v1/complaints/${second.id}/legal-hold`);
  await page.getByTestId('request-erase').click();
  await page.getByTestId('request-erase-confirm').click();
  await refusal.filter({ hasText: '2' }).and(page.locator('.ant-alert-success')).waitFor();
  await page.getByTestId('request-cases').getByText('已删除').nth(1).waitFor();
  assert.equal((await api(admin, 'POST', `/api/v1/complaints/${first.id}/contact/reveal`)).name, '[anonymised]');

  // the retention policy, saved from the same screen
  await page.getByTestId('retention-days').fill('180');
  await page.getByTestId('retention-save').click();
  await page.getByTestId('retention-policy').locator('.ant-alert-success').waitFor();
  assert.equal((await api(admin, 'GET', '/api/v1/admin/personal-data/retention-policy')).anonymiseAfterBusinessDays, 180);

  await page.getByTestId('access-log').locator('tr[data-action="ERASURE"]').first().waitFor();
  await page.getByTestId('keys-status').waitFor();
  await page.waitForTimeout(300);
  await screenshot(page, 'personal-data-zh-CN');
  assert.deepEqual(await accessibilityViolations(page), []);
  await context.close();

  const english = await signedIn(browser, { tenant, user: 'he.admin', roles: ['TENANT_ADMIN'], language: 'en',
    path: '/console/admin/personal-data' });
  await english.page.getByTestId('access-log').locator('tr[data-action="LOOKUP"]').first().waitFor();
  await english.page.getByText('Identity erased on request').first().waitFor();
  await english.page.waitForTimeout(300);
  await screenshot(english.page, 'personal-data-en');
  assert.deepEqual(await accessibilityViolations(english.page), []);
  await english.context.close();
});
