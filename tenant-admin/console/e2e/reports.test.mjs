// Last month's evaluation report of the demo tenant: its figures on screen, its PDF and CSV downloads, and the
// subscribers. ConsoleBrowserIT reads the saved PDF's text afterwards (PDFBox): the tenant's name and a Chinese
// category label.
import { after, before, test } from 'node:test';
import assert from 'node:assert/strict';
import { readFile, copyFile } from 'node:fs/promises';
import { join } from 'node:path';
import { accessibilityViolations, api, ARTIFACTS, devToken, launchBrowser, screenshot, signedIn } from './support.mjs';

let browser;
before(async () => { browser = await launchBrowser(); });
after(async () => { await browser?.close(); });

test('a supervisor reads last month’s report and downloads it as PDF and CSV; an admin sets its subscribers', { timeout: 180_000 }, async () => {
  const { page, context } = await signedIn(browser, { tenant: 'demo', user: 'ren.admin', roles: ['SUPERVISOR', 'TENANT_ADMIN'], language: 'zh-CN' });
  await page.getByRole('menuitem', { name: '评估报告' }).click();
  const volume = page.locator('[data-figure="受理投诉量"] td').first();
  await volume.waitFor();
  const token = await devToken('demo', 'ren.admin', 'SUPERVISOR,TENANT_ADMIN');
  const period = await page.getByTestId('report-figures').getAttribute('data-period');
  const json = await api(token, 'GET', `/api/v1/reports/evaluation?period=${period}`);
  assert.ok(json.current.volume > 0, 'the demo tenant has last month’s complaints');
  assert.equal(Number(await volume.textContent()), json.current.volume);
  await page.waitForTimeout(500);
  await screenshot(page, 'report-zh-CN');
  assert.deepEqual(await accessibilityViolations(page), []);

  const [pdf] = await Promise.all([page.waitForEvent('download'), page.getByTestId('report-pdf').click()]);
  const pdfBytes = await readFile(await pdf.path());
  assert.equal(pdfBytes.subarray(0, 5).toString('latin1'), '%PDF-');
  assert.match(pdf.suggestedFilename(), new RegExp(`evaluation-demo-${period}\\.pdf`));
  await copyFile(await pdf.path(), join(ARTIFACTS, 'report-last-month.pdf'));

  const [csv] = await Promise.all([page.waitForEvent('download'), page.getByTestId('report-csv').click()]);
  const csvText = await readFile(await csv.path(), 'utf8');
  assert.equal(csvText.charCodeAt(0), 0xfeff, 'a byte-order mark, so spreadsheets read the Chinese');
  assert.match(csvText, /产品质量 Product quality/);
  assert.match(csvText, new RegExp(`投诉量 volume,${json.current.volume},`));

  const subscribers = page.getByRole('combobox', { name: '订阅人' });
  await subscribers.fill('qa-lead@example.com');
  await subscribers.press('Enter');
  await page.getByRole('button', { name: '保存' }).last().click();
  await page.getByText('已保存。').waitFor();
  assert.ok((await api(token, 'GET', '/api/v1/admin/reports/subscribers')).emails.includes('qa-lead@example.com'));

  // the change is in the audit log, said in the reader's language
  await page.getByRole('menuitem', { name: '管理设置' }).click();
  await page.getByRole('link', { name: '审计日志' }).click();
  const entry = page.locator('[data-action="REPORT_SUBSCRIBERS_CHANGED"]').first();
  await entry.waitFor();
  assert.match(await entry.textContent(), /ren\.admin.*修改报告订阅人/);
  await screenshot(page, 'audit-log-zh-CN');
  assert.deepEqual(await accessibilityViolations(page), []);
  await context.close();
});
