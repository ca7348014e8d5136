// Chinese stories → draft rows + expected fields, following DESIGN.md's "seed page, read
// correctly" and test/fixtures/pages/README.md: kicker/deck to subheadline (kicker first), a
// byline only when printed on its own line (a dateline line under the title included), a lead's
// own credit kept in the lead, photo credits joined with one space, ornaments dropped.
import { GAP, layParagraphs, row, type DraftRow, type ParaSpec, type StoryDraft } from './draft';
import type { Rng } from './prng';
import type { Article, StoryLayout } from './types';

export type ZhCredit = 'lead-credit' | 'place-lead' | 'dateline-byline' | 'byline-line' | 'byline-lines' | 'byline-ornament';

/** How one paper words its credits (part of a style in styles.ts). */
export interface ZhVoice {
  /** Staff title on a byline line: 本报记者, 全媒体记者, 首席记者… */
  staff: readonly string[];
  /** Reporter word inside a lead's brackets: 记者, 全媒体记者, 融媒体记者. */
  leadReporter: readonly string[];
  newsCredit: ReadonlyArray<readonly [ZhCredit, number]>;
  /** Probability that a news story (not first on the page) is printed without a title. */
  headless: number;
  /** Prefix of the 讯/电 dateline: 本报 (本报讯), or 本报 + place (本报衢州3月5日电). */
  photoStaff: string;
  ornaments: readonly string[];
  subheadOrnament: number;
}

export interface ZhContext {
  rng: Rng;
  date: { month: number; day: number };
  first: boolean;
  voice: ZhVoice;
}

type Heads = StoryLayout['heads'];

function sameLineOk(a: Article): boolean {
  const k = a.kicker ?? '';
  const t = a.title ?? '';
  return !/\s/.test(k) && !/\s/.test(t) && k.length >= 5 && Math.abs(k.length - t.length) >= 4;
}

function chooseHeads(a: Article, rng: Rng): Heads {
  if (!a.title) return 'none';
  if (a.kicker && a.deck) return rng.weighted<Heads>([['kicker-title-deck', 5], ['kicker-above', 1], ['title-deck', 1]]);
  if (a.kicker) {
    return rng.weighted<Heads>([['kicker-above', 4], ['kicker-above-gap', 2], ['kicker-same-line', sameLineOk(a) ? 3 : 0], ['title', 1]]);
  }
  if (a.deck) return rng.weighted<Heads>([['title-deck', 4], ['title-deck-gap', 4], ['title', 1]]);
  return 'title';
}

interface HeadOut {
  rows: DraftRow[];
  kicker: string | null;
  deck: string | null;
}

function headRows(a: Article, heads: Heads): HeadOut {
  const t = a.title ?? '';
  const k = a.kicker ?? '';
  const d = a.deck ?? '';
  switch (heads) {
    case 'none':
      return { rows: [], kicker: null, deck: null };
    case 'kicker-above':
      return { rows: [row(k, 'kicker'), row(t, 'title')], kicker: k, deck: null };
    case 'kicker-above-gap':
      return { rows: [row(k, 'kicker'), GAP, row(t, 'title')], kicker: k, deck: null };
    case 'kicker-same-line':
      return { rows: [row(`${k} ${t}`, 'kicker-title')], kicker: k, deck: null };
    case 'title-deck':
      return { rows: [row(t, 'title'), row(d, 'deck')], kicker: null, deck: d };
    case 'title-deck-gap':
      return { rows: [row(t, 'title'), GAP, row(d, 'deck')], kicker: null, deck: d };
    case 'kicker-title-deck':
      return { rows: [row(k, 'kicker'), row(t, 'title'), row(d, 'deck')], kicker: k, deck: d };
    default:
      return { rows: [row(t, 'title')], kicker: null, deck: null };
  }
}

const subheadline = (kicker: string | null, deck: string | null) => [kicker, deck].filter((x): x is string => !!x).join(' ') || null;

/** `with` entries without a role of their own are 通讯员. */
function helpers(a: Article): { plain: string[]; roled: string[] } {
  return { plain: a.with.filter((w) => !/\s/.test(w)), roled: a.with.filter((w) => /\s/.test(w)) };
}

