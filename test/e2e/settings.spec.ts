import { mkdir } from 'node:fs/promises';
import { join } from 'node:path';
import { expect, root, test, type GalleyApp, signIn } from './app';

// The seed page's story 5 (越城…) carries a typing slip, 文旅旅旅, which the repeated-character rule flags.
const REPEAT = 'repeat.char';
const BLOCKED_ZH = '稿件还有未处理的阻断性校对问题，不能签发。';
const WORD = '抱团发展';

async function setBlocking(app: GalleyApp, on: boolean): Promise<void> {
  const page = app.page;
  await page.getByTestId('open-settings').click();
  const dialog = page.getByRole('dialog', { name: '设置' });
  await expect(dialog).toBeVisible();
  const box = dialog.getByTestId(`blocking-${REPEAT}`);
  await (on ? box.check() : box.uncheck());
  await expect(box).toBeChecked({ checked: on });
  await page.keyboard.press('Escape');
  await expect(dialog).toBeHidden();
}

test('a blocking rule stops approval until it is unticked', async ({ app }, testInfo) => {
  await signIn(app, '张编辑');
  const page = app.page;
  await setBlocking(app, true);

  const story = page.getByTestId('story-item').filter({ hasText: '越城' });
  await story.click();
  const flagged = page.getByTestId('suggestion').and(page.locator(`[data-rule="${REPEAT}"]`));
  await expect(flagged.first()).toBeVisible();
  await expect(flagged.first().getByTestId('blocking-badge')).toHaveText('阻断签发');
  // Only the blocking rule's suggestions carry the badge.
  await expect(page.getByTestId('blocking-badge')).toHaveCount(await flagged.count());

  const statusBefore = await story.getByTestId('status-badge').getAttribute('data-status');
  await page.getByTestId('approve').click();
  await expect(page.getByTestId('notice-error').last()).toContainText(BLOCKED_ZH);
  await expect(story.getByTestId('status-badge')).toHaveAttribute('data-status', statusBefore ?? '');

  await page.getByTestId('open-settings').click();
  await expect(page.getByRole('dialog')).toBeVisible();
  await mkdir(join(root, 'test-results'), { recursive: true });
  await page.screenshot({ path: join(root, 'test-results', `settings-${testInfo.project.name}.png`) });
  await page.getByTestId('settings-close').click();

  await setBlocking(app, false);
  await expect(page.getByTestId('blocking-badge')).toHaveCount(0);
  await page.getByTestId('approve').click();
  await expect(story.getByTestId('status-badge')).toHaveAttribute('data-status', 'approved');

  // The choice is kept in the library's settings, not just in the window.
  await app.restart();
  await expect(app.page.getByTestId('app-ready')).toBeVisible();
  await app.page.getByTestId('open-settings').click();
  await expect(app.page.getByTestId(`blocking-${REPEAT}`)).not.toBeChecked();
});

test('the settings dialog keeps shortcuts and focus to itself', async ({ app }) => {
  await signIn(app, '张编辑');
  const page = app.page;
  const story = page.getByTestId('story-item').first();
  const status = await story.getByTestId('status-badge').getAttribute('data-status');
  await page.getByTestId('open-settings').click();
  const dialog = page.getByRole('dialog', { name: '设置' });
  await expect(dialog.getByTestId('settings-editor-name')).toBeFocused();
  // "A" approves on the desk; inside the dialog it must do nothing.
  await dialog.getByTestId('settings-close').focus();
  await page.keyboard.press('a');
  for (let i = 0; i < 60; i++) await page.keyboard.press('Tab');
  expect(await dialog.evaluate((el) => el.contains(document.activeElement))).toBe(true);
  await page.keyboard.press('Escape');
  await expect(dialog).toBeHidden();
  await expect(page.getByTestId('open-settings')).toBeFocused();
  await expect(story.getByTestId('status-badge')).toHaveAttribute('data-status', status ?? '');
});

test('editor name and language change from settings', async ({ app }) => {
  await signIn(app, '张编辑');
  const page = app.page;
  await page.getByTestId('open-settings').click();
  await page.getByTestId('settings-editor-name').fill('李编辑');
  await page.getByTestId('settings-editor-name-save').click();
  await expect(page.getByTestId('editor-name')).toHaveText('李编辑');
  await page.getByTestId('settings-lang-en').check();
  await expect(page.getByRole('dialog', { name: 'Settings' })).toBeVisible();
  await expect(page.getByTestId(`blocking-${REPEAT}`).locator('xpath=..')).toContainText('Repeated character');
  await page.keyboard.press('Escape');
  await expect(page.getByTestId('approve')).toHaveText('Approve');

  // The new name is the one recorded on the next operation.
  await page.getByTestId('story-item').first().click();
  await page.getByTestId('approve').click();
  await expect(page.getByTestId('story-item').first().getByTestId('status-badge')).toHaveAttribute('data-status', 'approved');
  const toggle = page.getByTestId('history-toggle');
  if ((await toggle.getAttribute('aria-expanded')) !== 'true') await toggle.click();
  // Story 1 was untouched, so its only entry is this approval.
  await expect(page.getByTestId('history-by')).toHaveText(['李编辑']);
});

test('the user dictionary and ignored rules are reviewed in settings and kept across a restart', async ({ app }) => {
  await signIn(app, '张编辑');
  const page = app.page;
  await page.getByTestId('open-settings').click();
  await page.getByTestId('dictionary-input').fill(WORD);
  await page.getByTestId('dictionary-add').click();
  await expect(page.getByTestId('dictionary-word')).toHaveAttribute('data-word', WORD);
  await expect(page.getByTestId('dictionary-input')).toHaveValue('');
  await page.keyboard.press('Escape');

  // Ignore a rule from the proof panel; settings lists it with a way back.
  await page.getByTestId('story-item').filter({ hasText: '越城' }).click();
  const flagged = page.locator(`[data-testid="suggestion"][data-rule="${REPEAT}"]`);
  await expect(flagged.first()).toBeVisible();
  await flagged.first().getByTestId('suggestion-ignore-rule').click();
  await expect(flagged).toHaveCount(0);

  await app.restart();
  const again = app.page;
  await expect(again.getByTestId('app-ready')).toBeVisible();
  await again.getByTestId('open-settings').click();
  await expect(again.getByTestId('dictionary-word')).toHaveAttribute('data-word', WORD);
  await expect(again.getByTestId('ignored-rule')).toHaveAttribute('data-rule', REPEAT);
  await expect(again.getByTestId('ignored-rule')).toContainText('疑似多打了重复的字');

  await again.getByTestId('dictionary-remove').click();
  await expect(again.getByTestId('dictionary-word')).toHaveCount(0);
  await again.getByTestId(`unignore-${REPEAT}`).click();
  await expect(again.getByTestId('ignored-rule')).toHaveCount(0);
  await again.keyboard.press('Escape');
  await again.getByTestId('story-item').filter({ hasText: '越城' }).click();
  await expect(again.locator(`[data-testid="suggestion"][data-rule="${REPEAT}"]`).first()).toBeVisible();

  await app.restart();
  await expect(app.page.getByTestId('app-ready')).toBeVisible();
  await app.page.getByTestId('open-settings').click();
  await expect(app.page.getByTestId('dictionary-word')).toHaveCount(0);
  await expect(app.page.getByTestId('ignored-rule')).toHaveCount(0);
});
