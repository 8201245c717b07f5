// The whole journey of a complaint through the console: a customer-service agent takes it in by phone, triages it
// with the hints and transfers it to product; a product agent, in a second browser context, sees it arrive in
// "Waiting for my acknowledgement" without reloading, acknowledges it, records progress and proposes a solution; the
// consumer accepts it on the public page; the follow-up survey closes it; the first agent's list shows CLOSED live.
import { after, before, test } from 'node:test';
import assert from 'node:assert/strict';
import { createServer } from 'node:http';
import { BASE_URL, api, devToken, launchBrowser, newTenant, openedDialog, screenshot, signedIn } from './support.mjs';

let browser;
let gateway;
const sms = [];

before(async () => {
  browser = await launchBrowser();
  // the SMS gateway the tenant's notifier sends the survey link to
  gateway = createServer((request, response) => {
    let body = '';
    request.on('data', (chunk) => (body += chunk));
    request.on('end', () => { sms.push(body); response.end(); });
  });
  await new Promise((resolve) => gateway.listen(0, '127.0.0.1', resolve));
});

after(async () => {
  await browser?.close();
  gateway?.close();
});

/**
 * Chooses an option of an antd Select by its field label, and checks the choice took: the dialog's content may still
 * move while its hints load, so a click can miss; each try opens the list from the keyboard and picks the option.
 */
async function choose(page, label, option) {
  const field = page.getByLabel(label, { exact: true });
  const item = page.locator('.ant-form-item').filter({ has: field });
  for (let attempt = 1; ; attempt++) {
    try {
      await field.focus();
      await field.press('ArrowDown');
      await page.locator('.ant-select-dropdown:visible .ant-select-item-option', { hasText: option }).first()
        .click({ timeout: 5_000 });
      await page.waitForTimeout(300); // the list's closing animation
      if ((await item.textContent()).includes(option)) return;
    } catch (e) {
      if (attempt === 3) throw e;
    }
    if (attempt === 3) throw new Error(`could not choose ${option} in ${label}`);
    await page.keyboard.press('Escape').catch(() => {});
  }
}

async function act(page, action, fill = async () => {}) {
  await page.locator(`[data-action="${action}"]`).click();
  const dialog = await openedDialog(page);
  await fill(dialog);
  await page.getByTestId('action-submit').click();
  try {
    await dialog.waitFor({ state: 'detached' });
  } catch (e) {
    await screenshot(page, `journey-failed-${action}`);
    throw e;
  }
}

