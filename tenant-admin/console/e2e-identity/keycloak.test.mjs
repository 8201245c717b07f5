// Sign-in through a real Keycloak (deploy/keycloak/complaints-realm.json), against a server on the postgres and
// keycloak profiles that KeycloakSignInIT starts: the console's real login page in Chromium, organizations as
// tenants, realm roles, the access token renewed before it expires (the test gives the console client a short token
// lifetime), the old token refused once expired, tokens of another realm refused, tenant provisioning creating the
// organization, sign-out ending the Keycloak session.
import { after, before, test } from 'node:test';
import assert from 'node:assert/strict';
import { randomBytes } from 'node:crypto';
import { BASE_URL, launchBrowser, screenshot } from '../e2e/support.mjs';

const KEYCLOAK = process.env.KEYCLOAK_URL ?? 'http://localhost:8180';
const REALM = `${KEYCLOAK}/realms/complaints`;
const PASSWORD = process.env.KEYCLOAK_DEMO_PASSWORD ?? 'changeit';
const TOKEN_LIFETIME_S = Number(process.env.KEYCLOAK_TOKEN_LIFETIME ?? '20');
// Spring Security accepts a token up to 60 s past its expiry (clock skew)
const SKEW_S = 60;

let browser;
before(async () => { browser = await launchBrowser(); });
after(async () => { await browser?.close(); });

const payload = (token) => JSON.parse(Buffer.from(token.split('.')[1], 'base64url').toString());
const status = async (token, path) =>
  (await fetch(`${BASE_URL}${path}`, { headers: { Authorization: `Bearer ${token}` } })).status;
async function json(token, path) {
  const response = await fetch(`${BASE_URL}${path}`, { headers: { Authorization: `Bearer ${token}` } });
  const text = await response.text();
  assert.equal(response.status, 200, `${path}: ${text}`);
  return JSON.parse(text);
}

async function keycloakToken(realm, form) {
  const response = await fetch(`${KEYCLOAK}/realms/${realm}/protocol/openid-connect/token`, { method: 'POST',
    body: new URLSearchParams(form) });
  const text = await response.text();
  assert.equal(response.status, 200, `token of ${realm}: ${text}`);
  return JSON.parse(text).access_token;
}
const masterAdmin = () => keycloakToken('master', { grant_type: 'password', client_id: 'admin-cli',
  username: process.env.KEYCLOAK_ADMIN ?? 'admin', password: process.env.KEYCLOAK_ADMIN_PASSWORD ?? 'admin' });

async function keycloakAdmin(method, path, body) {
  const response = await fetch(`${KEYCLOAK}/admin/realms/complaints${path}`, { method,
    headers: { Authorization: `Bearer ${await masterAdmin()}`, ...(body ? { 'Content-Type': 'application/json' } : {}) },
    body: body ? JSON.stringify(body) : undefined });
  const text = await response.text();
  assert.ok(response.ok, `${method} ${path}: HTTP ${response.status} ${text}`);
  return text ? JSON.parse(text) : response.headers.get('location');
}

/**
 * Signs in through the console's button and Keycloak's login page; answers the page and the tokens the console sent
 * to the API, newest last.
 */
async function signInAtKeycloak(user, language, shot) {
  const context = await browser.newContext({ locale: language, viewport: { width: 1366, height: 900 } });
  const page = await context.newPage();
  page.on('pageerror', (e) => console.error(`[${user}] page error: ${e.message}`));
  const tokens = [];
  page.on('request', (r) => {
    const auth = r.headers().authorization;
    if (r.url().startsWith(`${BASE_URL}/api/`) && auth?.startsWith('Bearer ') && tokens.at(-1) !== auth.slice(7)) {
      tokens.push(auth.slice(7));
    }
  });
  await page.goto(`${BASE_URL}/console/`);
  await page.getByRole('button', { name: language === 'en' ? 'Sign in with your company account' : '使用公司账号登录' }).click();
  await page.waitForURL((url) => url.href.startsWith(REALM));
  await page.locator('#username').waitFor();
  if (shot) await screenshot(page, `keycloak-login-${language}`);
  // with organizations on, Keycloak asks for the user first (it could send an organization's users to their own
  // identity provider), then for the password
  await page.locator('#username').fill(user);
  await page.locator('#kc-login').click();
  await page.locator('#password').fill(PASSWORD);
  if (shot) await screenshot(page, `keycloak-password-${language}`);
  await page.locator('#kc-login').click();
  await page.waitForURL((url) => url.href.startsWith(`${BASE_URL}/console`) && !url.pathname.endsWith('/callback'));
  await page.getByTestId('current-user').waitFor();
  assert.equal(await page.getByTestId('current-user').textContent(), user);
  return { context, page, tokens };
}

