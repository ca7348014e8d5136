// The error kinds the scorer types into clean pages, one injector each. An injector picks a
// random place where the error can really happen (a body line of a story in its language) and
// returns the new text with the error's span; null when the page offers no such place.
import type { Category } from '../../../../shared/proof';
import type { Page } from './pages';
import { pick, type Rng } from './prng';
import { splice, spots, toFullWidth, type Injected } from './splice';

export interface Kind {
  id: string;
  family: Category | 'doubled-char';
  /** Rules that count as finding this error. */
  rules: string[];
  inject(page: Page, rng: Rng): Injected | null;
}

const HAN = '[\\u4e00-\\u9fff]';
const HALF: Record<string, string> = { '，': ',', '。': '.', '；': ';', '：': ':', '？': '?', '！': '!', '（': '(', '）': ')' };
const STRAIGHT: Record<string, string> = { '“': '"', '”': '"', '‘': "'", '’': "'" };
const PAIRS: Record<string, string> = { '“': '”', '‘': '’', '（': '）', '《': '》', '〈': '〉' };
const CLOSERS = Object.fromEntries(Object.entries(PAIRS).map(([o, c]) => [c, o]));
const CN_DIGIT = '〇一二三四五六七八九';

function cnNumber(n: number): string {
  if (n < 10) return CN_DIGIT[n]!;
  if (n < 20) return '十' + (n % 10 ? CN_DIGIT[n % 10] : '');
  if (n < 100) return CN_DIGIT[Math.floor(n / 10)] + '十' + (n % 10 ? CN_DIGIT[n % 10] : '');
  return String(n)
    .split('')
    .map((d) => CN_DIGIT[Number(d)])
    .join('');
}

/** The partner of the paired mark at `at`, on the same line, or -1. */
function partner(text: string, at: number, lineStart: number, lineEnd: number): number {
  const ch = text[at]!;
  const close = PAIRS[ch];
  const open = CLOSERS[ch];
  let depth = 0;
  if (close) {
    for (let i = at + 1; i < lineEnd; i++) {
      if (text[i] === ch) depth++;
      else if (text[i] === close && depth-- === 0) return i;
    }
  } else if (open) {
    for (let i = at - 1; i >= lineStart; i--) {
      if (text[i] === ch) depth++;
      else if (text[i] === open && depth-- === 0) return i;
    }
  }
  return -1;
}

const halfwidth: Kind = {
  id: 'halfwidth',
  family: 'punctuation',
  rules: ['punct.halfwidth', 'punct.unbalanced'],
  inject(page, rng) {
    const s = pick(rng, spots(page, 'zh', /[，。；：？！（）]/));
    return s ? splice(page.text, s.at, s.at + 1, HALF[s.match[0]]!) : null;
  },
};

const straightQuote: Kind = {
  id: 'straight-quote',
  family: 'punctuation',
  rules: ['punct.straight-quote'],
  inject(page, rng) {
    if (rng() < 0.5) {
      const s = pick(rng, spots(page, 'zh', /“[^“”‘’\n]{1,30}”/));
      if (s) return splice(page.text, s.at, s.at + s.match[0].length, '"' + s.match[0].slice(1, -1) + '"');
    }
    const s = pick(rng, spots(page, 'zh', /[“”‘’]/));
    return s ? splice(page.text, s.at, s.at + 1, STRAIGHT[s.match[0]]!) : null;
  },
};

const nestedQuote: Kind = {
  id: 'nested-quote',
  family: 'punctuation',
  rules: ['punct.nested-quote'],
  inject(page, rng) {
    const inner = spots(page, 'zh', /“[^“”\n]*?(‘[^‘’“”\n]+’)/);
    if (inner.length > 0 && rng() < 0.3) {
      const s = pick(rng, inner)!;
      const from = s.at + s.match[0].length - s.match[1]!.length;
      const body = s.match[1]!.slice(1, -1);
      return splice(page.text, from, from + body.length + 2, '“' + body + '”');
    }
    // Quote a whole sentence that already quotes a term: the term's “” should become ‘’.
    const s = pick(rng, spots(page, 'zh', /(?<=^|[。！？])[^。！？“”‘’\n]+“[^“”‘’\n]{1,12}”[^。！？“”‘’\n]*。/));
    if (!s) return null;
    const sentence = s.match[0];
    const inj = splice(page.text, s.at, s.at + sentence.length, '“' + sentence.slice(0, -1) + '”' + '。');
    const open = sentence.indexOf('“') + 1;
    const close = sentence.indexOf('”') + 1;
    return { text: inj.text, start: s.at + open, end: s.at + close + 1 };
  },
};

