// Every screen of the console, in both languages, on the demo tenant (which has months of cases): no untranslated
// key (neither reported by i18next nor left in the page's text) and no serious accessibility violation.
import { after, before, test } from 'node:test';
import assert from 'node:assert/strict';
import { accessibilityViolations, api, devToken, launchBrowser, screenshot, signedIn } from './support.mjs';
import { readFileSync } from 'node:fs';

let browser;
before(async () => { browser = await launchBrowser(); });
after(async () => { await browser?.close(); });

/** The screens a signed-in user reaches; `:case` is a case of the demo tenant. */
const STAFF_ROUTES = ['/cases', '/cases/:case', '/dashboard', '/measures', '/reports', '/intake/phone', '/intake/reception', '/calls',
  '/admin/departments', '/admin/sla', '/admin/calendars', '/admin/routing', '/admin/channels', '/admin/notifiers',
  '/admin/templates', '/admin/hints', '/admin/search', '/admin/follow-up', '/admin/audit', '/library', '/scorecards'];

/** Text that looks like one of our message keys ("calendar.kind.holiday"), i.e. a key shown instead of its text. */
const NAMESPACES = ['en.ts', 'en-screens.ts'].flatMap((file) => [...readFileSync(new URL(`../src/i18n/${file}`, import.meta.url), 'utf8')
  .matchAll(/^ {2}([A-Za-z]+): /gm)].map((m) => m[1]));
const KEY_LIKE = new RegExp(`\\b(?:${NAMESPACES.join('|')})\\.[A-Za-z_][\\w-]*(?:\\.[\\w-]+)*`, 'g');

for (const language of ['en', 'zh-CN']) {
  test(`every screen in ${language} is translated and accessible`, { timeout: 600_000 }, async () => {
    const token = await devToken('demo', 'route.walker', 'AGENT,SUPERVISOR,TENANT_ADMIN', 'customer-service');
    const someCase = (await api(token, 'GET', '/api/v1/complaints?size=1')).items[0];
    const { page, context } = await signedIn(browser, { tenant: 'demo', user: 'route.walker', language, department: 'customer-service',
      roles: ['AGENT', 'SUPERVISOR', 'TENANT_ADMIN'] });
    const untranslated = [];
    page.on('console', (m) => {
      const text = m.text();
      if (text.startsWith('untranslated key:')) untranslated.push(`${page.url()}: ${text}`);
    });
    const problems = [];
    for (const route of STAFF_ROUTES) {
      const path = route.replace(':case', someCase.id);
      await page.evaluate((p) => { window.history.pushState({}, '', `/console${p}`); window.dispatchEvent(new PopStateEvent('popstate')); }, path);
      await page.locator('main h4, main h1, main h2, main [role="heading"]').first().waitFor({ timeout: 20_000 })
        .catch(() => problems.push(`${route}: no heading`));
      await page.waitForTimeout(1200);
      assert.equal(new URL(page.url()).pathname, `/console${path}`, `${route} is a screen of its own (not redirected)`);
      const text = await page.locator('body').innerText();
      for (const key of text.match(KEY_LIKE) ?? []) problems.push(`${route}: key shown as text: ${key}`);
      for (const violation of await accessibilityViolations(page)) problems.push(`${route}: ${violation}`);
      if (['/admin/templates', '/admin/hints', '/admin/follow-up', '/library', '/scorecards'].includes(route)) await screenshot(page, `route${route.replaceAll('/', '-')}-${language}`);
    }
    assert.deepEqual([...problems, ...untranslated], []);
    await context.close();
  });
}
