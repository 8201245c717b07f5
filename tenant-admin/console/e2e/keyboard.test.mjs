// Keyboard-only triage, the list and the case page in both languages (screenshots kept for people to look at), and
// no serious accessibility violation on them (axe-core).
import { after, before, test } from 'node:test';
import assert from 'node:assert/strict';
import { accessibilityViolations, api, devToken, launchBrowser, newTenant, screenshot, signedIn, takeIn } from './support.mjs';

let browser;
before(async () => { browser = await launchBrowser(); });
after(async () => { await browser?.close(); });

/** Presses Tab until the focused element matches, at most `max` times. */
async function tabTo(page, matches, max = 60) {
  for (let i = 0; i < max; i++) {
    await page.keyboard.press('Tab');
    if (await page.evaluate(matches)) return;
  }
  throw new Error(`no focusable element matched after ${max} tabs`);
}

test('an agent triages a case with the keyboard alone', { timeout: 120_000 }, async () => {
  const tenant = await newTenant('keys');
  const token = await devToken(tenant, 'feng.agent', 'AGENT', 'customer-service');
  const older = await takeIn(token, '电风扇');
  const newer = await takeIn(token, '电暖器');
  const { page, context } = await signedIn(browser, { tenant, user: 'feng.agent', department: 'customer-service', language: 'en' });
  await page.locator(`[data-case-number="${newer.caseNumber}"]`).waitFor();
  await page.keyboard.press('j');
  assert.equal(await page.locator('tr[aria-selected="true"]').getAttribute('data-case-number'), older.caseNumber);
  await page.keyboard.press('k');
  await page.keyboard.press('j');
  await page.keyboard.press('Enter');
  await page.locator('[data-action="TRIAGE"]').waitFor();
  assert.match(page.url(), new RegExp(`/console/cases/${older.id}$`));

  await tabTo(page, () => document.activeElement?.getAttribute('data-action') === 'TRIAGE');
  await page.keyboard.press('Enter');
  await page.getByRole('dialog').waitFor();
  await tabTo(page, () => document.activeElement?.id === 'category');
  await page.keyboard.press('ArrowDown');
  await page.keyboard.press('Enter');
  await tabTo(page, () => document.activeElement?.getAttribute('data-testid') === 'action-submit');
  await page.keyboard.press('Enter');
  await page.locator('[data-status="TRIAGED"]').waitFor();
  const now = await api(token, 'GET', `/api/v1/complaints/${older.id}`);
  assert.equal(now.status, 'TRIAGED');
  assert.equal(now.category, 'PRODUCT_QUALITY');
  await page.keyboard.press('Escape');
  await page.locator('[data-queue]').first().waitFor();
  await context.close();
});

for (const language of ['en', 'zh-CN']) {
  test(`the list and the case page in ${language}: screenshots, no serious accessibility violation`, { timeout: 120_000 }, async () => {
    const tenant = await newTenant(`look-${language.toLowerCase()}`);
    const token = await devToken(tenant, 'chen.agent', 'AGENT', 'customer-service');
    const c = await takeIn(token, '电热水壶 K1', '底座漏电，接触有麻手感，孩子差点受伤');
    await api(token, 'POST', `/api/v1/complaints/${c.id}/triage`, { category: 'PRODUCT_QUALITY', complexity: 'GENERAL', urgency: 'URGENT', urgencyReason: '安全隐患' });
    await takeIn(token, '洗衣机');
    const { page, context } = await signedIn(browser, { tenant, user: 'chen.agent', department: 'customer-service', language });
    await page.locator(`[data-case-number="${c.caseNumber}"]`).waitFor();
    await screenshot(page, `list-${language}`);
    assert.deepEqual(await accessibilityViolations(page), [], 'the list');
    await page.locator(`[data-case-number="${c.caseNumber}"]`).click();
    await page.locator('[data-action="TRANSFER"]').waitFor();
    await page.locator('[data-timeline-type="TRIAGED"]').waitFor();
    await screenshot(page, `case-${language}`);
    assert.deepEqual(await accessibilityViolations(page), [], 'the case page');

    await context.close();

    // the list on a phone: the queues behind a menu button, the table scrolling inside its own box, not the page
    const phone = await signedIn(browser, { tenant, user: 'chen.agent', department: 'customer-service', language,
      viewport: { width: 390, height: 844 } });
    await phone.page.locator(`[data-case-number="${c.caseNumber}"]`).waitFor();
    await screenshot(phone.page, `list-phone-${language}`);
    assert.ok(await phone.page.evaluate(() => document.documentElement.scrollWidth <= window.innerWidth + 1),
      'the page itself does not scroll sideways');
    await phone.page.getByRole('button', { name: language === 'en' ? 'Queues' : '队列' }).click();
    await phone.page.locator('[data-queue="ALL"]').click();
    await phone.page.locator(`[data-case-number="${c.caseNumber}"]`).waitFor();
    await phone.context.close();
  });
}
