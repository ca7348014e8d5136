// One-action field fixes from the source pane and the story editor: swap title and deck by key,
// set a line as the deck from its context menu, the history in both languages, the unsure-heading
// notice with its swap button, and the confirmation an approved story asks for.
import { join } from 'node:path';
import type { Page } from '@playwright/test';
import { expect, root, test, signIn } from './app';

const shot = (page: Page, name: string, project: string) => page.screenshot({ path: join(root, 'test-results', `${name}-${project}.png`) });

async function atSizes(page: Page, name: string, project: string, ready: () => Promise<void>) {
  for (const [w, h] of [
    [1440, 900],
    [1920, 1080],
  ] as const) {
    await page.setViewportSize({ width: w, height: h });
    await ready();
    await shot(page, `${name}-${w}x${h}`, project);
  }
}

test('swap title and deck by key, undo, set a line as the deck from its menu; the history in Chinese and English', async ({ app }, testInfo) => {
  await signIn(app, '周校对');
  const page = app.page;
  const items = page.getByTestId('story-item');
  await expect(items).toHaveCount(7);
  await expect(items.nth(0)).toHaveAttribute('aria-current', 'true');
  const headline = page.getByTestId('field-headline');
  const deck = page.getByTestId('field-deck');
  await expect(headline).toHaveValue('一个城市的执着');
  await expect(deck).toHaveValue('——温州三十年如一日坚持“质量立市”');

  // A source line has focus: Alt+S swaps title and deck, one undoable operation.
  await page.locator('[data-line="3"]').click();
  await expect(page.locator('[data-line="3"]')).toBeFocused();
  await page.keyboard.press('Alt+s');
  await expect(headline).toHaveValue('——温州三十年如一日坚持“质量立市”');
  await expect(deck).toHaveValue('一个城市的执着');
  await expect(items.nth(0)).toContainText('——温州三十年如一日坚持');
  await page.keyboard.press('Control+z');
  await expect(headline).toHaveValue('一个城市的执着');
  await expect(deck).toHaveValue('——温州三十年如一日坚持“质量立市”');

  // The context-menu key (Shift+F10) opens the line's menu under the line; Escape closes it.
  await page.locator('[data-line="5"]').focus();
  await page.keyboard.press('Shift+F10');
  const menu = page.getByTestId('line-menu');
  await expect(menu).toBeVisible();
  await expect(menu).toContainText('把第 5 行设为');
  await expect(page.getByTestId('assign-deck')).toHaveAttribute('aria-checked', 'true');
  await page.keyboard.press('Escape');
  await expect(menu).toHaveCount(0);
  await expect(page.locator('[data-line="5"]')).toBeFocused();

  // Right-click the title line: the menu lists every role with its key.
  await page.locator('[data-line="3"] .tx').click({ button: 'right' });
  await expect(menu).toBeVisible();
  for (const label of ['标题', '引题', '副题', '作者', '电头', '小标题', '图片说明', '正文']) await expect(menu).toContainText(label);
  await expect(page.getByTestId('assign-headline')).toHaveAttribute('aria-checked', 'true');
  await expect(page.getByTestId('assign-deck')).toContainText('Alt+3');
  await atSizes(page, 'assign-menu', testInfo.project.name, async () => {
    await page.keyboard.press('Escape');
    await page.locator('[data-line="3"] .tx').click({ button: 'right' });
    await expect(menu).toBeVisible();
    const box = (await menu.boundingBox())!;
    const size = page.viewportSize()!;
    expect(box.x + box.width).toBeLessThanOrEqual(size.width);
    expect(box.y + box.height).toBeLessThanOrEqual(size.height);
  });
  await page.getByTestId('assign-deck').click();
  await expect(menu).toHaveCount(0);
  // "The title is the deck": the ——line under it is then the title.
  await expect(deck).toHaveValue('一个城市的执着');
  await expect(headline).toHaveValue('——温州三十年如一日坚持“质量立市”');

  await page.getByTestId('history-toggle').click();
  const history = page.getByTestId('history-list');
  await expect(history.getByTestId('history-entry').first()).toContainText('把第3行设为副题');
  await expect(history).toContainText('交换标题与副题');
  await expect(history.getByTestId('history-entry').first()).toContainText('设定行的用途');

  await page.getByTestId('toggle-language').click();
  await expect(history.getByTestId('history-entry').first()).toContainText('Line 3 set as deck');
  await expect(history).toContainText('Swapped title and deck');
  await page.locator('[data-line="3"] .tx').click({ button: 'right' });
  await expect(menu).toContainText('Set line 3 as');
  await expect(page.getByTestId('assign-deck')).toContainText('Deck');
  await page.keyboard.press('Escape');

  // Alt+digit on a focused line: line 5 back to the deck, then undo.
  await page.locator('[data-line="5"]').focus();
  await page.keyboard.press('Alt+3');
  await expect(history.getByTestId('history-entry').first()).toContainText('Line 5 set as deck');
  await page.getByTestId('undo').click();
  await expect(history.getByTestId('history-entry').first()).toContainText('Line 5 set as deck');
  await expect(history.getByTestId('history-entry').first()).toHaveAttribute('data-kind', 'undo');
});

