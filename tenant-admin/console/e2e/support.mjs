// Shared set-up of the console's browser tests: Debian's Chromium driven by playwright-core (never a downloaded
// browser), the server under test at CONSOLE_BASE_URL, tokens from its development issuer, screenshots kept in
// test-results/ for people to look at.
import { mkdirSync } from 'node:fs';
import { randomBytes } from 'node:crypto';
import { join } from 'node:path';
import { chromium } from 'playwright-core';

export const BASE_URL = process.env.CONSOLE_BASE_URL ?? 'http://localhost:8080';
export const ARTIFACTS = process.env.CONSOLE_ARTIFACTS ?? join(process.cwd(), 'test-results');
mkdirSync(ARTIFACTS, { recursive: true });

/**
 * Chromium from the OS (CHROMIUM_PATH, default /usr/bin/chromium), headless, with the flags that keep it off the
 * network: without the background-networking ones it floods a closed network. Playwright gives every launch a new,
 * empty profile directory of its own (a fresh user data dir).
 */
export async function launchBrowser() {
  return chromium.launch({
    executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
    headless: true,
    args: ['--headless', '--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run',
      '--disable-background-networking', '--disable-component-update', '--disable-sync'],
  });
}

/** A token of the development issuer. */
export async function devToken(tenant, user, roles, department) {
  const body = new URLSearchParams({ tenant, user, roles });
  if (department) body.set('department', department);
  const response = await fetch(`${BASE_URL}/dev/token`, { method: 'POST', body });
  if (!response.ok) throw new Error(`dev token: HTTP ${response.status} ${await response.text()}`);
  return (await response.json()).access_token;
}

/** Calls the API with a token; answers the parsed JSON, or throws with the problem. */
export async function api(token, method, path, body, headers = {}) {
  const response = await fetch(`${BASE_URL}${path}`, {
    method,
    headers: { Authorization: `Bearer ${token}`, ...(body ? { 'Content-Type': 'application/json' } : {}), ...headers },
    body: body ? JSON.stringify(body) : undefined,
  });
  const text = await response.text();
  if (!response.ok) throw new Error(`${method} ${path}: HTTP ${response.status} ${text}`);
  return text ? JSON.parse(text) : undefined;
}

/** A new tenant with the standard departments (customer service, product, service, legal). */
export async function newTenant(prefix) {
  const operator = await devToken('platform', 'operator', 'PLATFORM_OPERATOR');
  const slug = `${prefix}-${randomBytes(6).toString('hex')}`;
  await api(operator, 'POST', '/api/v1/platform/tenants',
    { slug, displayName: `${prefix} 测试公司`, timeZone: 'Asia/Shanghai', locale: 'zh-CN' });
  return slug;
}

/** A fresh browser context in a language, signed in through the development sign-in form. */
export async function signedIn(browser, { tenant = 'demo', user, roles = ['AGENT'], department, language = 'en',
  viewport = { width: 1366, height: 900 }, path = '/console/' }) {
  const context = await browser.newContext({ locale: language, viewport });
  // the language this user chose before (the console remembers it per user); the sign-in form follows the browser's
  await context.addInitScript(([key, value]) => localStorage.setItem(key, value), [`console.language.${user}`, language]);
  const page = await context.newPage();
  page.on('pageerror', (e) => console.error(`[${user}] page error: ${e.message}`));
  await page.goto(`${BASE_URL}${path}`);
  await page.getByRole('textbox', { name: language === 'en' ? 'Tenant' : '租户', exact: true }).fill(tenant);
  await page.getByRole('textbox', { name: language === 'en' ? 'User id' : '用户 ID', exact: true }).fill(user);
  for (const role of ['AGENT', 'SUPERVISOR', 'TENANT_ADMIN', 'PLATFORM_OPERATOR']) {
    const box = page.getByRole('checkbox', { name: role, exact: true });
    if ((await box.isChecked()) !== roles.includes(role)) await box.click();
  }
  if (department) await page.getByRole('radio', { name: department, exact: true }).check();
  await page.getByRole('button', { name: language === 'en' ? 'Sign in' : '登录' }).click();
  await page.getByTestId('current-user').waitFor();
  return { context, page };
}

/**
 * The open dialog, once its opening animation has ended: antd's zoom starts paused at a fifth of the dialog's size, so
 * a click aimed at a button in that first frame lands beside it when the animation runs, and is lost.
 */
export async function openedDialog(page) {
  const dialog = page.getByRole('dialog');
  await dialog.waitFor();
  await page.locator('.ant-modal:is(.ant-zoom-appear, .ant-zoom-enter)').waitFor({ state: 'detached' });
  return dialog;
}

export async function screenshot(page, name) {
  const path = join(ARTIFACTS, `${name}.png`);
  await page.screenshot({ path, fullPage: true });
  return path;
}

/** A case taken in through the API by a staff member; answers the case. */
export async function takeIn(token, subject, description = '产品有质量问题，要求处理') {
  return api(token, 'POST', '/api/v1/complaints', { channel: 'phone',
    consumer: { name: '李四', phone: '+86 139 0000 0000' }, subject: { type: 'PRODUCT', name: subject },
    description, expectedResolution: '换货' });
}

/**
 * The serious and critical accessibility violations axe-core finds on the page (axe-core from the console's npm
 * packages, injected into the page).
 */
export async function accessibilityViolations(page) {
  // the page at rest: a button left hovered by the last click shows its passing hover colours, and a colour caught
  // halfway through a transition (a button becoming enabled as data arrives) is no colour anyone reads
  await page.mouse.move(0, 0);
  await page.addStyleTag({ content: '*, *::before, *::after { transition: none !important; animation: none !important; }' });
  await page.addScriptTag({ path: new URL('../node_modules/axe-core/axe.min.js', import.meta.url).pathname });
  const results = await page.evaluate(() => globalThis.axe.run(document, { resultTypes: ['violations'] }));
  return results.violations.filter((v) => v.impact === 'serious' || v.impact === 'critical')
    .map((v) => `${v.id} (${v.impact}): ${v.help} — ${v.nodes.slice(0, 3).map((n) => n.target.join(' ')).join(' | ')}`);
}
