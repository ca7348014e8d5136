// The matcher every find-and-replace goes through: a linear-time engine that must find exactly
// what JavaScript's RegExp with the 'u' flag finds, and refuse clearly what it cannot run.
import { describe, expect, it } from 'vitest';
import { errorMessages } from '../../../shared/errors';
import { emptyFields, type Story } from '../../../shared/model';
import { replaceInStory } from '../../../shared/story-ops/edit';
import { checkSearchWork, compileFind, matchesIn, MAX_REGEX_LENGTH, MAX_SEARCH_WORK } from '../../../shared/story-ops/find-pattern';

/** What native matchAll finds, in the matcher's shape (empty matches dropped, as replace-all drops them). */
function native(find: string, text: string) {
  return [...text.matchAll(new RegExp(find, 'gu'))]
    .filter((m) => m[0] !== '')
    .map((m) => ({ index: m.index, text: m[0], captures: m.slice(1), named: m.groups ? { ...m.groups } : undefined }));
}

function ours(find: string, text: string) {
  return [...matchesIn(compileFind(find, true), text)].map((m) => ({
    index: m.index,
    text: m.text,
    captures: [...m.captures],
    named: m.named ? Object.fromEntries(m.named) : undefined,
  }));
}

function storyWith(paragraphs: string[]): Story {
  const fields = { ...emptyFields(), paragraphs };
  return { id: 's', startLine: 1, endLine: 1, kind: 'article', original: fields, edited: fields, tags: [], status: 'new', approval: null, rejection: null, flags: [], conflicts: [] };
}

/** The code a compile or search throws, for asserting on. */
function refusal(run: () => unknown): { code: string; detail: string | undefined } | null {
  try {
    run();
    return null;
  } catch (e) {
    return { code: (e as { code: string }).code, detail: (e as { detail?: string }).detail };
  }
}

const TEXTS = [
  '记者王小明报道：温州市场 2024年3月5日，价格 1.5 元。',
  '𠀀𠀁甲😀乙\u3000丙\u2028丁 x\t y\u00a0z\r\n末',
  'cat concat cat_s 3cats',
  'aaa ab abcd [x] a-b \\ / ^$',
  '',
];

const PATTERNS = [
  '温州', '王.', '..', '^.', '.$', '^记者', '元。$', '\\d+', '(\\d+)年(\\d+)月(\\d+)?', '(?<年>\\d{4})年(?<月>\\d+)',
  '\\s+', '\\S+', '[\\s\\d]+', '[^\\s]', '[\\S]', '[^\\S]+', '\\bcat\\b', '\\Bcat', '\\w+', '\\W', '[^]', '[]|甲', '[\\b]|a',
  '\\p{Script=Han}+', '\\p{sc=Han}', '\\p{Letter}+', '\\p{L}', '\\P{L}+', '\\p{P}', '[\\p{sc=Han}\\d]+', '\\p{gc=Nd}',
  '\\u{20000}', '\\uD840\\uDC01', '\\u7532', '[😀-😂]', '[\\u{20000}-\\u{2FFFF}]+', '\\cJ|\\cI', '\\0|末',
  'x*', '(?:)', 'a*?', 'a+?', '.+?', 'a|ab', '(a|ab)(c|bcd)(d*)', '(甲)?乙', '(a)|(b)', '[[]', '[a-]', '\\[x\\]', '\\/', '\\\\',
  '\\^\\$', '(?<=记者)王', '(?<!市)场', '(?<=\\d)年', 'a{2}', 'a{1,2}', 'a{2,}', '(?:ab)+', '\\x41|\\x61',
];

describe('the find matcher agrees with RegExp /gu', () => {
  it('on every pattern over Chinese, astral and mixed text', () => {
    for (const find of PATTERNS) for (const text of TEXTS) expect(ours(find, text), `${find} over ${text}`).toEqual(native(find, text));
  });

  it('on \\s, \\S and . over every BMP code point and some astral ones', () => {
    let all = '';
    for (let cp = 0; cp <= 0xffff; cp++) if (cp < 0xd800 || cp > 0xdfff) all += String.fromCodePoint(cp);
    all += '\u{10000}\u{1F600}\u{20000}\u{10FFFF}';
    const at = (ms: Iterable<{ index: number }>) => [...ms].map((m) => m.index);
    for (const find of ['\\s', '\\S', '[\\s]', '[\\S]', '[^\\s]', '[^\\S]', '.', '[^]']) {
      expect(at(matchesIn(compileFind(find, true), all)), find).toEqual(at(all.matchAll(new RegExp(find, 'gu'))));
    }
  });

  it('gives UTF-16 offsets, so slices of the text are the matches', () => {
    const text = '😀甲𠀀乙';
    const [m] = [...matchesIn(compileFind('甲(.)', true), text)];
    expect(m).toMatchObject({ index: 2, text: '甲𠀀', captures: ['𠀀'] });
    expect(text.slice(m!.index, m!.index + m!.text.length)).toBe('甲𠀀');
  });

  it('moves past an empty match by a whole code point', () => {
    expect(ours('(?:)|😀', '😀😀')).toEqual([]);
    expect(ours('x*', '😀x😀xx')).toEqual([
      { index: 2, text: 'x', captures: [], named: undefined },
      { index: 5, text: 'xx', captures: [], named: undefined },
    ]);
  });

  it('matches plain text literally, special characters and all', () => {
    const p = compileFind('1.5(元)$', false);
    expect([...matchesIn(p, '1.5(元)$ 与 125元')].map((m) => m.index)).toEqual([0]);
    expect([...matchesIn(compileFind('', false), 'abc')]).toEqual([]);
    expect([...matchesIn(compileFind('aa', false), 'aaaaa')].map((m) => m.index)).toEqual([0, 2]);
  });
});

