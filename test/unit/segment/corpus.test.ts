// The generated development corpus (test/corpus): deterministic, split by article, big enough,
// and every expected split consistent with its page text. Splitter scores are not asserted here
// (the splitter is expected to change); `npm run score:split` reports them.
import { describe, expect, it } from 'vitest';
import { decodeSource } from '../../../electron/service/importer';
import { generatePages } from '../../../test/corpus/generate';
import { allArticles, splitOf } from '../../../test/corpus/pool';
import type { CorpusPage, ExpectedStory } from '../../../test/corpus/types';

const dev = generatePages('dev');
const test = generatePages('test');
const pages = [...dev, ...test];

/** Is `needle` a subsequence of `hay` (its characters appear in it, in order)? */
function inOrder(needle: string, hay: string): boolean {
  let j = 0;
  for (let i = 0; i < hay.length && j < needle.length; i++) if (hay[i] === needle[j]) j++;
  return j === needle.length;
}

function storyText(page: CorpusPage, s: ExpectedStory): string {
  return page.lines.slice(s.startLine - 1, s.endLine).map((l) => l.text).join('\n');
}

describe('the generated corpus', () => {
  it('is the same on every call', () => {
    const again = generatePages('dev');
    expect(again.map((p) => p.text)).toEqual(dev.map((p) => p.text));
    expect(again.map((p) => p.expected)).toEqual(dev.map((p) => p.expected));
    expect(again.map((p) => Buffer.from(p.bytes).toString('base64'))).toEqual(dev.map((p) => Buffer.from(p.bytes).toString('base64')));
  });

  it('has enough pages and articles, about a fifth of them English', () => {
    expect(dev.length).toBeGreaterThanOrEqual(200);
    expect(test.length).toBeGreaterThanOrEqual(80);
    const articles = allArticles();
    expect(articles.length).toBeGreaterThanOrEqual(150);
    const en = articles.filter((a) => a.lang === 'en').length / articles.length;
    expect(en).toBeGreaterThan(0.15);
    expect(en).toBeLessThan(0.3);
    expect(new Set(pages.map((p) => p.style)).size).toBeGreaterThanOrEqual(10);
  });

  it('keeps dev and test articles apart', () => {
    const devIds = new Set(dev.flatMap((p) => p.articleIds));
    const testIds = new Set(test.flatMap((p) => p.articleIds));
    for (const id of devIds) expect(testIds.has(id), id).toBe(false);
    for (const id of devIds) expect(splitOf(id)).toBe('dev');
    for (const id of testIds) expect(splitOf(id)).toBe('test');
    expect(testIds.size).toBeGreaterThanOrEqual(30);
  });

  it('decodes, through the importer, to the page text', () => {
    for (const p of pages) expect(decodeSource(p.bytes).text, p.id).toBe(p.text);
    expect(pages.some((p) => p.encoding === 'gb18030')).toBe(true);
    expect(pages.some((p) => p.eol === 'crlf')).toBe(true);
  });

  it('labels every line and points each story at its first and last non-blank lines', () => {
    for (const p of pages) {
      const lines = p.text.split('\n');
      expect(p.lines.map((l) => l.text), p.id).toEqual(lines);
      expect(p.storyStarts).toEqual(p.expected.stories.map((s) => s.startLine));
      let prevEnd = 0;
      p.expected.stories.forEach((s, i) => {
        const where = `${p.id} story ${i}`;
        expect(s.startLine, where).toBeGreaterThan(prevEnd);
        expect(s.endLine, where).toBeGreaterThanOrEqual(s.startLine);
        expect(lines[s.startLine - 1]!.trim(), where).not.toBe('');
        expect(lines[s.endLine - 1]!.trim(), where).not.toBe('');
        for (let n = prevEnd + 1; n < s.startLine; n++) {
          const l = p.lines[n - 1]!;
          expect(['blank', 'furniture', 'rule'], `${where} line ${n}`).toContain(l.label);
        }
        for (let n = s.startLine; n <= s.endLine; n++) {
          const l = p.lines[n - 1]!;
          expect(l.label === 'blank' ? -1 : i, `${where} line ${n}`).toBe(l.story);
          expect(l.label === 'blank', `${where} line ${n}`).toBe(l.text === '');
        }
        prevEnd = s.endLine;
      });
      for (let n = prevEnd + 1; n <= lines.length; n++) expect(['blank', 'furniture', 'rule']).toContain(p.lines[n - 1]!.label);
    }
  });

  it('takes every expected field from its story, in page order', () => {
    for (const p of pages) {
      p.expected.stories.forEach((s, i) => {
        const where = `${p.id} story ${i}`;
        // Joins (byline lines, rejoined English halves) put a space where the page has a line end.
        const squeeze = (x: string) => x.replace(/\s/g, '');
        const text = squeeze(storyText(p, s));
        expect(inOrder(squeeze(s.paragraphs.join('')), text), where).toBe(true);
        for (const field of [s.headline, s.kicker, s.deck, s.byline, ...s.subheads]) {
          if (field !== null) expect(inOrder(squeeze(field), text), `${where}: ${field}`).toBe(true);
        }
        expect(s.subheadline, where).toBe([s.kicker, s.deck].filter((x) => x !== null).join(' ') || null);
        expect(s.paragraphs.length, where).toBeGreaterThan(0);
        const labels = new Set(p.lines.slice(s.startLine - 1, s.endLine).map((l) => l.label));
        expect(labels.has('title') || labels.has('kicker-title'), where).toBe(s.headline !== null);
        expect(s.kind === 'photo', where).toBe(labels.has('caption'));
      });
    }
  });

  it('rejoins each column break exactly as printed: Chinese halves with nothing, English with one space', () => {
    for (const p of pages) {
      p.lines.forEach((l, n) => {
        if (!l.continues) return;
        const prev = p.lines.slice(0, n).reverse().find((x) => x.label !== 'blank')!;
        expect(prev.text, `${p.id} line ${n + 1}`).not.toMatch(/[。！？!?…”"’.]$/);
        const s = p.expected.stories[l.story]!;
        const joiner = /[\u4e00-\u9fff]/.test(prev.text + l.text) ? '' : ' ';
        if (l.label === 'title') expect(s.headline).toBe(`${prev.text} ${l.text}`);
        else expect(s.paragraphs.some((x) => x.includes(prev.text + joiner + l.text)), `${p.id} line ${n + 1}`).toBe(true);
      });
    }
  });
});
