// Pages from article parts: deterministic (seeded by split and page number), each page in one
// newspaper style, each story rendered with a layout drawn for it, with the exact expected split
// and a label for every line. Dev pages use dev articles only, test pages test articles only.
import iconv from 'iconv-lite';
import { GAP, type StoryDraft } from './draft';
import { articlesFor } from './pool';
import { makeRng, type Rng } from './prng';
import { punctuate, type Punct } from './punctuation';
import { renderEnglish } from './render-en';
import { renderCommentary, renderFeature, renderNews, renderPhoto, renderXinhua } from './render-zh';
import { STYLES, type PageDate, type Style } from './styles';
import type { Article, CorpusPage, ExpectedStory, Genre, LabeledLine, Split } from './types';

export const PAGE_COUNTS: Record<Split, number> = { dev: 220, test: 90 };

/** Chinese styles take two slots in the rotation and English one, so about a fifth of pages are English. */
const ROTATION: readonly Style[] = STYLES.flatMap((s) => (s.lang === 'zh' ? [s, s] : [s]));

const WEEKDAYS = ['日', '一', '二', '三', '四', '五', '六'];

function pageDate(rng: Rng): PageDate {
  const year = rng.pick([2023, 2024]);
  const month = rng.int(1, 12);
  const day = rng.int(1, 28);
  return { year, month, day, weekday: WEEKDAYS[new Date(Date.UTC(year, month - 1, day)).getUTCDay()]! };
}

function punctuateDraft(d: StoryDraft, p: Punct): StoryDraft {
  if (p === 'full') return d;
  const f = (s: string | null) => (s === null ? null : punctuate(s, p));
  const e = d.expected;
  return {
    ...d,
    rows: d.rows.map((r) => (r === GAP ? r : { ...r, text: punctuate(r.text, p) })),
    expected: {
      ...e,
      headline: f(e.headline),
      subheadline: f(e.subheadline),
      byline: f(e.byline),
      kicker: f(e.kicker),
      deck: f(e.deck),
      paragraphs: e.paragraphs.map((x) => punctuate(x, p)),
      subheads: e.subheads.map((x) => punctuate(x, p)),
    },
  };
}

function render(a: Article, style: Style, rng: Rng, date: PageDate, first: boolean): StoryDraft {
  if (a.lang === 'en') return renderEnglish(a, { rng, date, first, headless: style.enHeadless ?? 0.1 });
  const voice = style.voice;
  if (!voice) throw new Error(`style ${style.id} has no Chinese voice`);
  const ctx = { rng, date, first, voice };
  switch (a.genre) {
    case 'feature':
      return renderFeature(a, ctx);
    case 'photo':
      return renderPhoto(a, ctx);
    case 'commentary':
      return renderCommentary(a, ctx);
    case 'xinhua':
      return renderXinhua(a, ctx, style.xinhuaHeadless ?? (first ? 0 : 0.15));
    default:
      return renderNews(a, ctx);
  }
}

function chooseArticles(pool: readonly Article[], style: Style, rng: Rng): Article[] {
  const byGenre = new Map<Genre, Article[]>();
  for (const a of pool) byGenre.set(a.genre, [...(byGenre.get(a.genre) ?? []), a]);
  const used = new Set<string>();
  const take = (g: Genre): Article | null => {
    const left = (byGenre.get(g) ?? []).filter((a) => !used.has(a.id));
    if (!left.length) return null;
    const a = rng.pick(left);
    used.add(a.id);
    return a;
  };
  const n = rng.int(style.stories[0], style.stories[1]);
  const out: Article[] = [];
  if (style.lead && rng.chance(0.6)) {
    const a = take(style.lead);
    if (a) out.push(a);
  }
  for (let tries = 0; out.length < n && tries < 50; tries++) {
    const a = take(rng.weighted(style.genres));
    if (a) out.push(a);
  }
  return out;
}