// A made-up page of two-line heads the reader has to weigh (kicker over title, or title over deck);
// it reads some of them with less than full confidence and flags those uncertain_heading.
const unsurePage = [
  ['擦亮山区底色', '全县森林覆盖率达到81%', '本报讯 今年以来，全县新增造林面积1.2万亩，森林覆盖率达到81.3%。'],
  ['春耕时节', '全市农机出动三万台次', '记者从市农业农村局获悉，春耕以来，全市共出动农机3万余台次。'],
  ['通航啦！', '衢州至厦门航线正式开通', '本报讯（记者 王五）3月28日上午，衢州至厦门航线正式开通。'],
  ['小县城的“大课堂”', '“流动图书馆”走进36个山村', '本报讯 今年以来，“流动图书馆”走进全县36个山村，让村民在家门口读到新书。'],
  ['总投资40亿元 占地600亩', '智能装备产业园在龙游开工', '本报讯（记者 赵六）3月5日，总投资40亿元的智能装备产业园在龙游开工建设。'],
  ['外贸企业组团出海', '40家企业赴东南亚参展', '本报讯（记者 李明）4月，我市组织40家外贸企业赴东南亚参加展会，现场获得订单1.6亿美元。'],
  ['衢州召开春耕备耕现场会', '张三李四出席', '本报讯（记者 王五）3月5日，全市春耕备耕现场会在龙游县召开。'],
  ['三天三夜', '一场跨越六百公里的驰援', '本报讯 三天三夜，市消防救援支队28名队员驰援600公里外的受灾地区。'],
]
  .map(([a, b, lead]) => `${a}\n\n${b}\n\n${lead}\n\n与会人员实地察看了育秧工厂。\n`)
  .join('\n\n\n');

test('an unsure heading is shown in the story editor with its confidence and swapped there; an approved story asks first', async ({ app }, testInfo) => {
  await signIn(app, '周校对');
  const page = app.page;
  await page.getByTestId('file-input').setInputFiles({ name: '春耕.txt', mimeType: 'text/plain', buffer: Buffer.from(unsurePage, 'utf8') });
  await expect(page.getByTestId('doc-name')).toHaveText('春耕.txt');
  const items = page.getByTestId('story-item');
  await expect(items).toHaveCount(8);

  // The list and the page map mark the unsure reading.
  const unsure = items.filter({ has: page.locator('[data-testid="flag-badge"][data-code="uncertain_heading"]') });
  expect(await unsure.count()).toBeGreaterThan(0);
  await expect(unsure.first().getByTestId('flag-badge').first()).toContainText('标题与副题可能颠倒');
  await expect(page.locator('[data-testid="map-band"].unsure').first()).toBeVisible();
  await unsure.first().click();

  const notice = page.getByTestId('flag-notice');
  const item = notice.locator('[data-testid="flag-item"][data-code="uncertain_heading"]');
  await expect(item).toContainText('标题与副题可能颠倒');
  await expect(item).toContainText(/把握 \d+%/);
  await atSizes(page, 'flag-notice', testInfo.project.name, async () => {
    await expect(item).toBeVisible();
  });

  const before = { kicker: await page.getByTestId('field-kicker').inputValue(), headline: await page.getByTestId('field-headline').inputValue(), deck: await page.getByTestId('field-deck').inputValue() };
  const swap = item.getByRole('button').first();
  await swap.click();
  // The editor decided: the notice's unsure heading and the list's badge are gone; the two fields changed places.
  await expect(item).toHaveCount(0);
  const after = { kicker: await page.getByTestId('field-kicker').inputValue(), headline: await page.getByTestId('field-headline').inputValue(), deck: await page.getByTestId('field-deck').inputValue() };
  expect(after.headline).toBe(before.kicker || before.deck);
  expect([after.kicker, after.deck]).toContain(before.headline);
  await expect(page.locator('[aria-current="true"] [data-code="uncertain_heading"]')).toHaveCount(0);

  // Approved, then swapped back by key in the story editor: the app's own dialog asks first.
  await page.getByTestId('approve').click();
  await expect(page.locator('[aria-current="true"] [data-testid="status-badge"]')).toHaveAttribute('data-status', 'approved');
  await page.getByTestId('field-headline').focus();
  await page.keyboard.press(before.kicker ? 'Alt+Shift+s' : 'Alt+s');
  const dialog = page.getByTestId('confirm-dialog');
  await expect(dialog).toContainText('这篇稿件已签发');
  await page.getByTestId('confirm-cancel').click();
  await expect(dialog).toHaveCount(0);
  await expect(page.getByTestId('field-headline')).toHaveValue(after.headline);
  await page.getByTestId(before.kicker ? 'swap-kicker' : 'swap-deck').click();
  await page.getByTestId('confirm-ok').click();
  await expect(page.getByTestId('field-headline')).toHaveValue(before.headline);
  await expect(page.locator('[aria-current="true"] [data-testid="status-badge"]')).toHaveAttribute('data-status', 'in_review');
});
