// Find-and-replace over a story: every replacement is made in the context of the whole text,
// so lookbehinds, anchors and \b behave as they do in the search that found them.
import { describe, expect, it } from 'vitest';
import { emptyFields, type Fields, type Story } from '../../../shared/model';
import { compileFind, countMatches, replaceInStory } from '../../../shared/story-ops/edit';
import { matchesIn } from '../../../shared/story-ops/find-pattern';
import { expandReplacement } from '../../../shared/story-ops/replacement';

function story(edited: Partial<Fields>): Story {
  const fields: Fields = { ...emptyFields(), ...edited };
  return {
    id: 's1',
    startLine: 1,
    endLine: 3,
    kind: 'article',
    original: structuredClone(fields),
    edited: fields,
    tags: [],
    status: 'approved',
    approval: null,
    rejection: null,
    flags: [],
    conflicts: [],
  };
}

/** Replace in one paragraph; return the new text, the count, and what the preview counted. */
function replaceIn(text: string, find: string, replacement: string, regex = true) {
  const s = story({ paragraphs: [text] });
  const pattern = compileFind(find, regex);
  const preview = countMatches(s, pattern);
  const r = replaceInStory(s, pattern, replacement);
  return { text: r.story.edited.paragraphs[0], count: r.count, preview, story: r.story };
}

describe('replaceInStory in regex mode', () => {
  it('a lookbehind replaces only where its context holds, and counts what it changed', () => {
    const r = replaceIn('记者王小明报道，王局长说。', '(?<=记者)王', '汪');
    expect(r.text).toBe('记者汪小明报道，王局长说。');
    expect(r.count).toBe(1);
    expect(r.preview).toBe(1);
  });

  it('a negative lookbehind and an anchor keep their context', () => {
    expect(replaceIn('王局长与副王主任', '(?<!副)王', '李')).toMatchObject({ text: '李局长与副王主任', count: 1 });
    expect(replaceIn('本报讯 本报讯', '^本报讯', '新华社')).toMatchObject({ text: '新华社 本报讯', count: 1 });
    expect(replaceIn('本报讯 本报讯', '本报讯$', '新华社')).toMatchObject({ text: '本报讯 新华社', count: 1 });
  });

  it('\\b holds only at word edges in the whole text', () => {
    expect(replaceIn('cat concat cat', '\\bcat\\b', 'dog')).toMatchObject({ text: 'dog concat dog', count: 2 });
  });

  it('numbered and named groups expand', () => {
    expect(replaceIn('2024年3月5日', '(\\d+)年(\\d+)月', '$2/$1').text).toBe('3/20245日');
    expect(replaceIn('2024年3月5日', '(?<y>\\d+)年(?<m>\\d+)月', '$<m>月（$<y>）').text).toBe('3月（2024）5日');
  });

  it('a named group in a lookbehind expands from the real match', () => {
    expect(replaceIn('记者王小明', '(?<=记者)(?<surname>王)', '[$<surname>]').text).toBe('记者[王]小明');
  });

  it('$$ is a dollar sign and $& the whole match', () => {
    expect(replaceIn('价格100元', '\\d+', '$$$&').text).toBe('价格$100元');
    expect(replaceIn('价格100元', '\\d+', '<$&>').text).toBe('价格<100>元');
  });

  it('unknown $ patterns stay literal, as String.replace leaves them', () => {
    expect(replaceIn('甲乙', '(甲)', '$2$0$x$<n>$1$').text).toBe('$2$0$x$<n>甲$乙');
  });

  it('matches native String.replace wherever the pattern needs no outside context', () => {
    const text = '甲乙丙 甲丁 abc-123 x_y';
    const cases: [string, string][] = [
      ['(甲)(乙)?', '[$2|$1|$&]'],
      ['(\\w)(\\w)', '$2$1$$'],
      ['(a)(b)(c)', '$10$3$01$`$\''],
      ['(?<k>\\d)', '<$<k>$<none>>'],
      ['丁', '$'],
    ];
    for (const [find, rep] of cases) {
      const r = replaceIn(text, find, rep);
      expect(r.text, `${find} → ${rep}`).toBe(text.replace(new RegExp(find, 'gu'), rep));
    }
  });

  it('empty matches are neither counted nor change anything', () => {
    expect(replaceIn('甲乙丙', 'x*', 'Y')).toMatchObject({ text: '甲乙丙', count: 0, preview: 0 });
    const r = replaceIn('甲xx乙x', 'x*', 'Y');
    expect(r).toMatchObject({ text: '甲Y乙Y', count: 2, preview: 2 });
    expect(replaceIn('甲乙', '(?<=甲)', 'Y')).toMatchObject({ text: '甲乙', count: 0 });
  });

  it('counts agree with the preview across every field', () => {
    const s = story({
      headline: '记者王',
      byline: '王记者',
      paragraphs: ['记者王某', '王某'],
      subheads: [{ beforeParagraph: 1, text: '记者王二' }],
    });
    const pattern = compileFind('(?<=记者)王', true);
    const r = replaceInStory(s, pattern, '汪');
    expect(r.count).toBe(countMatches(s, pattern));
    expect(r.count).toBe(3);
    expect(r.story.edited).toMatchObject({ headline: '记者汪', byline: '王记者', paragraphs: ['记者汪某', '王某'], subheads: [{ text: '记者汪二' }] });
  });

  it('nothing replaced leaves the story as it was (still approved)', () => {
    const r = replaceIn('王某', '(?<=记者)王', '汪');
    expect(r.count).toBe(0);
    expect(r.story.status).toBe('approved');
  });

  it('a replacement sends an approved story back to review', () => {
    expect(replaceIn('记者王某', '(?<=记者)王', '汪').story.status).toBe('in_review');
  });
});

describe('replaceInStory in plain mode', () => {
  it('inserts the replacement literally, $ patterns and all', () => {
    expect(replaceIn('单价(元)', '(元)', '$1$&$$', false)).toMatchObject({ text: '单价$1$&$$', count: 1 });
  });

  it('finds regex metacharacters literally', () => {
    expect(replaceIn('1.5 与 125', '1.5', '一点五', false)).toMatchObject({ text: '一点五 与 125', count: 1 });
  });
});

describe('expandReplacement (the per-match preview)', () => {
  it('gives what replaceInStory writes for each match, context and all', () => {
    const text = '记者王小明、记者王大明，王局长';
    const pattern = compileFind('(?<=记者)(?<s>王)(.)', true);
    const template = '[$<s>$2|$&|$$]';
    const previews = [...matchesIn(pattern, text)].map((m) => expandReplacement(template, m));
    expect(previews).toEqual(['[王小|王小|$]', '[王大|王大|$]']);
    expect(replaceIn(text, '(?<=记者)(?<s>王)(.)', template).text).toBe(`记者${previews[0]}明、记者${previews[1]}明，王局长`);
  });
});
