import { execFileSync } from 'node:child_process';
import { mkdir, mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { parse } from 'parse5';
import { findPlace, placeTag } from '../../shared/tags';
import { expect, root, test, type DownloadedFile, type GalleyApp, signIn } from './app';

const EDITOR = '赵编辑';
const CITY = '一个城市的执着';
const SHENGSI = '嵊泗高标准推进海洋生态环境建设';
const schemas = join(root, '..', 'shared', 'schemas');

type Node5 = { nodeName: string; value?: string; childNodes?: Node5[] };

function findAll(node: Node5, name: string, out: Node5[] = []): Node5[] {
  if (node.nodeName === name) out.push(node);
  for (const c of node.childNodes ?? []) findAll(c, name, out);
  return out;
}
const textOf = (node: Node5): string => (node.nodeName === '#text' ? (node.value ?? '') : (node.childNodes ?? []).map(textOf).join(''));

async function xmllint(file: DownloadedFile, schema: string): Promise<void> {
  const dir = await mkdtemp(join(tmpdir(), 'galley-xml-'));
  try {
    const path = join(dir, 'item.xml');
    await writeFile(path, file.bytes);
    // Throws (with xmllint's message) unless the file validates.
    execFileSync('xmllint', ['--noout', '--schema', join(schemas, schema), path], { stdio: 'pipe' });
  } finally {
    await rm(dir, { recursive: true, force: true });
  }
}

function byHeadline(files: DownloadedFile[], headline: string): DownloadedFile {
  const f = files.find((x) => x.bytes.includes(Buffer.from(headline)) || x.name.includes(headline));
  if (!f) throw new Error(`no file for ${headline} among ${files.map((x) => x.name).join(', ')}`);
  return f;
}

test('tag (suggested and bulk), approve, reject, export every format, and read it all back in the history', async ({ app }, testInfo) => {
  await signIn(app, EDITOR);
  const page = app.page;
  const items = page.getByTestId('story-item');
  await expect(items).toHaveCount(7);

  // One click on a suggestion computed from the story's own text.
  await items.nth(2).click();
  const shengsi = placeTag(findPlace('嵊泗')!).value;
  const suggestion = page.locator(`[data-testid="tag-suggestion"][data-value="${shengsi}"]`);
  await expect(suggestion).toHaveAttribute('title', /标题提到/);
  await suggestion.click();
  await expect(page.getByTestId('story-tags').getByTestId('tag-chip')).toHaveText(['嵊泗县×']);
  await expect(suggestion).toHaveCount(0);

  // Shift-click checks a range; un-checking the middle one leaves stories 1 and 3.
  const checks = page.getByTestId('story-check');
  await checks.nth(0).click();
  await checks.nth(2).click({ modifiers: ['Shift'] });
  await expect(page.getByTestId('bulk-count')).toHaveText('已选 3 篇');
  await checks.nth(1).click();
  await expect(page.getByTestId('bulk-count')).toHaveText('已选 2 篇');

  await page.getByTestId('bulk-section').selectOption('要闻');
  await page.getByTestId('bulk-add-section').click();
  for (const i of [0, 2]) await expect(items.nth(i).getByTestId('item-tag')).toContainText(['要闻']);
  await expect(items.nth(1).getByTestId('item-tag')).toHaveCount(0);

  // The tag filter narrows the list to the tagged stories.
  await page.getByTestId('tag-filter').selectOption('section:news');
  await expect(items).toHaveCount(2);
  await expect(items.nth(0)).toContainText(CITY);
  await expect(items.nth(1)).toContainText(SHENGSI);
  await page.getByTestId('tag-filter').selectOption('');
  await expect(items).toHaveCount(7);

  // Approve both; a rejection needs a reason.
  for (const i of [0, 2]) {
    await items.nth(i).click();
    await page.getByTestId('approve').click();
    await expect(items.nth(i).getByTestId('status-badge')).toHaveAttribute('data-status', 'approved');
  }
  await expect(page.getByTestId('progress')).toHaveText('已签发 2/7');
  await items.nth(3).click();
  await page.getByTestId('reject').click();
  await page.getByTestId('reject-confirm').click();
  await expect(page.getByTestId('notice-error').last()).toContainText('退稿必须填写理由');
  await page.getByTestId('reject-reason').fill('数据待核实');
  await page.getByTestId('reject-confirm').click();
  await expect(items.nth(3).getByTestId('status-badge')).toHaveAttribute('data-status', 'rejected');
  await expect(page.getByTestId('rejection-reason')).toContainText('数据待核实');

  // Every format at once, one file per story: format by format, the bar advancing to the end.
  const formats = ['md', 'html', 'txt', 'json', 'docx', 'nitf', 'newsml'];
  for (const f of formats) await page.getByTestId(`export-format-${f}`).check();
  await page.getByTestId('export-scope-document').check();
  await expect(page.getByTestId('export-count')).toHaveText('可导出 2 篇');
  const files = await app.downloads(14, () => page.getByTestId('export').click());
  const progress = page.getByTestId('export-progress');
  await expect(progress).toHaveAttribute('max', '7');
  await expect(progress).toHaveAttribute('value', '7');
  const ofType = (suffix: string) => files.filter((f) => f.name.endsWith(suffix));
  const md = ofType('.md');
  const html = ofType('.html');
  const json = ofType('.json');
  const docx = ofType('.docx');
  const nitf = ofType('.nitf.xml');
  const newsml = ofType('.newsml.xml');
  for (const group of [md, html, ofType('.txt'), json, docx, nitf, newsml]) expect(group).toHaveLength(2);

  for (const headline of [CITY, SHENGSI]) {
    expect(byHeadline(md, headline).bytes.toString('utf8')).toContain(headline);
    expect(byHeadline(ofType('.txt'), headline).bytes.toString('utf8')).toContain(headline);

    const doc = parse(byHeadline(html, headline).bytes.toString('utf8')) as unknown as Node5;
    expect(findAll(doc, 'h1').map(textOf)).toContain(headline);

    const parsed = JSON.parse(byHeadline(json, headline).bytes.toString('utf8')) as unknown;
    expect(JSON.stringify(parsed)).toContain(headline);

    for (const [group, schema] of [
      [nitf, 'nitf-3-6.xsd'],
      [newsml, 'NewsML-G2_2.35-spec-All-Power.xsd'],
    ] as const) {
      const file = byHeadline(group, headline);
      expect(file.bytes.toString('utf8')).toContain(headline);
      await xmllint(file, schema);
    }
  }
  for (const f of docx) expect(f.bytes.subarray(0, 2).toString('latin1')).toBe('PK');
  const shengsiJson = JSON.stringify(JSON.parse(byHeadline(json, SHENGSI).bytes.toString('utf8')));
  expect(shengsiJson).toContain('嵊泗县');
  expect(shengsiJson).toContain('要闻');

  // The whole library as one bundle; the log lists every export, newest first, with where it went.
  await page.getByTestId('export-scope-library').check();
  for (const f of formats) if (f !== 'md') await page.getByTestId(`export-format-${f}`).uncheck();
  await page.getByTestId('export-bundle').check();
  const [bundle] = await app.downloads(1, () => page.getByTestId('export').click());
  expect(bundle!.bytes.toString('utf8')).toContain(CITY);
  expect(bundle!.bytes.toString('utf8')).toContain(SHENGSI);
  const log = page.getByTestId('export-log-entry');
  await expect(log.first()).toHaveAttribute('data-scope', 'library');
  await expect(log.first()).toContainText(EDITOR);
  await expect(log.first()).toContainText('下载');
  await expect(log.nth(1)).toHaveAttribute('data-format', 'newsml');
  await expect(log.nth(1)).toHaveAttribute('data-scope', 'document');

  // The history of story 3: both tag operations and the approval, each with the editor's name.
  await items.nth(2).click();
  await page.getByTestId('history-toggle').click();
  const history = page.getByTestId('history-entry');
  await expect(history).toHaveCount(3);
  await expect(history.nth(0)).toHaveAttribute('data-kind', 'status');
  await expect(history.nth(0)).toContainText('已签发');
  await expect(history.nth(1)).toHaveAttribute('data-kind', 'tag');
  await expect(history.nth(1)).toContainText('+要闻');
  await expect(history.nth(2)).toHaveAttribute('data-kind', 'tag');
  await expect(history.nth(2)).toContainText('+嵊泗县');
  await expect(page.getByTestId('history-by')).toHaveText([EDITOR, EDITOR, EDITOR]);

  // Editing an approved story sends it back, says why, shows the diff, and keeps it out of exports.
  await items.nth(0).click();
  await expect(history.first()).toHaveAttribute('data-kind', 'status');
  const headline = page.getByTestId('field-headline');
  await headline.fill('一座城市的执着');
  await headline.press('Enter');
  await expect(items.nth(0).getByTestId('status-badge')).toHaveAttribute('data-status', 'in_review');
  await expect(page.getByTestId('changed-after-approval')).toContainText('签发后已修改');
  await expect(items.nth(0).getByTestId('stale-badge')).toBeVisible();
  await expect(history.first()).toHaveAttribute('data-kind', 'edit');
  await expect(history.first().getByTestId('diff-del')).toHaveText('个');
  await expect(history.first().getByTestId('diff-ins')).toHaveText('座');

  await page.getByTestId('bulk-clear').click();
  await checks.nth(0).click();
  await page.getByTestId('export-scope-selection').check();
  await expect(page.getByTestId('export-nothing')).toBeVisible();
  await expect(page.getByTestId('export')).toBeDisabled();
  await expect(page.getByTestId('export-stale')).toContainText('1 篇签发后被修改');

  await page.getByTestId('shortcut-help').click();
  await expect(page.getByTestId('shortcut-popover')).toContainText('J / K');
  await page.keyboard.press('Escape');
  await expect(page.getByTestId('shortcut-popover')).toHaveCount(0);

  await mkdir(join(root, 'test-results'), { recursive: true });
  await page.getByTestId('tag-panel').scrollIntoViewIfNeeded();
  await page.screenshot({ path: join(root, 'test-results', `tags-history-${testInfo.project.name}.png`) });
});
