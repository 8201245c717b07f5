// A tenant admin imports a public-holiday feed with a make-up working day into the company calendar: the screen lists
// what the feed changes before anything is saved, the deadline preview moves one working day earlier once it is
// applied, the year view shows the days, and a complaint received at that moment gets exactly the previewed deadline.
import { after, before, test } from 'node:test';
import assert from 'node:assert/strict';
import { accessibilityViolations, api, devToken, launchBrowser, newTenant, screenshot, signedIn } from './support.mjs';

let browser;
before(async () => { browser = await launchBrowser(); });
after(async () => { await browser?.close(); });

/** A date in Shanghai, days from today, as YYYY-MM-DD. */
function shanghaiDate(offsetDays) {
  return new Intl.DateTimeFormat('en-CA', { timeZone: 'Asia/Shanghai' }).format(new Date(Date.now() + offsetDays * 86_400_000));
}

/** The Friday two to three weeks ago (Shanghai), so everything under test is in the past and fixed. */
function aFridayWeeksAgo() {
  for (let back = 14; back < 21; back++) {
    const date = shanghaiDate(-back);
    if (new Date(`${date}T12:00:00Z`).getUTCDay() === 5) return date;
  }
  throw new Error('no Friday in a week');
}

function plusDays(date, days) {
  return new Date(Date.parse(`${date}T00:00:00Z`) + days * 86_400_000).toISOString().slice(0, 10);
}

function feed(makeUpDay, holiday) {
  const compact = (d) => d.replaceAll('-', '');
  return [
    'BEGIN:VCALENDAR', 'VERSION:2.0', 'PRODID:-//Test//Holidays//CN',
    'BEGIN:VEVENT', 'UID:makeup', 'DTSTAMP:20260101T000000Z', `DTSTART;VALUE=DATE:${compact(makeUpDay)}`, 'SUMMARY:春节 补班', 'END:VEVENT',
    'BEGIN:VEVENT', 'UID:holiday', 'DTSTAMP:20260101T000000Z', `DTSTART;VALUE=DATE:${compact(holiday)}`, 'SUMMARY:春节', 'END:VEVENT',
    'END:VCALENDAR', '',
  ].join('\r\n');
}

