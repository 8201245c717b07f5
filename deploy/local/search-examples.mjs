#!/usr/bin/env node
// The search examples of the README, checked against a running server: takes a new tenant (through the development
// token issuer, so a server that has it: the embedded default, or any profile with complaints.security.dev-token
// enabled), takes the example complaints in, waits until they are searchable (the Elasticsearch adapter indexes
// asynchronously), runs each example query and says which complaints it found; exits 1 when one finds other ones
// than it should.
// Usage: node deploy/local/search-examples.mjs [base URL, default http://localhost:8080]
const BASE = process.argv[2] ?? 'http://localhost:8080';

async function token(tenant, user, roles) {
  const r = await fetch(`${BASE}/dev/token`, { method: 'POST', body: new URLSearchParams({ tenant, user, roles }) });
  if (!r.ok) throw new Error(`dev token: HTTP ${r.status} ${await r.text()}`);
  return (await r.json()).access_token;
}

async function call(bearer, method, path, body) {
  const r = await fetch(`${BASE}${path}`, { method, body: body && JSON.stringify(body),
    headers: { Authorization: `Bearer ${bearer}`, ...(body ? { 'Content-Type': 'application/json' } : {}) } });
  const text = await r.text();
  if (!r.ok) throw new Error(`${method} ${path}: HTTP ${r.status} ${text}`);
  return text ? JSON.parse(text) : undefined;
}

// key: [product, description]
const COMPLAINTS = {
  washer: ['洗衣机', '洗衣机脱水时噪音很大，整台机器都在晃动。'],
  fridgeNoise: ['冰箱', '冰箱压缩机噪音大，晚上吵得睡不着。'],
  screen: ['手机', '手机屏幕一直在闪烁，看视频时尤其明显。'],
  handbag: ['手提包', '在机场免税店买的手提包，拉链第二天就坏了。'],
  logistics: ['网购', '物流信息三天没有更新，客服也说不清楚货在哪里。'],
  parcel: ['网购', '快件被别人签收了，我根本没有收到。'],
  fastFood: ['快餐', '快餐店的汉堡里有头发。'],
  repair: ['空调', '空调修理后第二天又不制冷了，修理费却收了三百元。'],
  returned: ['Headphones', 'I returned the headphones two weeks ago and still have no refund.'],
  charged: ['Mobile plan', 'I was charged twice for the same monthly plan.'],
  cart: ['Shopping app', 'The shopping cart kept emptying itself before checkout.'],
  start: ['Car', 'The car would not start on cold mornings.'],
  art: ['Art supplies', 'The art set was missing half of the paint tubes.'],
  wrongSize: ['Shoes', 'The shoes are the wrong size, I ordered 42 and received 39.'],
  farApart: ['Dress', 'Received the wrong dress; the size chart on the site was also misleading.'],
  sku: ['扫地机器人', '型号XK-20931的扫地机器人充电座不亮。'],
  otherSku: ['扫地机器人', '型号XK-20913的扫地机器人边刷掉了。'],
};

// query → the complaints it must find (exactly these)
const EXAMPLES = [
  ['洗衣机噪音', ['washer']],
  ['屏幕闪烁', ['screen']],
  ['手机', ['screen']],
  ['快递', ['logistics', 'parcel']],
  ['维修', ['repair']],
  ['return', ['returned']],
  ['charge', ['charged']],
  ['art', ['art']],
  ['"wrong size"', ['wrongSize']],
  ['wrong size', ['wrongSize', 'farApart']],
  ['XK-20931', ['sku']],
  ['20931', ['sku']],
];

const operator = await token('platform', 'operator', 'PLATFORM_OPERATOR');
const tenant = `search-examples-${Date.now().toString(36)}`;
await call(operator, 'POST', '/api/v1/platform/tenants', { slug: tenant, displayName: 'Search examples', timeZone: 'Asia/Shanghai', locale: 'zh-CN' });
const staff = await token(tenant, 'examples', 'SUPERVISOR');
const keys = {};
let n = 0;
for (const [key, [product, description]] of Object.entries(COMPLAINTS)) {
  const c = await call(staff, 'POST', '/api/v1/complaints', { channel: 'web', description,
    consumer: { name: `Consumer ${++n}`, phone: `+86 139 0000 ${String(1000 + n)}` }, subject: { type: 'PRODUCT', name: product } });
  keys[c.id] = key;
}
const total = Object.keys(COMPLAINTS).length;
for (let waited = 0; ; waited += 500) {
  const all = await call(staff, 'GET', '/api/v1/search/complaints?size=1');
  if (all.total === total) break;
  if (waited > 60_000) throw new Error(`only ${all.total} of ${total} complaints searchable after 60 s`);
  await new Promise((resolve) => setTimeout(resolve, 500));
}
let failed = 0;
console.log(`tenant ${tenant} on ${BASE}`);
for (const [q, expected] of EXAMPLES) {
  const r = await call(staff, 'GET', `/api/v1/search/complaints?size=50&q=${encodeURIComponent(q)}`);
  const found = r.hits.map((h) => keys[h.id]);
  const ok = found.length === expected.length && expected.every((k) => found.includes(k));
  failed += ok ? 0 : 1;
  console.log(`${ok ? 'ok  ' : 'FAIL'} ${q.padEnd(14)} → ${found.join(', ') || '(nothing)'}${ok ? '' : `   expected: ${expected.join(', ')}`}`);
}
process.exit(failed ? 1 : 0);
