import { mkdir } from 'node:fs/promises';
import { join } from 'node:path';
import { expect, root, test, type GalleyApp, signIn } from './app';

const NEW_HEADLINE = '嵊泗全力推进海洋生态环境建设';

test('open the seed page, correct story 3, approve, export, restart, undo', async ({ app }, testInfo) => {
  await signIn(app, '张编辑');
  const page = app.page;
  const items = page.getByTestId('story-item');
  await expect(items).toHaveCount(7);

  await items.nth(2).click();
  const highlighted = page.getByTestId('source-line-highlighted');
  await expect(highlighted.first()).toContainText('嵊泗高标准推进海洋生态环境建设');
  await expect(highlighted.first()).toBeInViewport();
  await expect(highlighted.last()).toContainText('国家生态文明建设示范县');

  const headline = page.getByTestId('field-headline');
  await expect(headline).toHaveValue('嵊泗高标准推进海洋生态环境建设');
  await headline.fill(NEW_HEADLINE);
  await headline.press('Enter');
  await expect(items.nth(2)).toContainText(NEW_HEADLINE);

  await page.getByTestId('approve').click();
  await expect(items.nth(2).getByTestId('status-badge')).toHaveAttribute('data-status', 'approved');

  await mkdir(join(root, 'test-results'), { recursive: true });
  await page.screenshot({ path: join(root, 'test-results', `main-screen-${testInfo.project.name}.png`) });

  const files = await app.downloads(1, () => page.getByTestId('export').click());
  expect(files).toHaveLength(1);
  expect(files[0]!.name).toMatch(/\.md$/);
  const md = files[0]!.bytes.toString('utf8');
  expect(md).toContain(NEW_HEADLINE);
  expect(md).toContain('碧波荡漾');

  await app.restart();
  await expect(app.page.getByTestId('app-ready')).toBeVisible();
  const again = app.page.getByTestId('story-item');
  await expect(again).toHaveCount(7);
  await expect(again.nth(2)).toContainText(NEW_HEADLINE);
  await expect(again.nth(2).getByTestId('status-badge')).toHaveAttribute('data-status', 'approved');

  await app.page.getByTestId('undo').click();
  await expect(again.nth(2).getByTestId('status-badge')).toHaveAttribute('data-status', 'in_review');
  await app.page.getByTestId('undo').click();
  await expect(again.nth(2)).toContainText('嵊泗高标准推进海洋生态环境建设');
  await app.page.getByTestId('redo').click();
  await expect(again.nth(2)).toContainText(NEW_HEADLINE);
});

test('a bad file shows a clear error and leaves the library unchanged', async ({ app }) => {
  await signIn(app, '张编辑');
  const page = app.page;
  await expect(page.getByTestId('document-list').locator('li')).toHaveCount(1);
  await page.getByTestId('file-input').setInputFiles({ name: 'photo.txt', mimeType: 'text/plain', buffer: Buffer.from([0x89, 0x50, 0x4e, 0x47, 0, 0, 0, 0x0d]) });
  await expect(page.getByTestId('notice-error')).toContainText('二进制');
  await page.getByTestId('file-input').setInputFiles({ name: 'empty.txt', mimeType: 'text/plain', buffer: Buffer.alloc(0) });
  await expect(page.getByTestId('notice-error').last()).toContainText('空');
  await expect(page.getByTestId('document-list').locator('li')).toHaveCount(1);
  await expect(page.getByTestId('story-item')).toHaveCount(7);
});

test('the interface speaks English as a setting', async ({ app }) => {
  await signIn(app, '张编辑');
  const page = app.page;
  await expect(page.getByTestId('approve')).toHaveText('签发');
  await page.getByTestId('toggle-language').click();
  await expect(page.getByTestId('approve')).toHaveText('Approve');
  await app.restart();
  await expect(app.page.getByTestId('approve')).toHaveText('Approve');
});
