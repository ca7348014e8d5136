// The proofreading worker loads jieba's word model on its own: a doubled character typed into a
// story is suggested, a reduplicated word is not, and accepting the fix removes the copy.
import { expect, test, signIn } from './app';

test('a doubled character typed into the body is found by the word model in the worker', async ({ app }) => {
  await signIn(app, '李校对');
  const page = app.page;
  const item = page.getByTestId('story-item').nth(4);
  await item.click();
  await expect(item).toHaveAttribute('aria-current', 'true');
  const editor = page.getByTestId('body-editor');
  await editor.locator('.cm-line').first().click();
  await page.keyboard.press('End');
  await page.keyboard.type('温州州市场监管部门常常说说笑笑');

  const doubled = page.locator('[data-testid="suggestion"][data-rule="repeat.char"]').filter({ hasText: '州州' });
  await expect(doubled).toHaveCount(1);
  await expect(page.locator('[data-testid="suggestion"][data-rule="repeat.char"]').filter({ hasText: '常常' })).toHaveCount(0);
  await doubled.getByTestId('suggestion-accept').click();
  await expect(editor).toContainText('温州市场监管部门常常说说笑笑');
  await expect(doubled).toHaveCount(0);
});
