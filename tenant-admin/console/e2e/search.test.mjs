// A tenant admin keeps a brand name whole and adds a synonym group on the search words screen (a group of one word is
// refused at its field, a stale edit is told); an agent's open case shows the similar closed case whose consumer was
// satisfied, with the solution that worked — in both languages, without accessibility violations.
import { after, before, test } from 'node:test';
import assert from 'node:assert/strict';
import { accessibilityViolations, api, devToken, launchBrowser, newTenant, screenshot, signedIn, takeIn } from './support.mjs';

let browser;
before(async () => { browser = await launchBrowser(); });
after(async () => { await browser?.close(); });

test('an admin edits the search words and synonyms', { timeout: 180_000 }, async () => {
  const tenant = await newTenant('words-ui');
  const { page, context } = await signedIn(browser, { tenant, user: 'li.admin', roles: ['TENANT_ADMIN'], language: 'en' });
  await page.getByRole('menuitem', { name: 'Settings' }).click();
  await page.getByRole('link', { name: 'Search words' }).click();
  await page.getByTestId('vocabulary-revision').getByText('Platform defaults').waitFor();
  await page.getByTestId('synonym-group').nth(9).waitFor();
  assert.ok(await page.getByTestId('synonym-group').count() >= 10, 'the default synonym groups are listed');

  const words = page.getByLabel('Words kept whole');
  await words.fill('追觅');
  await words.press('Enter');
  await page.getByTestId('synonym-add').click();
  const group = page.getByTestId('synonym-group').first();
  const terms = group.getByLabel('Words and phrases');
  await terms.fill('拖把');
  await terms.press('Enter');
  await page.getByTestId('vocabulary-save').click();
  // one word is no group: refused at its field, nothing saved
  await group.getByText('must list 2 to 20 items').waitFor();
  await terms.fill('拖地');
  await terms.press('Enter');
  await page.getByTestId('vocabulary-save').click();
  await page.getByText('Saved: searches use these synonyms now').waitFor();
  await page.getByTestId('vocabulary-revision').getByText('Revision 1').waitFor();
  const saved = await api(await devToken(tenant, 'li.admin', 'TENANT_ADMIN'), 'GET', '/api/v1/admin/search-vocabulary');
  assert.ok(saved.words.includes('追觅'));
  assert.deepEqual(saved.synonyms[0].terms, ['拖把', '拖地']);

  // the English groups alone
  await page.getByRole('radiogroup', { name: 'Groups shown' }).getByText('English', { exact: true }).click();
  assert.ok(await page.locator('[data-testid="synonym-group"]:visible').count() >= 5);
  await page.getByRole('radiogroup', { name: 'Groups shown' }).getByText('All', { exact: true }).click();
  assert.deepEqual(await accessibilityViolations(page), []);
  await screenshot(page, 'search-words-en');

  // someone else saves meanwhile: this form's next save is told it is stale
  await api(await devToken(tenant, 'other.admin', 'TENANT_ADMIN'), 'PUT', '/api/v1/admin/search-vocabulary',
    { words: ['追觅'], synonyms: [] }, { 'If-Match': '"1"' });
  await page.getByTestId('vocabulary-save').click();
  await page.getByText('Someone changed the search words meanwhile').waitFor();
  await context.close();

  const zh = await signedIn(browser, { tenant, user: 'li.admin', roles: ['TENANT_ADMIN'], language: 'zh-CN', path: '/console/admin/search' });
  await zh.page.getByTestId('vocabulary-revision').getByText('第 2 版').waitFor();
  await zh.page.getByTestId('vocabulary-defaults').click();
  await zh.page.getByText('已将平台默认词库填入表单').waitFor();
  assert.deepEqual(await accessibilityViolations(zh.page), []);
  await screenshot(zh.page, 'search-words-zh');
  await zh.context.close();
});

test('an open case shows the similar resolved case and the solution that worked', { timeout: 180_000 }, async () => {
  const tenant = await newTenant('similar-ui');
  const sup = await devToken(tenant, 'zhao.sup', 'SUPERVISOR');
  const closed = await takeIn(sup, '洗衣机', '洗衣机脱水时剧烈晃动，噪音很大。');
  const path = `/api/v1/complaints/${closed.id}`;
  for (const [step, body] of [['triage', { category: 'PRODUCT_QUALITY', complexity: 'SIMPLE', urgency: 'NORMAL' }],
    ['assignment', { userId: 'zhao.sup' }], ['resolve', { resolution: '上门调整底脚并拆除运输螺栓后恢复正常' }],
    ['follow-ups', { outcome: 'SATISFIED', satisfaction: 5 }]]) {
    await api(sup, 'POST', `${path}/${step}`, body);
  }
  const open = await takeIn(sup, '滚筒洗衣机', '洗衣机一脱水就晃得厉害，声音特别大。');
  for (const language of ['en', 'zh-CN']) {
    const { page, context } = await signedIn(browser, { tenant, user: 'zhao.sup', roles: ['SUPERVISOR'], language,
      path: `/console/cases/${open.id}` });
    const panel = page.getByTestId('similar-resolved');
    await panel.getByText(closed.caseNumber).waitFor();
    await panel.getByText('上门调整底脚并拆除运输螺栓后恢复正常').waitFor();
    await panel.getByText(language === 'en' ? 'satisfaction 5/5' : '满意度 5/5', { exact: false }).waitFor();
    assert.deepEqual(await accessibilityViolations(page), []);
    await screenshot(page, `similar-resolved-${language}`);
    await panel.getByText(closed.caseNumber).click();
    await page.waitForURL(`**/cases/${closed.id}`);
    await context.close();
  }
});