function leadCreditText(a: Article, ctx: ZhContext): string {
  const { rng, voice } = ctx;
  const reporter = `${rng.pick(voice.leadReporter)} ${a.by.join(' ')}`;
  const { plain, roled } = helpers(a);
  const others = [...(plain.length ? [`通讯员 ${plain.join(' ')}`] : []), ...roled];
  const parts = others.length && rng.chance(0.2) ? [...others, reporter] : [reporter, ...others];
  return parts.join(' ');
}

function dateline(a: Article, ctx: ZhContext, word: '讯' | '电'): string {
  return `本报${a.place}${ctx.date.month}月${ctx.date.day}日${word}`;
}

interface CreditOut {
  rows: DraftRow[];
  byline: string | null;
  /** Prefix for the lead paragraph (本报讯（…）), empty when the credit is a line of its own. */
  leadPrefix: string;
}

function creditFor(a: Article, kind: ZhCredit, ctx: ZhContext): CreditOut {
  const { rng, voice } = ctx;
  const { plain, roled } = helpers(a);
  const staffLine = `${rng.pick(voice.staff)} ${a.by.join(' ')}`;
  const withText = [...(plain.length ? [`通讯员 ${plain.join(' ')}`] : []), ...roled].join(' ');
  switch (kind) {
    case 'lead-credit':
      return { rows: [], byline: null, leadPrefix: `本报讯（${leadCreditText(a, ctx)}）` };
    case 'place-lead':
      return { rows: [], byline: null, leadPrefix: `${dateline(a, ctx, '讯')}（${leadCreditText(a, ctx)}）` };
    case 'dateline-byline': {
      const names = a.by.join(' ');
      const text = rng.weighted<string>([
        [`${dateline(a, ctx, '电')} 记者 ${names}`, 3],
        [`${dateline(a, ctx, '电')}（记者 ${names}）`, 1],
        [`${dateline(a, ctx, '电')} 记者 ${names}${withText ? ` ${withText}` : ''}`, 1],
      ]);
      return { rows: [row(text, 'dateline-byline')], byline: text, leadPrefix: '' };
    }
    case 'byline-lines': {
      if (!withText) return creditFor(a, 'byline-line', ctx);
      const second = rng.chance(0.3) && plain.length ? `本报通讯员 ${plain.join(' ')}` : withText;
      return { rows: [row(staffLine, 'byline'), row(second, 'byline')], byline: `${staffLine} ${second}`, leadPrefix: '' };
    }
    case 'byline-ornament': {
      const text = withText && rng.chance(0.5) ? `${staffLine} ${withText}` : staffLine;
      return { rows: [row(`${rng.pick(voice.ornaments)} ${text}`, 'byline')], byline: text, leadPrefix: '' };
    }
    default: {
      const text = withText && rng.chance(0.6) ? `${staffLine} ${withText}` : staffLine;
      return { rows: [row(text, 'byline')], byline: text, leadPrefix: '' };
    }
  }
}

function layout(a: Article, heads: Heads, credit: StoryLayout['credit'], breaks: number, subheads = 0): StoryLayout {
  return { articleId: a.id, genre: a.genre, heads, credit, columnBreaks: breaks, subheads };
}

function assemble(parts: DraftRow[][]): DraftRow[] {
  const out: DraftRow[] = [];
  for (const p of parts) {
    if (p.length === 0) continue;
    if (out.length) out.push(GAP);
    out.push(...p);
  }
  return out;
}