const unbalanced: Kind = {
  id: 'unbalanced',
  family: 'punctuation',
  rules: ['punct.unbalanced'],
  inject(page, rng) {
    const candidates = spots(page, 'zh', /[“”‘’（）《》〈〉]/).filter((s) => partner(page.text, s.at, s.line.start, s.line.end) >= 0);
    const s = pick(rng, candidates);
    if (!s) return null;
    const other = partner(page.text, s.at, s.line.start, s.line.end);
    const text = page.text.slice(0, s.at) + page.text.slice(s.at + 1);
    // The broken pair's span, in the new text.
    return other > s.at ? { text, start: s.at, end: other } : { text, start: other, end: s.at };
  },
};

const ellipsis: Kind = {
  id: 'ellipsis',
  family: 'punctuation',
  rules: ['punct.ellipsis'],
  inject(page, rng) {
    const wrong = pick(rng, ['...', '。。。', '…'])!;
    const existing = spots(page, 'zh', /……/);
    const s = existing.length > 0 && rng() < 0.4 ? pick(rng, existing) : pick(rng, spots(page, 'zh', new RegExp(`(?<=${HAN})[。，]`)));
    return s ? splice(page.text, s.at, s.at + s.match[0].length, wrong) : null;
  },
};

const dash: Kind = {
  id: 'dash',
  family: 'punctuation',
  rules: ['punct.dash'],
  inject(page, rng) {
    const wrong = pick(rng, ['--', '—'])!;
    const existing = spots(page, 'zh', /——/);
    const s = existing.length > 0 && rng() < 0.4 ? pick(rng, existing) : pick(rng, spots(page, 'zh', new RegExp(`(?<=${HAN})，(?=${HAN})`)));
    return s ? splice(page.text, s.at, s.at + s.match[0].length, wrong) : null;
  },
};

const doubled: Kind = {
  id: 'doubled',
  family: 'punctuation',
  rules: ['punct.doubled'],
  inject(page, rng) {
    const s = pick(rng, spots(page, 'zh', /(?<![，。、；：？！])[，。、；](?![，。、；：？！])/));
    return s ? splice(page.text, s.at, s.at + 1, s.match[0] + s.match[0]) : null;
  },
};

const lineStart: Kind = {
  id: 'line-start',
  family: 'punctuation',
  rules: ['punct.line-start'],
  inject(page, rng) {
    if (rng() < 0.5) {
      // A column break typed before the mark instead of after it.
      const s = pick(rng, spots(page, 'zh', new RegExp(`(?<=${HAN})[，。、；：？！](?=${HAN})`)));
      return s ? splice(page.text, s.at, s.at + 1, '\n' + s.match[0], 1, 2) : null;
    }
    const line = pick(rng, page.zh);
    return line ? splice(page.text, line.start, line.start, pick(rng, [...'，。、；：？！'])!) : null;
  },
};

const repeatTriple: Kind = {
  id: 'repeat-triple',
  family: 'repetition',
  rules: ['repeat.char'],
  inject(page, rng) {
    const s = pick(rng, spots(page, 'zh', new RegExp(HAN)));
    return s ? splice(page.text, s.at, s.at + 1, s.match[0].repeat(3)) : null;
  },
};

// A doubled character (温州州) is reported as its own family: many doubles are legitimate (常常,
// 学生|生活), so it rests on jieba's word model and is the family most likely to slip.
const repeatDouble: Kind = {
  id: 'repeat-double',
  family: 'doubled-char',
  rules: ['repeat.char'],
  inject(page, rng) {
    const s = pick(rng, spots(page, 'zh', new RegExp(HAN)));
    return s ? splice(page.text, s.at, s.at + 1, s.match[0].repeat(2)) : null;
  },
};

const fullwidthDigit: Kind = {
  id: 'fullwidth-digit',
  family: 'number',
  rules: ['number.fullwidth-digit'],
  inject(page, rng) {
    const s = pick(rng, spots(page, 'zh', /\d+/));
    return s ? splice(page.text, s.at, s.at + s.match[0].length, toFullWidth(s.match[0])) : null;
  },
};

const twoDigitYear: Kind = {
  id: 'two-digit-year',
  family: 'number',
  rules: ['number.two-digit-year'],
  inject(page, rng) {
    const s = pick(rng, spots(page, 'zh', /(?<![\d—-])(?:19|20)(\d\d)年/));
    return s ? splice(page.text, s.at, s.at + s.match[0].length, s.match[1] + '年') : null;
  },
};