test('staff sign in through Keycloak: organizations are tenants, realm roles are roles, tokens renew', { timeout: 300_000 }, async () => {
  // an agent of the demo organization, in Chinese (the realm's default language is also Chinese)
  const agent = await signInAtKeycloak('demo-agent', 'zh-CN', true);
  const first = agent.tokens.at(-1);
  const claims = payload(first);
  await agent.page.getByText('全部案件', { exact: true }).click();
  await agent.page.locator('tr[data-row-key]').first().waitFor();
  await screenshot(agent.page, 'keycloak-signed-in-agent-zh-CN');
  assert.deepEqual(claims.organization, ['demo']);
  assert.equal(claims.iss, REALM);
  assert.ok(claims.aud === 'complaint-platform' || claims.aud.includes('complaint-platform'), 'the platform audience');
  assert.ok(claims.exp - claims.iat <= TOKEN_LIFETIME_S, `a short-lived token (${claims.exp - claims.iat} s)`);
  const demoCases = (await json(first, '/api/v1/complaints?size=1')).totalItems;
  assert.ok(demoCases > 0, 'the demo tenant’s customer-service cases are visible to its agent (department claim)');
  assert.equal(await status(first, '/api/v1/admin/departments'), 403, 'an agent is no tenant admin');

  // the platform operator (organization "platform") provisions a tenant in the operator console: the platform
  // creates the Keycloak organization of that alias
  const slug = `kc-${randomBytes(4).toString('hex')}`;
  const operator = await signInAtKeycloak('operator', 'en', true);
  await operator.page.locator('[data-tenant="demo"]').waitFor();
  await screenshot(operator.page, 'keycloak-signed-in-operator-en');
  await operator.page.getByTestId('tenant-new').click();
  const dialog = operator.page.getByRole('dialog');
  await dialog.getByLabel('Slug').fill(slug);
  await dialog.getByLabel('Name', { exact: true }).fill(`身份测试 ${slug}`);
  await dialog.getByTestId('tenant-create').click();
  await operator.page.locator(`[data-tenant="${slug}"]`).waitFor();
  const organizations = await keycloakAdmin('GET', `/organizations?search=${slug}&briefRepresentation=true`);
  const organization = organizations.find((o) => o.alias === slug);
  assert.ok(organization, `Keycloak has the organization ${slug}`);
  assert.equal(await status(operator.tokens.at(-1), '/api/v1/complaints'), 403, 'an operator is no tenant staff');

  // Keycloak's admin (not the platform) adds a tenant admin to the new organization
  const location = await keycloakAdmin('POST', '/users', { username: `${slug}-admin`, enabled: true, email: `admin@${slug}.example`,
    emailVerified: true, firstName: 'Ada', lastName: 'Admin', credentials: [{ type: 'password', value: PASSWORD, temporary: false }] });
  const userId = location.split('/').at(-1);
  const role = await keycloakAdmin('GET', '/roles/TENANT_ADMIN');
  await keycloakAdmin('POST', `/users/${userId}/role-mappings/realm`, [role]);
  await fetch(`${KEYCLOAK}/admin/realms/complaints/organizations/${organization.id}/members`, { method: 'POST',
    headers: { Authorization: `Bearer ${await masterAdmin()}`, 'Content-Type': 'application/json' }, body: JSON.stringify(userId) })
    .then((r) => assert.equal(r.status, 201, 'member added'));
  const admin = await signInAtKeycloak(`${slug}-admin`, 'en', false);
  const adminToken = admin.tokens.at(-1);
  assert.deepEqual(payload(adminToken).organization, [slug]);
  assert.equal((await json(adminToken, '/api/v1/complaints?size=1')).totalItems, 0, 'a new tenant sees none of demo’s cases');
  const departments = await json(adminToken, '/api/v1/admin/departments');
  assert.equal(departments.length, 4, 'a tenant admin of the new tenant reads its four seeded departments');

  // tokens of another realm or issuer are refused
  assert.equal(await status(await masterAdmin(), '/api/v1/complaints'), 401, 'a master-realm token is refused');
  const forged = `${first.split('.')[0]}.${Buffer.from(JSON.stringify({ ...claims, exp: claims.exp + 3600 })).toString('base64url')}.${first.split('.')[2]}`;
  assert.equal(await status(forged, '/api/v1/complaints'), 401, 'a token whose payload was changed is refused');
  // a service account of the demo tenant (CTI, report pulls): the tenant comes from its hard-coded claim
  const service = await keycloakToken('complaints', { grant_type: 'client_credentials', client_id: 'demo-integrations',
    client_secret: process.env.KEYCLOAK_DEMO_SERVICE_SECRET ?? 'dev-demo-service-secret' });
  const everyDemoCase = (await json(service, '/api/v1/complaints?size=1')).totalItems;
  assert.ok(everyDemoCase > demoCases, 'a supervisor service account sees the whole tenant, more than one department');

  // past the first token's expiry the agent's console still works: it renewed the token before it expired
  const sleep = (ms) => new Promise((r) => setTimeout(r, ms));
  while (Date.now() < (claims.exp + 2) * 1000) await sleep(1000);
  await agent.page.getByText('全部案件', { exact: true }).click();
  const casePage = agent.page.waitForResponse((r) => /\/api\/v1\/complaints\/[0-9a-f-]{36}$/.test(r.url()));
  await agent.page.locator('tr[data-row-key] td.case-number a').first().click();
  assert.equal((await casePage).status(), 200, 'the case page loads with the renewed token');
  const latest = agent.tokens.at(-1);
  assert.notEqual(latest, first, 'the console calls the API with a renewed token');
  assert.ok(payload(latest).exp * 1000 > Date.now(), 'the renewed token is current');
  assert.equal(await status(latest, '/api/v1/complaints?size=1'), 200);
  assert.equal(await agent.page.getByRole('dialog').count(), 0, 'no "session ended" dialog');

  // the first token, once past its expiry (and the accepted clock skew), is refused
  const expiredBy = (claims.exp + SKEW_S + 2) * 1000;
  while (Date.now() < expiredBy) await sleep(1000);
  assert.equal(await status(first, '/api/v1/complaints?size=1'), 401, 'an expired token is refused');

  // signing out ends the Keycloak session: the next sign-in asks for the password again
  await agent.page.getByRole('button', { name: '退出登录' }).click();
  await agent.page.getByRole('button', { name: '使用公司账号登录' }).waitFor();
  await agent.page.getByRole('button', { name: '使用公司账号登录' }).click();
  await agent.page.locator('#username').waitFor();
  await screenshot(agent.page, 'keycloak-signed-out-zh-CN');
  for (const s of [agent, operator, admin]) await s.context.close();
});