test('a complaint goes from phone intake to closed through the console', { timeout: 240_000 }, async () => {
  const tenant = await newTenant('journey');
  const admin = await devToken(tenant, 'admin', 'TENANT_ADMIN');
  await api(admin, 'POST', '/api/v1/admin/notifiers', { id: 'sms', type: 'sms', events: ['FOLLOW_UP_SURVEY'],
    settings: { url: `http://127.0.0.1:${gateway.address().port}/send` } });

  const cs = await signedIn(browser, { tenant, user: 'wang.agent', department: 'customer-service', language: 'en' });
  const product = await signedIn(browser, { tenant, user: 'li.product', department: 'product', language: 'zh-CN' });
  await product.page.locator('[data-queue="AWAITING_ACKNOWLEDGEMENT"]').click();

  const step = (what) => console.log(`  journey: ${what}`);
  step('phone intake');
  const a = cs.page;
  await a.getByRole('menuitem', { name: 'New complaint' }).click();
  await a.getByLabel('Consumer name').fill('张三');
  await a.getByLabel('Phone').fill('+86 138 0013 8000');
  await a.getByLabel('Product or service').fill('电热水壶 K1');
  await a.getByLabel('What happened').fill('底座漏电，接触有麻手感，孩子差点受伤，我要投诉到消协');
  await a.getByLabel('What the consumer expects').fill('退货');
  await a.getByRole('button', { name: 'Take the complaint in' }).click();
  const created = await a.getByText(/^Complaint .* taken in$/).textContent();
  const caseNumber = created.replace(/^Complaint (\S+) taken in$/, '$1');
  const accessCode = (await a.getByTestId('access-code').textContent()).trim();
  await a.getByRole('button', { name: 'Open the case' }).click();
  // contact details masked until revealed
  assert.equal((await a.getByTestId('consumer-phone').textContent()).trim(), '****8000');
  await a.getByTestId('reveal-contact').click();
  await a.getByTestId('consumer-phone').filter({ hasText: '+86 138 0013 8000' }).waitFor();

  // triage with the hints: the evidence words are marked in the text
  step('triage');
  await act(a, 'TRIAGE', async (dialog) => {
    await dialog.getByTestId('triage-hints').waitFor();
    assert.ok(await dialog.getByTestId('evidence-text').locator('mark').count() >= 2, 'evidence words are marked');
    await choose(a, 'Category', 'Product quality');
    assert.equal(await dialog.getByRole('radio', { name: 'General' }).isChecked(), true, 'GENERAL is the default');
  });
  await a.locator('[data-status="TRIAGED"]').waitFor();
  await act(a, 'TRANSFER', async (dialog) => {
    await choose(a, 'To department', 'Product');
    await dialog.getByLabel('Handover note').fill('请安排检测');
  });
  await a.locator('[data-status="ASSIGNED"]').waitFor();
  await screenshot(a, 'journey-case-transferred-en');

  // the product agent's queue shows it without a reload
  step('the product queue, live');
  const b = product.page;
  const row = b.locator(`[data-case-number="${caseNumber}"]`);
  await row.waitFor({ timeout: 10_000 });
  await screenshot(b, 'journey-product-queue-zh-CN');
  await row.click();
  await act(b, 'ACKNOWLEDGE');
  await b.locator('[data-status="IN_PROGRESS"]').waitFor();
  await act(b, 'RECORD_PROGRESS', (dialog) => dialog.getByLabel('内容').fill('已收到样品，正在检测。'));
  await act(b, 'PROPOSE_SOLUTION', (dialog) => dialog.getByLabel('解决方案').fill('为您更换新品并补偿 100 元。'));
  await b.locator('[data-status="SOLUTION_PROPOSED"]').waitFor();

  // the first agent watches the list of all cases
  step("the first agent's list");
  await a.locator('[data-queue="ALL"]').click();
  await a.locator(`[data-case-number="${caseNumber}"]`).waitFor();

  // the consumer accepts on the public page
  step('the consumer accepts');
  const consumer = await browser.newContext({ locale: 'zh-CN' });
  const c = await consumer.newPage();
  await c.goto(`${BASE_URL}/console/track/${tenant}/${caseNumber}?code=${accessCode}`);
  await c.getByText('为您更换新品并补偿 100 元。').waitFor();
  await c.getByRole('button', { name: '接受此方案' }).click();
  await c.getByText('谢谢：您的投诉已解决。').waitFor();

  // the follow-up survey closes it
  step('the survey');
  const deadline = Date.now() + 30_000;
  let link;
  while (!link && Date.now() < deadline) {
    link = sms.map((m) => m.match(/\/public\/[a-z0-9-]+\/surveys\/[A-Za-z0-9_-]+/)?.[0]).find(Boolean);
    if (!link) await new Promise((r) => setTimeout(r, 250));
  }
  assert.ok(link, 'the survey link was sent');
  await c.goto(`${BASE_URL}${link}`);
  await c.locator('input[name="satisfaction"][value="5"]').check();
  await c.locator('input[name="solved"][value="yes"]').check();
  await c.getByRole('button', { name: '提交' }).click();
  await consumer.close();

  // ... and the first agent's list shows CLOSED without a reload
  step('CLOSED, live');
  await a.locator(`[data-case-number="${caseNumber}"] [data-status="CLOSED"]`).waitFor({ timeout: 10_000 });
  await screenshot(a, 'journey-list-closed-en');
  await cs.context.close();
  await product.context.close();
});