class PageBuilder {
  readonly lines: LabeledLine[] = [];
  blank(n = 1): void {
    for (let i = 0; i < n; i++) this.lines.push({ text: '', label: 'blank', story: -1, continues: false });
  }
  furniture(text: string, label: 'furniture' | 'rule' = 'furniture'): void {
    this.lines.push({ text, label, story: -1, continues: false });
  }
  /** Appends a story's rows; returns its 1-based first and last line. */
  story(d: StoryDraft, index: number): { startLine: number; endLine: number } {
    const startLine = this.lines.length + 1;
    for (const r of d.rows) {
      if (r === GAP) this.blank();
      else this.lines.push({ text: r.text, label: r.label, story: index, continues: r.continues });
    }
    return { startLine, endLine: this.lines.length };
  }
}

function encode(text: string, encoding: CorpusPage['encoding'], eol: CorpusPage['eol']): Uint8Array {
  const body = eol === 'crlf' ? text.replace(/\n/g, '\r\n') : text;
  if (encoding === 'gb18030') return new Uint8Array(iconv.encode(body, 'gb18030'));
  const utf8 = new TextEncoder().encode(body);
  if (encoding === 'utf-8') return utf8;
  const out = new Uint8Array(utf8.length + 3);
  out.set([0xef, 0xbb, 0xbf]);
  out.set(utf8, 3);
  return out;
}

function makePage(split: Split, index: number, pool: readonly Article[]): CorpusPage {
  const rng = makeRng(`galley-corpus:${split}:${index}`);
  const style = ROTATION[index % ROTATION.length]!;
  const date = pageDate(rng);
  const punct = rng.weighted(style.punct);
  const articles = chooseArticles(pool, style, rng);
  const b = new PageBuilder();
  if (rng.chance(0.2)) b.blank(rng.int(1, 2));
  if (style.header && rng.chance(0.7)) {
    b.furniture(punctuate(style.header(rng, date), punct));
    b.blank();
  }
  const useRules = rng.chance(style.rules ?? 0);
  const stories: ExpectedStory[] = [];
  const layouts: CorpusPage['layouts'] = [];
  articles.forEach((a, i) => {
    if (i > 0) {
      b.blank(rng.chance(0.85) ? 1 : rng.int(2, 3));
      if (useRules) {
        b.furniture('___', 'rule');
        b.blank();
      } else if (style.between && rng.chance(0.12)) {
        b.furniture(punctuate(style.between(rng), punct));
        b.blank();
      }
    }
    const draft = punctuateDraft(render(a, style, rng, date, i === 0), a.lang === 'zh' ? punct : 'full');
    const range = b.story(draft, i);
    stories.push({ ...draft.expected, ...range });
    layouts.push(draft.layout);
  });
  if (style.footer && rng.chance(0.5)) {
    b.blank();
    b.furniture(punctuate(style.footer(rng, date), punct));
  }
  b.blank(); // the file's final newline
  const text = b.lines.map((l) => l.text).join('\n');
  const eol = rng.chance(style.crlf) ? 'crlf' : 'lf';
  const encoding: CorpusPage['encoding'] = style.lang === 'zh' && rng.chance(style.gb18030) ? 'gb18030' : rng.chance(0.04) ? 'utf-8-bom' : 'utf-8';
  return {
    id: `${split}-${String(index).padStart(3, '0')}-${style.id}`,
    split,
    style: style.id,
    text,
    encoding,
    eol,
    bytes: encode(text, encoding, eol),
    expected: { stories: stories.map(orderKeys) },
    lines: b.lines,
    storyStarts: stories.map((s) => s.startLine),
    layouts,
    articleIds: articles.map((a) => a.id),
  };
}

/** Keys in the CLI's order, then the model-only fields. */
function orderKeys(s: ExpectedStory): ExpectedStory {
  const { kind, headline, subheadline, byline, paragraphs, subheads, startLine, endLine, kicker, deck } = s;
  return { kind, headline, subheadline, byline, paragraphs, subheads, startLine, endLine, kicker, deck };
}

/** All pages of one split, the same on every call. */
export function generatePages(split: Split): CorpusPage[] {
  const pool = articlesFor(split);
  return Array.from({ length: PAGE_COUNTS[split] }, (_, i) => makePage(split, i, pool));
}