const mixed: Kind = {
  id: 'mixed',
  family: 'number',
  rules: ['number.mixed'],
  inject(page, rng) {
    const s = pick(rng, spots(page, 'zh', /(?<![\d.—-])[1-9]\d{2,3}(?![\d.%年—-])/));
    if (!s) return null;
    const n = s.match[0];
    const unit = n.length === 4 ? '千' : '百';
    const lower = n.length === 4 ? '百' : '十';
    const [d0, d1] = [Number(n[0]), Number(n[1])];
    const variants = [`${d0}${unit}${n.slice(1).replace(/^0+/, '')}`, `${d0}${unit}${d1 ? `${d1}${lower}` : ''}`, `${CN_DIGIT[d0]}${unit}${n.slice(1).replace(/^0+/, '') || d1}`];
    const by = pick(rng, variants.filter((v) => /\d/.test(v) && /[千百十]/.test(v)))!;
    return splice(page.text, s.at, s.at + n.length, by);
  },
};

const inconsistent: Kind = {
  id: 'inconsistent',
  family: 'number',
  rules: ['number.inconsistent'],
  inject(page, rng) {
    const forms: Array<[RegExp, (m: RegExpExecArray) => string]> = [
      [/(?<![\d.])(\d{1,2})月(\d{1,2})日/, (m) => `${cnNumber(Number(m[1]))}月${cnNumber(Number(m[2]))}日`],
      [/(?<![\d.])(\d{1,2})%/, (m) => `百分之${cnNumber(Number(m[1]))}`],
      [/(?<![\d—-])((?:19|20)\d\d)年/, (m) => `${cnNumber(Number(m[1]))}年`],
    ];
    const choices = forms.flatMap(([re, write]) =>
      spots(page, 'zh', re)
        .filter((s) => {
          // Inconsistent only when the same story writes another of its kind in Arabic.
          const story = page.stories[s.line.story]!;
          const rest = page.text.slice(story.start, s.at) + page.text.slice(s.at + s.match[0].length, story.end);
          return new RegExp(re.source).test(rest);
        })
        .map((s) => ({ s, write })),
    );
    const c = pick(rng, choices);
    return c ? splice(page.text, c.s.at, c.s.at + c.s.match[0].length, c.write(c.s.match)) : null;
  },
};

const cjkSpace: Kind = {
  id: 'cjk-space',
  family: 'spacing',
  rules: ['space.cjk'],
  inject(page, rng) {
    const s = pick(rng, spots(page, 'zh', new RegExp(`(?<=${HAN})(?=${HAN})`)));
    return s ? splice(page.text, s.at, s.at, rng() < 0.8 ? ' ' : '\u3000') : null;
  },
};

const fullwidthLetter: Kind = {
  id: 'fullwidth-letter',
  family: 'spacing',
  rules: ['width.fullwidth-letter'],
  inject(page, rng) {
    const words = spots(page, 'zh', /[A-Za-z]+/);
    if (words.length > 0 && rng() < 0.5) {
      const s = pick(rng, words)!;
      return splice(page.text, s.at, s.at + s.match[0].length, toFullWidth(s.match[0]));
    }
    const s = pick(rng, spots(page, 'zh', new RegExp(`(?<=${HAN})(?=${HAN})`)));
    return s ? splice(page.text, s.at, s.at, toFullWidth(pick(rng, ['APP', 'GDP', 'AI', 'Wi-Fi', 'CEO'])!)) : null;
  },
};

const enDoubleSpace: Kind = {
  id: 'en-double-space',
  family: 'english',
  rules: ['en.double-space'],
  inject(page, rng) {
    const s = pick(rng, spots(page, 'en', /(?<=\S) (?=\S)/));
    return s ? splice(page.text, s.at, s.at + 1, '  ') : null;
  },
};

const enStraightQuote: Kind = {
  id: 'en-straight-quote',
  family: 'english',
  rules: ['en.straight-quote'],
  inject(page, rng) {
    const s = pick(rng, spots(page, 'en', /[“”‘’]/));
    return s ? splice(page.text, s.at, s.at + 1, STRAIGHT[s.match[0]]!) : null;
  },
};

const enRepeatedWord: Kind = {
  id: 'en-repeated-word',
  family: 'english',
  rules: ['en.repeated-word'],
  inject(page, rng) {
    const s = pick(rng, spots(page, 'en', /\b[A-Za-z]+\b/));
    return s ? splice(page.text, s.at, s.at + s.match[0].length, `${s.match[0]} ${s.match[0]}`) : null;
  },
};

export const kinds: Kind[] = [
  halfwidth,
  straightQuote,
  nestedQuote,
  unbalanced,
  ellipsis,
  dash,
  doubled,
  lineStart,
  repeatTriple,
  repeatDouble,
  fullwidthDigit,
  twoDigitYear,
  mixed,
  inconsistent,
  cjkSpace,
  fullwidthLetter,
  enDoubleSpace,
  enStraightQuote,
  enRepeatedWord,
];