test('an admin previews and applies a holiday feed, and the deadlines follow it', { timeout: 180_000 }, async () => {
  const tenant = await newTenant('cal-ui');
  const token = await devToken(tenant, 'qian.admin', 'TENANT_ADMIN');
  const friday = aFridayWeeksAgo();
  const saturday = plusDays(friday, 1);
  const later = plusDays(friday, 12); // a Wednesday, after the deadline: changes the day but not this deadline
  const { page, context } = await signedIn(browser, { tenant, user: 'qian.admin', roles: ['TENANT_ADMIN'], language: 'en' });
  await page.getByRole('menuitem', { name: 'Settings' }).click();
  await page.getByRole('link', { name: 'Calendars' }).click();

  // a complaint received on that Friday at 10:00, before the feed
  const picker = page.locator('#calendar-received');
  await picker.click();
  await picker.fill(`${friday} 10:00`);
  await picker.press('Enter');
  const general = page.locator('[data-deadline="GENERAL-RESOLUTION"]');
  await page.waitForFunction((d) => document.querySelector('[data-deadline="GENERAL-RESOLUTION"]')?.getAttribute('data-due')
    && document.querySelector('#calendar-received')?.value.startsWith(d), friday);
  const before5 = await general.getAttribute('data-due');
  assert.match(await general.textContent(), /within 5 working days/);

  // the feed, read from a file: nothing saved by the preview
  await page.getByTestId('calendar-file').setInputFiles({ name: 'holidays.ics', mimeType: 'text/calendar',
    buffer: Buffer.from(feed(saturday, later)) });
  await page.getByTestId('calendar-preview').click();
  const changes = page.getByTestId('calendar-changes');
  await changes.waitFor();
  assert.match(await changes.textContent(), /2 days added/);
  assert.match(await changes.locator(`[data-date="${saturday}"]`).textContent(), /Make-up working day · 春节 补班/);
  assert.match(await changes.locator(`[data-date="${later}"]`).textContent(), /Holiday · 春节/);
  const calendars = await api(token, 'GET', '/api/v1/admin/calendars');
  assert.deepEqual(calendars[0].specialDays, [], 'the preview saves nothing');
  assert.equal(await general.getAttribute('data-due'), before5);
  await screenshot(page, 'calendar-import-en');

  await page.getByTestId('calendar-apply').click();
  await page.getByText('Imported: 2 added, 0 changed, 0 removed.').waitFor();
  await page.waitForFunction((d) => document.querySelector('[data-deadline="GENERAL-RESOLUTION"]')?.getAttribute('data-due') !== d, before5);
  const moved = await general.getAttribute('data-due');
  // the Saturday is worked: the fifth working day comes one working day sooner (Friday counts from Monday → Thursday)
  assert.ok(new Date(moved) < new Date(before5), `${moved} before ${before5}`);
  assert.equal(new Date(before5).getTime() - new Date(moved).getTime(), 86_400_000, 'one working day sooner, same hour');

  // the year view shows the days; the calendar is at the feed's year
  const year = Number(friday.slice(0, 4));
  while (Number(await page.getByTestId('calendar-year').textContent()) > year) await page.getByRole('button', { name: 'Previous year' }).click();
  assert.equal(await page.locator(`td[data-date="${saturday}"]`).getAttribute('data-kind'), 'make-up');
  assert.equal(await page.locator(`td[data-date="${later}"]`).getAttribute('data-kind'), 'holiday');
  assert.equal(await page.locator(`td[data-date="${friday}"]`).getAttribute('data-kind'), 'working');
  assert.deepEqual(await accessibilityViolations(page), []);

  // a complaint received at that moment (recorded afterwards, as a call taken on paper) gets the previewed deadline
  const receipt = await api(token, 'POST', '/api/v1/complaints', { channel: 'phone', receivedAt: `${friday}T10:00:00+08:00`,
    consumer: { name: '王五', phone: '+86 137 0000 0000' }, subject: { type: 'PRODUCT', name: '电热水壶' },
    description: '水壶漏水，要求更换', expectedResolution: '换货' });
  await api(token, 'POST', `/api/v1/complaints/${receipt.id}/triage`, { category: 'PRODUCT_QUALITY', complexity: 'GENERAL',
    urgency: 'NORMAL' }, { 'If-Match': `"${receipt.version}"` });
  const complaint = await api(token, 'GET', `/api/v1/complaints/${receipt.id}`);
  const resolution = complaint.clocks.find((c) => c.metric === 'RESOLUTION');
  assert.equal(new Date(resolution.dueAt).getTime(), new Date(moved).getTime());

  await context.close();

  const zh = await signedIn(browser, { tenant, user: 'qian.admin', roles: ['TENANT_ADMIN'], language: 'zh-CN' });
  await zh.page.getByRole('menuitem', { name: '管理设置' }).click();
  await zh.page.getByRole('link', { name: '工作日历' }).click();
  await zh.page.getByTestId('calendar-year').waitFor();
  while (Number(await zh.page.getByTestId('calendar-year').textContent()) > year) await zh.page.getByRole('button', { name: '上一年' }).click();
  await zh.page.locator(`td[data-date="${saturday}"]`).waitFor();
  // one day by hand, in Chinese: the afternoon after the holiday off too
  const afternoon = plusDays(later, 1);
  await zh.page.locator(`td[data-date="${afternoon}"] button`).click();
  const dialog = zh.page.getByRole('dialog');
  await dialog.getByText('节假日', { exact: true }).click();
  await dialog.getByLabel('名称（如 国庆节）').fill('春节 调休');
  await dialog.getByLabel('仅这些时段放假').fill('13:30-18:00');
  await dialog.getByTestId('day-save').click();
  await zh.page.locator(`td[data-date="${afternoon}"][data-kind="partial-holiday"]`).waitFor();
  const saved = (await api(token, 'GET', '/api/v1/admin/calendars'))[0].specialDays.find((d) => d.date === afternoon);
  assert.deepEqual(saved.hours, [{ start: '13:30', end: '18:00' }]);
  await screenshot(zh.page, 'calendar-zh-CN');
  // and back to an ordinary day: the special day is taken out, the rest of the calendar as saved
  await zh.page.locator(`td[data-date="${afternoon}"] button`).click();
  await zh.page.getByRole('dialog').getByText('按每周工作时间', { exact: true }).click();
  await zh.page.getByRole('dialog').getByTestId('day-save').click();
  await zh.page.locator(`td[data-date="${afternoon}"][data-kind="working"]`).waitFor();
  const after = (await api(token, 'GET', '/api/v1/admin/calendars'))[0];
  assert.deepEqual(after.specialDays.map((d) => d.date), [saturday, later]);
  assert.equal(after.weeklyHours.MONDAY.length, 2);
  assert.deepEqual(await accessibilityViolations(zh.page), []);
  await zh.context.close();
});