/** A 本报 news story (消息): 本报讯 lead, a dateline line, or a byline line. */
export function renderNews(a: Article, ctx: ZhContext): StoryDraft {
  const { rng, voice } = ctx;
  const headless = !ctx.first && rng.chance(voice.headless);
  const heads = headless ? 'none' : chooseHeads(a, rng);
  const kind: ZhCredit = headless ? rng.pick<ZhCredit>(['lead-credit', 'lead-credit', 'place-lead']) : rng.weighted(voice.newsCredit);
  const h = headRows(a, heads);
  const c = creditFor(a, kind, ctx);
  const paras = a.sections.flatMap((s) => s.paras);
  const specs: ParaSpec[] = paras.map((p, i) => ({
    text: i === 0 ? c.leadPrefix + p : p,
    label: i === 0 ? 'lead' : 'body',
    protect: i === 0 ? c.leadPrefix.length + 2 : 0,
    breakable: true,
  }));
  const body = layParagraphs(specs, 'zh', rng, 3);
  const credit: StoryLayout['credit'] = kind === 'place-lead' ? 'lead-credit' : c.rows.length > 1 ? 'byline-lines' : kind;
  return {
    rows: assemble([h.rows, c.rows, body.rows]),
    expected: {
      kind: 'article',
      headline: heads === 'none' ? null : a.title,
      subheadline: subheadline(h.kicker, h.deck),
      byline: c.byline,
      paragraphs: specs.map((s) => s.text),
      subheads: [],
      kicker: h.kicker,
      deck: h.deck,
    },
    layout: layout(a, heads, credit, body.breaks),
  };
}

/** A feature (通讯): heads, byline line(s), sections under subheads. */
export function renderFeature(a: Article, ctx: ZhContext): StoryDraft {
  const { rng, voice } = ctx;
  const heads = chooseHeads(a, rng);
  const h = headRows(a, heads);
  const kind = rng.weighted<ZhCredit>([['byline-line', 4], ['byline-lines', 3], ['byline-ornament', 1], ['dateline-byline', 1]]);
  const c = creditFor(a, kind, ctx);
  const ornament = rng.chance(voice.subheadOrnament) ? `${rng.pick(voice.ornaments)} ` : '';
  const parts: DraftRow[][] = [h.rows, c.rows];
  const paragraphs: string[] = [];
  const subheads: string[] = [];
  let breaks = 0;
  let budget = rng.int(1, 3);
  for (const s of a.sections) {
    if (s.subhead) {
      parts.push([row(ornament + s.subhead, 'subhead')]);
      subheads.push(s.subhead);
    }
    if (s.paras.length === 0) continue;
    const specs: ParaSpec[] = s.paras.map((p, i) => ({ text: p, label: paragraphs.length === 0 && i === 0 ? 'lead' : 'body', protect: 0, breakable: true }));
    const laid = layParagraphs(specs, 'zh', rng, Math.min(budget, 1));
    budget -= laid.breaks;
    breaks += laid.breaks;
    parts.push(laid.rows);
    paragraphs.push(...s.paras);
  }
  const credit: StoryLayout['credit'] = c.rows.length > 1 ? 'byline-lines' : kind === 'lead-credit' || kind === 'place-lead' ? 'lead-credit' : kind;
  return {
    rows: assemble(parts),
    expected: { kind: 'article', headline: a.title, subheadline: subheadline(h.kicker, h.deck), byline: c.byline, paragraphs, subheads, kicker: h.kicker, deck: h.deck },
    layout: layout(a, heads, credit, breaks, subheads.length),
  };
}

