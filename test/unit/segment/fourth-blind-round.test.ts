// Rules added after the fourth blind round (the blind4-* fixtures): each case below failed
// before its rule existed. Snippets are made up in the styles of those pages.
import { describe, expect, it } from 'vitest';
import { subheadlineOf } from '../../../shared/model';
import { segment } from '../../../shared/segment';
import { readHeading } from '../../../shared/segment/headline';
import { startsEnumeration } from '../../../shared/segment/text';

const read = (page: string) =>
  segment(page).map((s) => ({ k: s.kind, h: s.headline, sh: subheadlineOf(s), b: s.byline, r: [s.startLine, s.endLine], p: s.paragraphs }));

describe('headings', () => {
  it('reads a capitalised English label above a title as its kicker', () => {
    expect(readHeading(['ANALYSIS', 'Why rates may stay high'], [])).toEqual({ kicker: 'ANALYSIS', headline: 'Why rates may stay high', deck: null });
    expect(readHeading(['Rates stay high', 'as prices rise'], [])).toEqual({ kicker: null, headline: 'Rates stay high', deck: 'as prices rise' });
  });

  it('reads two Chinese heading lines as kicker and title, whichever is longer (引题 are often the longer line)', () => {
    expect(readHeading(['全省首批未来乡村建设', '交出“成绩单”'], ['——副题'])).toEqual({ kicker: '全省首批未来乡村建设', headline: '交出“成绩单”', deck: '——副题' });
    expect(readHeading(['温州瓯海', '老旧小区加装电梯超百台'], [])).toEqual({ kicker: '温州瓯海', headline: '老旧小区加装电梯超百台', deck: null });
  });
});

describe('English front matter', () => {
  it("keeps an editor's note between the byline and the dateline in its story", () => {
    const page = 'EXCLUSIVE\nMayor weighs garage sale\n\nBy the Associated Press\n\nEditor\'s note: Part of a series.\n\nCHICAGO — The mayor is weighing a sale.\n\nA decision is due in spring.';
    expect(read(page)).toEqual([
      {
        k: 'article',
        h: 'Mayor weighs garage sale',
        sh: 'EXCLUSIVE',
        b: 'By the Associated Press',
        r: [1, 10],
        p: ["Editor's note: Part of a series.", 'CHICAGO — The mayor is weighing a sale.', 'A decision is due in spring.'],
      },
    ]);
  });
});

describe('lists', () => {
  it('reads "1) …" items after a colon as paragraphs of their own', () => {
    expect(startsEnumeration('1) on the website;')).toBe(true);
    const page = 'Lunch program grows\n\nBy ANN LEE\n\nThe district will serve lunch in two ways:\n\n1) at schools;\n\n2) at libraries.';
    expect(read(page)[0]!.p).toEqual(['The district will serve lunch in two ways:', '1) at schools;', '2) at libraries.']);
  });
});

describe('untitled photo captions', () => {
  it('reads a caption ending in its bracketed credit after a story as a photo of its own', () => {
    const page = '某县新建水库\n\n本报讯（记者 乙）某县新建水库一座。\n\n1月9日，村民在湖边散步。（本报记者 丙 摄）\n\n1月8日，渔民在湖上捕鱼。（通讯员 丁 摄）';
    expect(read(page)).toEqual([
      { k: 'article', h: '某县新建水库', sh: null, b: null, r: [1, 3], p: ['本报讯（记者 乙）某县新建水库一座。'] },
      { k: 'photo', h: null, sh: null, b: '本报记者 丙 摄', r: [5, 5], p: ['1月9日，村民在湖边散步。（本报记者 丙 摄）'] },
      { k: 'photo', h: null, sh: null, b: '通讯员 丁 摄', r: [7, 7], p: ['1月8日，渔民在湖上捕鱼。（通讯员 丁 摄）'] },
    ]);
  });
});