describe('patterns that would freeze a backtracking engine', () => {
  const cases: Array<[string, string, string, number]> = [
    // pattern, text, expected text after replacing with X, expected count
    ['(a+)+$', 'a'.repeat(40) + '!', 'a'.repeat(40) + '!', 0],
    ['(a+)+$', 'a'.repeat(40), 'X', 1],
    ['(.*a){25}', 'a'.repeat(40) + '!', 'X!', 1],
    ['(.*a){25}', 'a'.repeat(20) + '!', 'a'.repeat(20) + '!', 0],
    ['(a|aa)+$', 'a'.repeat(40) + '!', 'a'.repeat(40) + '!', 0],
    ['(x+x+)+y', 'x'.repeat(40), 'x'.repeat(40), 0],
    ['(x+x+)+y', 'x'.repeat(40) + 'y', 'X', 1],
  ];

  it('return at once with the right result', () => {
    for (const [find, text, after, count] of cases) {
      const started = performance.now();
      const r = replaceInStory(storyWith([text]), compileFind(find, true), 'X');
      expect(performance.now() - started, find).toBeLessThan(500);
      expect(r.story.edited.paragraphs[0], find).toBe(after);
      expect(r.count, find).toBe(count);
    }
  });

  it('stay linear over a 20,000-character story', () => {
    const long = 'a'.repeat(20_000) + '!';
    const cases: Array<[string, string, string]> = [
      ['(a+)+$', 'X', long],
      ['(.*a){25}', 'X', 'X!'],
      ['(a|aa)+$', 'X', long],
      ['(x+x+)+y', 'X', long],
      // A template with $1 makes re2js find the groups too.
      ['(a|aa)+!', '[$1]', '[a]'],
    ];
    for (const [find, template, expected] of cases) {
      const pattern = compileFind(find, true);
      checkSearchWork(pattern, long.length);
      const started = performance.now();
      const r = replaceInStory(storyWith([long]), pattern, template);
      expect(performance.now() - started, find).toBeLessThan(1000);
      expect(r.story.edited.paragraphs, find).toEqual([expected]);
    }
  });
});

describe('patterns that are refused', () => {
  it('backreferences and lookahead: not supported, naming the construct', () => {
    expect(refusal(() => compileFind('(a)\\1', true))).toEqual({ code: 'regex_unsupported', detail: '\\1' });
    expect(refusal(() => compileFind('(?<姓>王)\\k<姓>', true))).toEqual({ code: 'regex_unsupported', detail: '\\k<姓>' });
    expect(refusal(() => compileFind('王(?=主任)', true))).toEqual({ code: 'regex_unsupported', detail: '(?=' });
    expect(refusal(() => compileFind('王(?!主任)', true))).toEqual({ code: 'regex_unsupported', detail: '(?!' });
    expect(refusal(() => compileFind('(?<=(记者))王', true))?.code).toBe('regex_unsupported');
    // A Unicode property RE2 does not know: named when it is spelled as the editor typed it.
    expect(refusal(() => compileFind('\\p{ASCII}+', true))).toEqual({ code: 'regex_unsupported', detail: '\\p{ASCII}' });
    expect(refusal(() => compileFind('\\p{Script=Hani}', true))?.code).toBe('regex_unsupported');
    expect(refusal(() => compileFind('\\p{scx=Han}', true))).toEqual({ code: 'regex_unsupported', detail: '\\p{scx=Han}' });
  });

  it('is told apart from a syntax error, in both languages', () => {
    expect(refusal(() => compileFind('(甬州', true))?.code).toBe('invalid_regex');
    expect(refusal(() => compileFind('\\q', true))?.code).toBe('invalid_regex');
    expect(refusal(() => compileFind('(a)\\2', true))?.code).toBe('invalid_regex');
    expect(errorMessages.regex_unsupported.zh).toContain('不支持');
    expect(errorMessages.regex_unsupported.en).toContain('not supported');
    expect(errorMessages.regex_unsupported.zh).not.toBe(errorMessages.invalid_regex.zh);
  });

  it('a pattern over the length limit has its own message; plain text has no limit here', () => {
    expect(refusal(() => compileFind('a'.repeat(MAX_REGEX_LENGTH + 1), true))?.code).toBe('regex_too_long');
    expect(refusal(() => compileFind('a'.repeat(MAX_REGEX_LENGTH), true))).toBeNull();
    expect(refusal(() => compileFind('a'.repeat(5000), false))).toBeNull();
    expect(errorMessages.regex_too_long.zh).toContain('1000');
  });

  it('repeats too large to compile, or too costly for the text, are too complex', () => {
    expect(refusal(() => compileFind('a{1001}', true))?.code).toBe('regex_too_complex');
    expect(refusal(() => compileFind('(?:a{100}){100}', true))?.code).toBe('regex_too_complex');
    const heavy = compileFind('(?<=.{999}).'.repeat(20), true);
    expect(refusal(() => checkSearchWork(heavy, 20_000))?.code).toBe('regex_too_complex');
    expect(refusal(() => checkSearchWork(heavy, 10))).toBeNull();
    expect(refusal(() => checkSearchWork(compileFind('温州', false), MAX_SEARCH_WORK))).toBeNull();
    expect(refusal(() => checkSearchWork(compileFind('(\\d+)年(\\d+)月', true), 100_000))).toBeNull();
  });
});
