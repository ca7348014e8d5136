// English wire and newsroom stories → draft rows + expected fields: a label over the title and a
// deck both go to subheadline; `By …` on its own line is the byline; the dateline stays in the
// lead; AP's `___` is a rule (never a paragraph), the line under it and Reuters' trailer are paragraphs.
import { GAP, layParagraphs, row, type DraftRow, type ParaSpec, type StoryDraft } from './draft';
import type { Rng } from './prng';
import type { Article, StoryLayout } from './types';

const MONTHS = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'];

export interface EnContext {
  rng: Rng;
  date: { month: number; day: number };
  first: boolean;
  headless: number;
}

type Heads = StoryLayout['heads'];

function andList(names: readonly string[]): string {
  if (names.length <= 1) return names.join('');
  return `${names.slice(0, -1).join(', ')} and ${names[names.length - 1]}`;
}

/** Where an English title can wrap onto a second line that starts in lower case. */
function wrapPoint(title: string): number | null {
  const points: number[] = [];
  for (let i = 15; i < title.length - 12; i++) if (title[i] === ' ' && /[a-z]/.test(title[i + 1] ?? '')) points.push(i);
  return points.length ? points[Math.floor(points.length / 2)]! : null;
}

function chooseHeads(a: Article, rng: Rng, headless: boolean): Heads {
  if (headless || !a.title) return 'none';
  return rng.weighted<Heads>([
    ['title', 5],
    ['label-title', a.label ? 4 : 0],
    ['title-deck-gap', a.deck ? 4 : 0],
    ['title-two-lines', wrapPoint(a.title) !== null && !a.label ? 1 : 0],
  ]);
}

function headRows(a: Article, heads: Heads, rng: Rng): { rows: DraftRow[]; kicker: string | null; deck: string | null } {
  const t = a.title ?? '';
  if (heads === 'none') return { rows: [], kicker: null, deck: null };
  if (heads === 'label-title') {
    const l = a.label ?? '';
    return { rows: rng.chance(0.5) ? [row(l, 'kicker'), row(t, 'title')] : [row(l, 'kicker'), GAP, row(t, 'title')], kicker: l, deck: null };
  }
  if (heads === 'title-deck-gap') return { rows: [row(t, 'title'), GAP, row(a.deck ?? '', 'deck')], kicker: null, deck: a.deck };
  if (heads === 'title-two-lines') {
    const w = wrapPoint(t) ?? t.length;
    return { rows: [row(t.slice(0, w), 'title'), { text: t.slice(w + 1), label: 'title', continues: true }], kicker: null, deck: null };
  }
  return { rows: [row(t, 'title')], kicker: null, deck: null };
}

function upper(name: string): string {
  return name.toUpperCase();
}

/** The printed byline, or null when the agency prints none. */
function byline(a: Article, rng: Rng): string | null {
  const names = a.by;
  switch (a.genre) {
    case 'ap':
      if (!names.length) return rng.chance(0.5) ? 'By the Associated Press' : null;
      return rng.weighted<string>([
        [`By ${andList(names.map(upper))} Associated Press`, 3],
        [`By ${andList(names.map(upper))}`, 1],
        [`By ${andList(names)}`, 1],
      ]);
    case 'reuters':
      return names.length && rng.chance(0.7) ? `By ${andList(names)}` : null;
    case 'afp':
      return names.length && rng.chance(0.7) ? `By ${andList(names.map((n) => n.replace(/(\S+)$/, (s) => s.toUpperCase())))}` : null;
    case 'local-en':
      if (!names.length) return null;
      return rng.weighted<string>([[`By ${andList(names.map(upper))}`, 2], [`By ${andList(names)}`, 1], [`By ${andList(names)}, Staff Writer`, 1]]);
    default:
      return null;
  }
}

function datelinePrefix(a: Article, ctx: EnContext): string {
  const when = `${MONTHS[ctx.date.month - 1]} ${ctx.date.day}`;
  switch (a.genre) {
    case 'ap':
      return `${a.place} (AP) — `;
    case 'reuters':
      return `${a.place}, ${when} (Reuters) - `;
    case 'afp':
      return `${a.place} (AFP) - `;
    case 'xinhua-en':
      return `${a.place}, ${when} (Xinhua) -- `;
    default:
      return `${a.place} — `;
  }
}

function reutersTrailer(a: Article, rng: Rng): string {
  const editor = a.note ?? 'Mark Potter';
  if (a.by.length && a.with.length && rng.chance(0.5)) return `(Reporting by ${andList(a.with)}; Writing by ${andList(a.by)}; Editing by ${editor})`;
  return `(Reporting by ${andList([...a.by, ...a.with])}; Editing by ${editor})`;
}

export function renderEnglish(a: Article, ctx: EnContext): StoryDraft {
  const { rng } = ctx;
  const headless = !ctx.first && rng.chance(ctx.headless);
  const heads = chooseHeads(a, rng, headless);
  const h = headRows(a, heads, rng);
  const by = heads === 'none' ? null : byline(a, rng);
  const prefix = datelinePrefix(a, ctx);
  const specs: ParaSpec[] = [];
  const subheads: string[] = [];
  const blocks: DraftRow[][] = [h.rows, by ? [row(by, 'byline')] : []];
  let budget = rng.int(1, 3);
  let breaks = 0;
  const flush = () => {
    if (!specs.length) return;
    const laid = layParagraphs(specs, 'en', rng, Math.min(budget, 2));
    budget -= laid.breaks;
    breaks += laid.breaks;
    blocks.push(laid.rows);
  };
  const paragraphs: string[] = [];
  for (const s of a.sections) {
    if (s.subhead) {
      flush();
      specs.length = 0;
      blocks.push([row(s.subhead, 'subhead')]);
      subheads.push(s.subhead);
    }
    for (const p of s.paras) {
      const first = paragraphs.length === 0;
      const text = first ? prefix + p : p;
      specs.push({ text, label: first ? 'lead' : 'body', protect: first ? prefix.length + 1 : 0, breakable: true });
      paragraphs.push(text);
    }
  }
  if (a.genre === 'reuters') {
    const t = reutersTrailer(a, rng);
    specs.push({ text: t, label: 'trailer', protect: 0, breakable: false });
    paragraphs.push(t);
  }
  flush();
  if (a.genre === 'ap' && a.note) {
    blocks.push([row('___', 'rule'), GAP, row(a.note, 'trailer')]);
    paragraphs.push(a.note);
  }
  const rows: DraftRow[] = [];
  for (const b of blocks) {
    if (!b.length) continue;
    if (rows.length) rows.push(GAP);
    rows.push(...b);
  }
  const subheadline = [h.kicker, h.deck].filter((x): x is string => !!x).join(' ') || null;
  return {
    rows,
    expected: { kind: 'article', headline: heads === 'none' ? null : a.title, subheadline, byline: by, paragraphs, subheads, kicker: h.kicker, deck: h.deck },
    layout: { articleId: a.id, genre: a.genre, heads, credit: by ? 'byline-line' : 'wire-lead', columnBreaks: breaks, subheads: subheads.length },
  };
}
