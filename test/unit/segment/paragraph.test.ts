import { describe, expect, it } from 'vitest';
import { classifyLine } from '../../../shared/segment/classify';
import { Paragraph, type ParagraphCues } from '../../../shared/segment/paragraph';
import { continuation } from '../../../shared/segment/repair';
import { isLatinText, joinSeparator, startsEnumeration } from '../../../shared/segment/text';

// The splitter asks whether a line continues a paragraph of a short stand-in for the paragraph
// (its opening and a window of its end). These check that the stand-in answers every such
// question exactly as the whole text would, on paragraphs built to stress it: long runs of
// closers and spaces, line breaks inside lines, credits at the end, English and Chinese.

const PIECES = [
  '）', ')', '”', '’', '"', '」', '》', ' ', '\u3000', '\u00a0', '\u2028', '\r', '摄', '摄影', '记者', '张三', '。', '！', '?', '!',
  '，', '；', '：', '（', '(', '“', 'the', 'and', 'between', 'Reuters', '—', '--', '-', '的', '这个', '一是', '1.', '本报讯',
  '据介绍，', 'a', 'Z', '5月4日，', '一', '二是', '第', '12', ' 摄', '（通讯员 沈园 摄）', '…', '■ ', '产业升级跑出加速度', 'economy grows', '。 本报记者 张三 摄',
];
const LONG = ['）', ')', '”', ' ', '\u00a0', '） ', '”’', '\u3000', '名 ', '一', '1'];
// Mostly runs of spaces and closers with a few marks and names between: few characters that
// count, so the window reaches back to the paragraph's first line.
const SPARSE = ['。', '记者', '李', '摄', ' 摄', '（', '）', '!', '?', '"', '”', '\u2028', 'a'];
const NEXT = ['”继续推进', 'economy grows', '二是推进', '（三）推进', '第四，推进', '的发展', 'Reuters', '继续推进', ')', '1. item', 'The plan', '0.6 percent'].map((t, i) =>
  classifyLine(t, i + 1),
);

function random(seed: number): () => number {
  let s = seed;
  return () => (s = (s * 1103515245 + 12345) & 0x7fffffff) / 0x7fffffff;
}

function piece(rnd: () => number, sparse: boolean): string {
  if (rnd() < (sparse ? 0.6 : 0.15)) return LONG[Math.floor(rnd() * LONG.length)]!.repeat(1 + Math.floor(rnd() * 120));
  const from = sparse ? SPARSE : PIECES;
  let s = '';
  const n = 1 + Math.floor(rnd() * 3);
  for (let i = 0; i < n; i++) s += from[Math.floor(rnd() * from.length)];
  return s;
}

/** The whole text as its own stand-in. */
function wholeParagraph(text: string): ParagraphCues {
  return { standIn: text, latin: isLatinText(text), opensList: startsEnumeration(text) };
}

/** The cues on which the stand-in and the text disagree (none, when it stands in). */
function disagreements(p: Paragraph, text: string): string[] {
  const out: string[] = [];
  const whole = wholeParagraph(text);
  if (p.latin !== isLatinText(text)) out.push('isLatinText');
  if (p.opensList !== startsEnumeration(text)) out.push('startsEnumeration');
  for (const latin of [false, true]) {
    for (const next of NEXT) {
      if (continuation(p, next, latin) !== continuation(whole, next, latin)) out.push(`continuation before ${next.text}, latin ${latin}`);
      if (joinSeparator(p.standIn, next.text, latin) !== joinSeparator(text, next.text, latin)) out.push(`joinSeparator before ${next.text}`);
    }
  }
  return out.map((d) => `${d} after …${JSON.stringify(text.slice(-120))}`);
}

describe('a paragraph stand-in', () => {
  it('answers every continuation cue as the whole paragraph does', () => {
    const rnd = random(7);
    const found: string[] = [];
    let standIns = 0;
    for (let round = 0; round < 300; round++) {
      const sparse = round % 3 === 2;
      let text = piece(rnd, sparse);
      const p = new Paragraph(text);
      const appends = Math.floor(rnd() * 200);
      for (let k = 0; k < appends; k++) {
        const sep = rnd() < 0.3 ? ' ' : '';
        const next = piece(rnd, sparse);
        p.append(sep, next);
        text += sep + next;
        if (k % 5 === 0 || k === appends - 1) {
          found.push(...disagreements(p, text));
          if (p.standIn !== text) standIns++;
        }
      }
      expect(p.text()).toBe(text);
    }
    expect(found.slice(0, 5)).toEqual([]);
    // The paragraphs grew long enough for the stand-in to be more than the text itself.
    expect(standIns).toBeGreaterThan(500);
  });

  it('stands in for the ends a cue reads far back to', () => {
    const name = (c: string) => c.repeat(12);
    for (const [first, rest] of [
      // A bracketed line, "(…)", reads as finished, unless a line break falls anywhere inside.
      ['（开头', ['中'.repeat(500), '\u2028', '中'.repeat(2000), '）']],
      // A credit after a long run of spaces, and one of six names of twelve after a long paragraph.
      ['说明。', ['\u00a0'.repeat(3000), '本报记者 张三 摄']],
      ['（记者', [' '.repeat(3000), '张三 摄）']],
      ['中'.repeat(1100), [`。 记者${name('甲').slice(2)} ${name('乙')} ${name('丙')} ${name('丁')} ${name('戊')} ${name('己')} 摄影`]],
      // A credit opened by a quote mark deep in a run of quotes and spaces (”, then names of ’).
      [`${'中'.repeat(1100)}” ${`${name('’')} `.repeat(4)}`, ['’记者 张 摄']],
      // A credit with no role word that the opening, read on into the window, would give one.
      [`记者${'\u00a0'.repeat(156)}” `, ['\u00a0'.repeat(1000), '张三四五六七八九十一二三 摄']],
      // A list item opened by a run of numerals longer than any opening kept ("一…一是", "第…，").
      ['一'.repeat(2000), ['是推进；']],
      [`第${'二'.repeat(2000)}`, ['，推进；']],
      ['一'.repeat(2000), ['；']],
      [`（${'1'.repeat(2000)}`, ['）推进；']],
      // The mark before a long run of closers, which may hide a space or a full-width closer.
      ['他说。', ['”'.repeat(3000)]],
      ['他说。', ['” ', '”'.repeat(3000)]],
      ['Why now?', [')'.repeat(3000)]],
      ['Why now?', ['」', '”'.repeat(3000)]],
    ] as const) {
      const p = new Paragraph(first);
      let text: string = first;
      for (const part of rest) {
        p.append('', part);
        text += part;
      }
      expect(p.standIn).not.toBe(text);
      expect(disagreements(p, text)).toEqual([]);
    }
  });
});
