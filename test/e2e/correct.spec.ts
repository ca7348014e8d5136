import { mkdir, readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { expect, root, test, type GalleyApp, signIn } from './app';

async function openStory(app: GalleyApp, n: number): Promise<void> {
  const item = app.page.getByTestId('story-item').nth(n - 1);
  await item.click();
  await expect(item).toHaveAttribute('aria-current', 'true');
}

/** The number shown in the status line (全文 N 字). */
async function bodyCount(app: GalleyApp): Promise<number> {
  const text = (await app.page.getByTestId('char-count').textContent()) ?? '';
  return Number(/\d+/.exec(text)?.[0] ?? NaN);
}

const editor = (app: GalleyApp) => app.page.getByTestId('body-editor');
const suggestions = (app: GalleyApp, rule: string) => app.page.locator(`[data-testid="suggestion"][data-rule="${rule}"]`);

test('type in the body editor, accept a suggestion, revert it in the merge view, undo', async ({ app }, testInfo) => {
  await signIn(app, '李校对');
  const page = app.page;
  await openStory(app, 5);
  await expect(editor(app)).toContainText('文旅旅旅');

  // Typing is kept as the editor's draft and committed as one edit when the editor pauses.
  const before = await bodyCount(app);
  await editor(app).locator('.cm-line').first().click();
  await page.keyboard.press('End');
  await page.keyboard.type('校对测试');
  await expect(editor(app).locator('.cm-line').first()).toContainText('校对测试');
  await expect.poll(() => bodyCount(app)).toBe(before + 4);
  await expect(page.getByTestId('undo')).toBeEnabled();
  await expect(page.getByTestId('story-item').nth(4).getByTestId('status-badge')).toHaveAttribute('data-status', 'in_review');
  // The server's undo reaches the open editor.
  await page.getByTestId('undo').click();
  await expect(editor(app)).not.toContainText('校对测试');
  await expect.poll(() => bodyCount(app)).toBe(before);

  // Accept the repetition fix: 文旅旅旅 → 文旅, one undoable operation.
  const repeat = suggestions(app, 'repeat.char');
  await expect(repeat).toHaveCount(1);
  await expect(repeat).toContainText('旅旅旅');
  // Clicking a suggestion selects its span in the editor.
  await repeat.getByTestId('suggestion-select').click();
  await expect.poll(() => page.evaluate(() => document.getSelection()?.toString())).toBe('旅旅旅');
  await repeat.getByTestId('suggestion-accept').click();
  await expect(editor(app)).not.toContainText('文旅旅旅');
  await expect(editor(app)).toContainText('文旅');
  await expect(repeat).toHaveCount(0);

  // The merge view shows the original on the left, the change marked, with a revert arrow.
  const merge = page.getByTestId('merge-view');
  await expect(merge.getByTestId('original-editor')).toContainText('文旅旅旅');
  await expect(merge.locator('.cm-changedText, .cm-deletedText').first()).toBeVisible();
  await mkdir(join(root, 'test-results'), { recursive: true });
  await page.getByTestId('story-editor').evaluate((el) => el.scrollIntoView({ block: 'start' }));
  await page.screenshot({ path: join(root, 'test-results', `merge-view-${testInfo.project.name}.png`) });

  // The inline view shows the same change in one column.
  await page.getByTestId('diff-mode-inline').click();
  await expect(merge).toHaveAttribute('data-mode', 'inline');
  await expect(merge.locator('del.cm-deletedText')).toHaveText('旅旅');
  await page.getByTestId('story-editor').evaluate((el) => el.scrollIntoView({ block: 'start' }));
  await page.screenshot({ path: join(root, 'test-results', `inline-view-${testInfo.project.name}.png`) });
  await page.getByTestId('diff-mode-side').click();
  await expect(merge).toHaveAttribute('data-mode', 'side');

  // Reverting the chunk in the merge view is an edit like any other.
  await merge.getByTestId('revert-chunk').first().click();
  await expect(editor(app)).toContainText('文旅旅旅');
  await expect(repeat).toHaveCount(1);
  await page.getByTestId('undo').click();
  await expect(editor(app)).not.toContainText('文旅旅旅');
  await page.getByTestId('undo').click();
  await expect(editor(app)).toContainText('文旅旅旅');

  // In the inline view, text typed is marked as a change at once, and that change alone reverts.
  await page.getByTestId('diff-mode-inline').click();
  await expect(merge).toHaveAttribute('data-mode', 'inline');
  await editor(app).locator('.cm-line').last().click();
  await page.keyboard.press('End');
  await page.keyboard.type('新增');
  const typed = editor(app).locator('.cm-line', { hasText: '新增' });
  await expect(typed.locator('.cm-changedText')).toHaveText('新增');
  await typed.getByTestId('revert-chunk').click();
  await expect(editor(app)).not.toContainText('新增');
  await expect(editor(app)).toContainText('文旅旅旅');
  await expect(merge.getByTestId('revert-chunk')).toHaveCount(0);
});

test('reject a suggestion, ignore a rule, add a word to the dictionary', async ({ app }) => {
  await signIn(app, '李校对');
  const page = app.page;
  await openStory(app, 1);
  const halfwidth = suggestions(app, 'punct.halfwidth');
  await expect(halfwidth.first()).toBeVisible();
  const total = Number(await page.getByTestId('suggestion-count').getAttribute('data-n'));
  expect(total).toBeGreaterThan(10);

  // Rejecting hides just that one, for this story.
  const firstText = await halfwidth.first().locator('.suggestion-context').textContent();
  await halfwidth.first().getByTestId('suggestion-reject').click();
  await expect(page.getByTestId('suggestion-count')).toHaveAttribute('data-n', String(total - 1));
  await expect(halfwidth.first().locator('.suggestion-context')).not.toHaveText(firstText ?? '');

  // A dictionary word is no longer flagged.
  const mixed = suggestions(app, 'number.mixed');
  await expect(mixed).toHaveCount(1);
  await mixed.getByTestId('suggestion-ignore-word').click();
  await expect(mixed).toHaveCount(0);

  // Ignoring a rule hides all its findings, and stays ignored after a restart.
  await halfwidth.first().getByTestId('suggestion-ignore-rule').click();
  await expect(halfwidth).toHaveCount(0);
  await app.restart();
  await expect(app.page.getByTestId('app-ready')).toBeVisible();
  await openStory(app, 1);
  await expect(app.page.getByTestId('suggestion-count')).toHaveAttribute('data-n', /\d+/);
  await expect(suggestions(app, 'punct.halfwidth')).toHaveCount(0);
  await expect(suggestions(app, 'number.mixed')).toHaveCount(0);
  await openStory(app, 4);
  await expect(suggestions(app, 'punct.nested-quote').first()).toBeVisible();

  // The messages follow the interface language.
  await expect(suggestions(app, 'punct.nested-quote').first()).toContainText('单引号');
  await app.page.getByTestId('toggle-language').click();
  await expect(suggestions(app, 'punct.nested-quote').first()).toContainText('single quotes');
});

test('accept all punctuation-width fixes at once; one undo restores them all', async ({ app }) => {
  await signIn(app, '李校对');
  const page = app.page;
  await openStory(app, 5);
  const halfwidth = suggestions(app, 'punct.halfwidth');
  await expect(halfwidth.first()).toBeVisible();
  const n = await halfwidth.count();
  expect(n).toBeGreaterThan(5);
  await expect(page.getByTestId('accept-width-fixes')).toContainText(String(n));

  await page.getByTestId('accept-width-fixes').click();
  await expect(halfwidth).toHaveCount(0);
  await expect(editor(app)).not.toContainText(',');
  await expect(editor(app)).toContainText('（');
  // The repetition was not a width fix and is still offered.
  await expect(suggestions(app, 'repeat.char')).toHaveCount(1);

  await page.getByTestId('undo').click();
  await expect(halfwidth).toHaveCount(n);
  await expect(editor(app)).toContainText(',');
  await expect(page.getByTestId('undo')).toBeDisabled();
});

test('find and replace across the document with a preview, then undo', async ({ app }) => {
  await signIn(app, '李校对');
  const page = app.page;
  const seed = JSON.parse(await readFile(join(root, 'seeds/000_fd21b5ce20d5087d.expected.json'), 'utf8')) as {
    stories: Array<{ headline: string | null; subheadline: string | null; byline: string | null; paragraphs: string[] }>;
  };
  const occurrences = (word: string) =>
    seed.stories
      .flatMap((s) => [s.headline, s.subheadline, s.byline, ...s.paragraphs])
      .reduce((n, t) => n + (t ? t.split(word).length - 1 : 0), 0);
  const expected = occurrences('温州');
  expect(expected).toBeGreaterThan(3);

  await openStory(app, 5);
  await page.getByTestId('find-input').fill('温州');
  await page.getByTestId('replace-input').fill('甬州');
  await expect(page.getByTestId('find-count')).toHaveAttribute('data-count', String(expected));
  await expect(page.getByTestId('find-match')).toHaveCount(Math.min(expected, 100));
  await expect(page.getByTestId('find-match').first()).toContainText('甬州');

  // Scoped to the open story (which has none), there is nothing to replace.
  await page.getByTestId('find-scope').selectOption('story');
  await expect(page.getByTestId('find-count')).toHaveAttribute('data-count', '0');
  await expect(page.getByTestId('replace-all')).toBeDisabled();
  await page.getByTestId('find-scope').selectOption('document');

  await page.getByTestId('replace-all').click();
  await expect(page.getByTestId('notice-info').last()).toContainText(String(expected));
  await expect(page.getByTestId('find-count')).toHaveAttribute('data-count', '0');
  await page.getByTestId('find-input').fill('甬州');
  await expect(page.getByTestId('find-count')).toHaveAttribute('data-count', String(expected + occurrences('甬州')));

  // A regular expression with a group, previewed before replacing.
  await page.getByTestId('find-regex').check();
  await page.getByTestId('find-input').fill('(甬)州');
  await page.getByTestId('replace-input').fill('$1城');
  await expect(page.getByTestId('find-match').first()).toContainText('甬城');
  await page.getByTestId('find-input').fill('(甬州');
  await expect(page.getByTestId('find-count')).toContainText(/无效|Invalid/);
  await page.getByTestId('find-regex').uncheck();

  // One undo brings every replaced occurrence back.
  await page.getByTestId('undo').click();
  await page.getByTestId('find-input').fill('温州');
  await expect(page.getByTestId('find-count')).toHaveAttribute('data-count', String(expected));
});

test('the kicker sits above the title and the deck below it, each edited on its own and named in the history', async ({ app }) => {
  await signIn(app, '李校对');
  const page = app.page;
  const fields = page.getByTestId('story-editor').locator('[data-testid^="field-"]');
  await openStory(app, 1);
  // Printed order: 引题, 标题, 副题.
  await expect(fields.nth(0)).toHaveAttribute('data-testid', 'field-kicker');
  await expect(fields.nth(1)).toHaveAttribute('data-testid', 'field-headline');
  await expect(fields.nth(2)).toHaveAttribute('data-testid', 'field-deck');
  await expect(page.getByTestId('field-kicker')).toHaveAttribute('aria-label', '引题');
  await expect(page.getByTestId('field-deck')).toHaveAttribute('aria-label', '副题');
  await expect(page.getByTestId('field-kicker')).toHaveValue('');
  await expect(page.getByTestId('field-deck')).toHaveValue('——温州三十年如一日坚持“质量立市”');

  await openStory(app, 7);
  await expect(page.getByTestId('field-kicker')).toHaveValue('青田打造侨乡国际农产品加工储运园助力农产品出口');
  await expect(page.getByTestId('field-headline')).toHaveValue('山里的土货卖到了全世界');
  await expect(page.getByTestId('field-deck')).toHaveValue('');

  const deck = page.getByTestId('field-deck');
  await deck.fill('——侨乡土货出海记');
  await deck.press('Enter');
  await page.getByTestId('history-toggle').click();
  const entry = page.getByTestId('history-entry').first();
  await expect(entry).toHaveAttribute('data-kind', 'edit');
  await expect(entry.locator('.field-label')).toHaveText(['副题']);
  await expect(entry.getByTestId('diff-ins')).toHaveText('——侨乡土货出海记');
  // The kicker is untouched by the deck's edit, and undo takes the deck back.
  await expect(page.getByTestId('field-kicker')).toHaveValue('青田打造侨乡国际农产品加工储运园助力农产品出口');
  await page.getByTestId('undo').click();
  await expect(page.getByTestId('field-deck')).toHaveValue('');
});
