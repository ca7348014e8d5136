// Typing in the body editor is committed when typing pauses. Whatever the editor does next —
// split, undo, open another document, reload — must not lose that typing or put it on the
// wrong story. editStory answers are held back here so a later request would overtake them
// if the app did not keep its requests in order.
import type { Page } from '@playwright/test';
import { expect, test, type GalleyApp, signIn } from './app';

const editor = (page: Page) => page.getByTestId('body-editor');

/** The body's length from the status line (全文 N 字): CodeMirror renders only the lines in view. */
async function bodyCount(page: Page): Promise<number> {
  const text = (await page.getByTestId('char-count').textContent()) ?? '';
  return Number(/\d+/.exec(text)?.[0] ?? NaN);
}

/** Slows every body commit on its way to the service. */
async function slowEdits(page: Page, ms: number): Promise<void> {
  await page.route('**/api/editStory', async (route) => {
    await new Promise((r) => setTimeout(r, ms));
    await route.continue();
  });
}

/** Types at the end of the body's first line, and returns at once: no pause for the commit. */
async function typeAtFirstLine(page: Page, text: string): Promise<void> {
  await editor(page).locator('.cm-line').first().click();
  await page.keyboard.press('End');
  await page.keyboard.type(text);
}

// A page of our own for a second document: two short stories under their headlines.
const secondPage = [
  '江畔新修步道迎客来',
  '',
  '本报记者 周明',
  '',
  '清晨，沿江步道上已有不少晨练的市民，新铺的透水路面踩上去软硬适中。',
  '',
  '据介绍，这段步道全长三公里，沿线设置了六处休憩点和两处观景平台。',
  '',
  '',
  '社区图书角开放夜读',
  '',
  '本报讯 城东社区的图书角从本周起延长开放至晚上九点，附近居民下班后也能来借书。',
  '',
  '社区工作人员说，夜读时段还会安排志愿者值守，帮助老人查找书目。',
  '',
].join('\n');

test('typing then splitting at once: the typing stays in its story, and undo undoes in order', async ({ app }) => {
  await signIn(app, '赵校对');
  const page = app.page;
  const items = page.getByTestId('story-item');
  await expect(items).toHaveCount(7);
  // The split point first (story 1 runs to line 67; line 35 starts its second section).
  await page.locator('[data-line="35"]').click();
  await expect(items.nth(0)).toHaveAttribute('aria-current', 'true');
  await expect(editor(page)).toContainText('对温州而言');
  const whole = await bodyCount(page);

  await slowEdits(page, 500);
  await typeAtFirstLine(page, '抢先测试');
  await page.getByTestId('split-here').click();

  await expect(items).toHaveCount(8);
  await expect(items.nth(1)).toContainText('一份精益求精的执着');
  // The typing was committed before the split, so it is in the first half, where it was typed.
  await expect(items.nth(0)).toHaveAttribute('aria-current', 'true');
  await expect(editor(page).locator('.cm-line').first()).toContainText('对温州而言');
  await expect(editor(page)).toContainText('抢先测试');
  const firstHalf = await bodyCount(page);
  expect(firstHalf).toBeLessThan(whole);
  await items.nth(1).click();
  await expect(editor(page)).not.toContainText('抢先测试');
  await expect(editor(page)).toContainText('早年的经历');

  // Undo takes back the split first: the merged story keeps the typing (not one half's body).
  await page.getByTestId('undo').click();
  await expect(items).toHaveCount(7);
  await items.nth(0).click();
  await expect(editor(page)).toContainText('抢先测试');
  await expect.poll(() => bodyCount(page)).toBe(whole + 4);
  // Then the typing itself.
  await page.getByTestId('undo').click();
  await expect(editor(page)).not.toContainText('抢先测试');
  await expect.poll(() => bodyCount(page)).toBe(whole);
  await expect(page.getByTestId('notice-error')).toHaveCount(0);
});

test('typing then undo at once: the edit is sent first, so undo takes back the typing', async ({ app }) => {
  await signIn(app, '赵校对');
  const page = app.page;
  const items = page.getByTestId('story-item');
  // Something to undo beforehand, so undo is enabled while the typing is still uncommitted.
  await items.nth(1).click();
  await expect(items.nth(1)).toHaveAttribute('aria-current', 'true');
  await page.getByTestId('story-kind').selectOption('photo');
  await expect(page.getByTestId('story-kind')).toHaveValue('photo');
  await expect(page.getByTestId('undo')).toBeEnabled();
  await items.nth(0).click();
  await expect(editor(page)).toContainText('对温州而言');

  await slowEdits(page, 500);
  await typeAtFirstLine(page, '撤销测试');
  await page.getByTestId('undo').click();

  // The typing (the newest operation) is undone, not the kind change before it.
  await expect(editor(page)).not.toContainText('撤销测试');
  await items.nth(1).click();
  await expect(page.getByTestId('story-kind')).toHaveValue('photo');
  // Redo brings the typing back into the story it was typed in.
  await page.getByTestId('redo').click();
  await items.nth(0).click();
  await expect(editor(page)).toContainText('撤销测试');
  await expect(page.getByTestId('notice-error')).toHaveCount(0);
});

test('typing then opening another document at once: no stories cross over, and the typing is kept', async ({ app }) => {
  await signIn(app, '赵校对');
  const page = app.page;
  const items = page.getByTestId('story-item');
  const seedName = (await page.getByTestId('doc-name').textContent()) ?? '';
  await page.getByTestId('file-input').setInputFiles({ name: '江畔.txt', mimeType: 'text/plain', buffer: Buffer.from(secondPage, 'utf8') });
  await expect(page.getByTestId('doc-name')).toHaveText('江畔.txt');
  const docs = page.getByTestId('document-list').getByRole('button');
  await expect(docs).toHaveCount(2);

  await docs.filter({ hasText: seedName }).click();
  await expect(items).toHaveCount(7);
  await expect(editor(page)).toContainText('对温州而言');

  await slowEdits(page, 600);
  await typeAtFirstLine(page, '跨稿测试');
  await docs.filter({ hasText: '江畔.txt' }).click();

  await expect(page.getByTestId('doc-name')).toHaveText('江畔.txt');
  await expect(items.nth(0)).toContainText('江畔新修步道迎客来');
  const count = await items.count();
  // Long after the slow edit was answered, the list still shows this document's stories only.
  await page.waitForTimeout(1200);
  await expect(items).toHaveCount(count);
  await expect(page.getByTestId('story-list')).not.toContainText('一个城市的执着');
  await expect(editor(page)).not.toContainText('跨稿测试');

  await docs.filter({ hasText: seedName }).click();
  await expect(items).toHaveCount(7);
  await expect(editor(page)).toContainText('跨稿测试');
  await expect(page.getByTestId('notice-error')).toHaveCount(0);
});

test('typing then reloading at once: the typing is there after the reload', async ({ app }, testInfo) => {
  test.skip(testInfo.project.name !== 'web', 'reloading the page is the web host’s case; the desktop app flushes on quit');
  await signIn(app, '赵校对');
  const page = app.page;
  await expect(editor(page)).toContainText('对温州而言');
  await typeAtFirstLine(page, '刷新测试');
  await page.reload();
  await expect(page.getByTestId('app-ready')).toBeVisible();
  await expect(page.getByTestId('story-item').nth(0)).toHaveAttribute('aria-current', 'true');
  await expect(editor(page)).toContainText('刷新测试');
});