/** A picture story: one caption or a group, credits on their own lines or inside each caption. */
export function renderPhoto(a: Article, ctx: ZhContext): StoryDraft {
  const { rng, voice } = ctx;
  const captions = a.sections.flatMap((s) => s.paras);
  const { plain, roled } = helpers(a);
  const people = [...a.by.map((n) => `${voice.photoStaff} ${n}`), ...plain.map((n) => `通讯员 ${n}`), ...roled];
  const untitled = !ctx.first && captions.length === 1 && rng.chance(0.2);
  const mode = rng.weighted<'lines' | 'inline'>([['lines', captions.length > 2 ? 1 : 3], ['inline', captions.length > 1 ? 3 : 1]]);
  const title = untitled || !a.title ? [] : [row(a.title, 'title')];
  if (mode === 'inline') {
    const credits = captions.map((_, i) => `${people[i % people.length]} 摄`);
    const specs: ParaSpec[] = captions.map((cap, i) => ({ text: `${cap}（${credits[i]}）`, label: 'caption', protect: 0, breakable: true }));
    const laid = layParagraphs(specs, 'zh', rng, 1);
    return {
      rows: assemble([title, laid.rows]),
      expected: { kind: 'photo', headline: title.length ? a.title : null, subheadline: null, byline: credits.join(' '), paragraphs: specs.map((s) => s.text), subheads: [], kicker: null, deck: null },
      layout: layout(a, title.length ? 'title' : 'none', 'photo-inline-credits', laid.breaks),
    };
  }
  const staff = `${voice.photoStaff} ${a.by.join(' ')}`;
  const others = [...(plain.length ? [`通讯员 ${plain.join(' ')}`] : []), ...roled].join(' ');
  const lines = !others
    ? [`${staff} 摄`]
    : rng.weighted<string[]>([
        [[staff, `${others} 摄`], 2],
        [[others, `${staff} 摄`], 2],
        [[`${others} ${staff} 摄`], 1],
      ]);
  const specs: ParaSpec[] = captions.map((cap) => ({ text: cap, label: 'caption', protect: 0, breakable: true }));
  const laid = layParagraphs(specs, 'zh', rng, 1);
  return {
    rows: assemble([title, laid.rows, lines.map((l) => row(l, 'credit'))]),
    expected: { kind: 'photo', headline: title.length ? a.title : null, subheadline: null, byline: lines.join(' '), paragraphs: captions, subheads: [], kicker: null, deck: null },
    layout: layout(a, title.length ? 'title' : 'none', lines.length > 1 ? 'photo-credit-lines' : 'photo-credit-line', laid.breaks),
  };
}

/** A commentary: title, a signature (本报评论员 / an author, often behind a box), an author note last. */
export function renderCommentary(a: Article, ctx: ZhContext): StoryDraft {
  const { rng } = ctx;
  const author = a.by[0] ?? (rng.chance(0.8) ? '本报评论员' : null);
  const box = rng.pick(['□ ', '◎ ', '', '■ ']);
  const sig = author ? [row(box + author, 'byline')] : [];
  const paras = a.sections.flatMap((s) => s.paras);
  const specs: ParaSpec[] = paras.map((p, i) => ({ text: p, label: i === 0 ? 'lead' : 'body', protect: 0, breakable: true }));
  if (a.note) specs.push({ text: a.note, label: 'author-note', protect: 0, breakable: false });
  const laid = layParagraphs(specs, 'zh', rng, 2);
  return {
    rows: assemble([[row(a.title ?? '', 'title')], sig, laid.rows]),
    expected: { kind: 'article', headline: a.title, subheadline: null, byline: author, paragraphs: specs.map((s) => s.text), subheads: [], kicker: null, deck: null },
    layout: layout(a, 'title', author ? (box ? 'byline-ornament' : 'byline-line') : 'none', laid.breaks),
  };
}

/** A Xinhua story: 新华社…电（记者 …）lead; often printed without a title on wire pages. */
export function renderXinhua(a: Article, ctx: ZhContext, headlessChance: number): StoryDraft {
  const { rng } = ctx;
  const headless = rng.chance(headlessChance) || !a.title;
  const credit = a.by.length && rng.chance(0.8) ? `（记者 ${a.by.join(' ')}）` : ' ';
  const prefix = `新华社${a.place}${ctx.date.month}月${ctx.date.day}日电${credit}`;
  const paras = a.sections.flatMap((s) => s.paras);
  const specs: ParaSpec[] = paras.map((p, i) => ({ text: i === 0 ? prefix + p : p, label: i === 0 ? 'lead' : 'body', protect: i === 0 ? prefix.length + 2 : 0, breakable: true }));
  const laid = layParagraphs(specs, 'zh', rng, 2);
  const heads: Heads = headless ? 'none' : 'title';
  return {
    rows: assemble([headless ? [] : [row(a.title ?? '', 'title')], laid.rows]),
    expected: { kind: 'article', headline: headless ? null : a.title, subheadline: null, byline: null, paragraphs: specs.map((s) => s.text), subheads: [], kicker: null, deck: null },
    layout: layout(a, heads, 'wire-lead', laid.breaks),
  };
}
