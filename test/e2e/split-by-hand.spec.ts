import { join } from 'node:path';
import { expect, root, test, type GalleyApp, signIn } from './app';

test('split at a clicked line, merge back, move a boundary, and undo each', async ({ app }, testInfo) => {
  await signIn(app, '王校对');
  const page = app.page;
  const items = page.getByTestId('story-item');
  await expect(items).toHaveCount(7);

  // Story 1 runs to line 67; split it at its second subhead (line 35) by clicking the line.
  await page.locator('[data-line="35"]').click();
  await expect(items.nth(0)).toHaveAttribute('aria-current', 'true');
  await page.getByTestId('split-here').click();
  await expect(items).toHaveCount(8);
  await expect(items.nth(1)).toContainText('一份精益求精的执着');

  // The page map shows one band per story; clicking a band selects its story.
  await expect(page.getByTestId('map-band')).toHaveCount(8);
  await page.getByTestId('map-band').nth(1).click();
  await expect(items.nth(1)).toHaveAttribute('aria-current', 'true');
  await page.screenshot({ path: join(root, 'test-results', `split-${testInfo.project.name}.png`) });

  await page.getByTestId('undo').click();
  await expect(items).toHaveCount(7);
  await expect(items.nth(0)).toContainText('一个城市的执着');

  // Merge story 4 (缙云) with 5 (越城), then undo.
  await items.nth(3).click();
  await page.getByTestId('merge-next').click();
  await expect(items).toHaveCount(6);
  await page.keyboard.press('Control+z');
  await expect(items).toHaveCount(7);

  // Move the boundary between story 2 (no headline) and story 3 down one line: 嵊泗's headline joins story 2.
  await items.nth(1).click();
  await page.getByTestId('boundary-down').click();
  await expect(items.nth(2)).not.toContainText('嵊泗高标准推进海洋生态环境建设');
  await page.getByTestId('undo').click();
  await expect(items.nth(2)).toContainText('嵊泗高标准推进海洋生态环境建设');

  // Drag the lower edge of story 2's band on the page map down to line 87: the same boundary move.
  const map = page.getByTestId('page-map');
  const box = (await map.boundingBox())!;
  const total = await page.locator('[data-line]').count();
  const edge = page.getByTestId('band-edge').nth(1);
  const from = (await edge.boundingBox())!;
  await page.mouse.move(from.x + from.width / 2, from.y + from.height / 2);
  await page.mouse.down();
  const y = box.y + ((87 - 1 + 0.5) / total) * box.height;
  await page.mouse.move(from.x + from.width / 2, y, { steps: 5 });
  await page.mouse.up();
  await expect(items.nth(2)).not.toContainText('嵊泗高标准推进海洋生态环境建设');
  await expect(items).toHaveCount(7);
  await page.getByTestId('undo').click();
  await expect(items.nth(2)).toContainText('嵊泗高标准推进海洋生态环境建设');

  // Mark the photo as not a story, then set it back.
  await items.nth(5).click();
  await page.getByTestId('story-kind').selectOption('nonstory');
  await expect(page.getByTestId('progress')).toContainText('0/6');
  await page.getByTestId('undo').click();
  await expect(page.getByTestId('progress')).toContainText('0/7');
});

test('a correction a boundary move cannot re-apply is shown on the story until checked', async ({ app }) => {
  await signIn(app, '王校对');
  const page = app.page;
  const items = page.getByTestId('story-item');
  await items.nth(2).click();
  const headline = page.getByTestId('field-headline');
  await headline.fill('嵊泗全力推进海洋生态建设');
  await headline.press('Enter');
  await expect(items.nth(2)).toContainText('嵊泗全力推进海洋生态建设');

  // Moving the boundary down puts story 3's headline line into story 2: the correction has nowhere to go.
  await items.nth(1).click();
  await page.getByTestId('boundary-down').click();
  await items.nth(2).click();
  const box = page.getByTestId('story-conflicts');
  await expect(box).toContainText('嵊泗全力推进海洋生态建设');
  await headline.fill('临时标题');
  await headline.press('Enter');
  await page.getByTestId('approve').click();
  await expect(page.getByTestId('notice-error').last()).toContainText('未能重新应用');
  await page.getByTestId('dismiss-conflicts').click();
  await expect(box).toHaveCount(0);
  await page.getByTestId('approve').click();
  await expect(items.nth(2).getByTestId('status-badge')).toHaveAttribute('data-status', 'approved');
});
