// Reading a story with the editor's line roles (set as deck, swap title and deck…) applied.
// The rest of the story is read exactly as the reader would read it without those lines, so a
// hand fix changes only what the editor said; the roles are kept on the story and applied on
// every later re-read (a boundary move, a merge, a split). Pure, like the rest of the reader.
import type { LineRole, LineRoleOverride, StoryFlag, Subhead } from '../model';
import type { PageLine } from './classify';
import { emptyStory, type SegmentedStory } from './story';
import { isLatinText } from './text';

/** Roles whose line leaves the body and becomes a field of its own. */
const FIELD_ROLES: ReadonlySet<LineRole> = new Set(['headline', 'kicker', 'deck', 'byline', 'dateline']);

const placeholder = (n: number) => `\uE000${n}\uE001`;
const PLACEHOLDER = /\uE000(\d+)\uE001/;
const SUBHEAD_ORNAMENT = /^[■□◆◇●○▲△◎★☆][\s\u3000]*/;

interface Placed {
  text: string;
  /** The source line it was printed on (ordering only). */
  at: number;
}

const joinSpaced = (parts: readonly Placed[]): string | null => {
  const texts = [...parts].sort((a, b) => a.at - b.at).map((p) => p.text).filter((t) => t !== '');
  return texts.length ? texts.join(' ') : null;
};

/** Two title lines are one title: Chinese halves join with nothing between, English with a space. */
const joinTitle = (parts: readonly Placed[]): string | null => {
  const texts = [...parts].sort((a, b) => a.at - b.at).map((p) => p.text);
  if (texts.length === 0) return null;
  return texts.join(texts.every((t) => isLatinText(t)) ? ' ' : '');
};

/** Where a value the reader found was printed: its own line, the line holding it, or the line it was joined from. */
function lineOf(value: string, lines: readonly PageLine[], fallback: number): number {
  const exact = lines.find((l) => l.text === value || l.text.includes(value));
  if (exact) return exact.n;
  const part = lines.find((l) => l.text.length >= 2 && value.includes(l.text));
  return part ? part.n : fallback;
}

/** The effective roles for a range: the last word on each line wins; lines outside the range are ignored. */
export function rolesIn(overrides: readonly LineRoleOverride[], from: number, to: number): Map<number, LineRole> {
  const roles = new Map<number, LineRole>();
  for (const o of overrides) if (o.line >= from && o.line <= to) roles.set(o.line, o.role);
  return roles;
}

/**
 * Reads `lines` (non-blank, classified) as one story with the editor's roles applied. `read` is the
 * ordinary reader; it is given the lines that stay in the body (field lines taken out, body and
 * caption lines marked as text, subhead lines as placeholders).
 */
export function readWithRoles(
  lines: readonly PageLine[],
  overrides: readonly LineRoleOverride[],
  read: (lines: readonly PageLine[]) => SegmentedStory,
): SegmentedStory {
  const first = lines[0];
  const last = lines[lines.length - 1];
  if (!first || !last) throw new RangeError('a story needs at least one non-blank line');
  const roles = rolesIn(overrides, first.n, last.n);
  if (roles.size === 0) return read(lines);

  const taken: Array<{ role: LineRole; line: PageLine }> = [];
  const rest: PageLine[] = [];
  // Lines set as a subhead, or as text when the reader took them for something else, stand in the
  // body as placeholders: the text around them is repaired as printed, and each placeholder then
  // cuts its paragraph where it stands, becoming its subhead or a paragraph of its own.
  const standIns = new Map<number, { subhead: boolean; text: string }>();
  // Such lines printed above everything else are taken out first, so the heading under them is still read as one.
  const leading: Array<{ subhead: boolean; text: string }> = [];
  for (const l of lines) {
    const role = roles.get(l.n);
    if (role && FIELD_ROLES.has(role)) {
      taken.push({ role, line: l });
      continue;
    }
    const standIn = role === 'subhead' || (role !== undefined && l.kind !== 'para' && l.kind !== 'lead');
    if (standIn) {
      const entry = role === 'subhead' ? { subhead: true, text: l.text.replace(SUBHEAD_ORNAMENT, '') } : { subhead: false, text: l.text };
      if (rest.length === 0) leading.push(entry);
      else {
        standIns.set(l.n, entry);
        rest.push({ ...l, kind: 'para', askingHead: false, text: placeholder(l.n) });
      }
    } else rest.push(l);
  }
  const seg = rest.length ? read(rest) : emptyStory(first.n, last.n);

  const paragraphs: string[] = [];
  const placed: Subhead[] = [];
  const newIndex: number[] = [];
  const put = (entry: { subhead: boolean; text: string }) => {
    if (entry.subhead) placed.push({ beforeParagraph: paragraphs.length, text: entry.text });
    else paragraphs.push(entry.text);
  };
  leading.forEach(put);
  const leadingSubheads = placed.splice(0);
  seg.paragraphs.forEach((p, i) => {
    newIndex[i] = paragraphs.length;
    p.split(PLACEHOLDER).forEach((piece, k) => {
      if (k % 2 === 1) {
        const entry = standIns.get(Number(piece));
        if (entry) put(entry);
      } else if (piece.trim() !== '') paragraphs.push(piece.trim());
    });
  });
  newIndex[seg.paragraphs.length] = paragraphs.length;
  // The reader's own subheads keep their places; at one place, the one printed first comes first.
  const readerSubheads = seg.subheads.map((h) => ({ ...h, beforeParagraph: newIndex[h.beforeParagraph] ?? paragraphs.length }));
  const subheads = [...leadingSubheads, ...readerSubheads, ...placed]
    .map((h, order) => ({ h, order }))
    .sort((a, b) => a.h.beforeParagraph - b.h.beforeParagraph || a.order - b.order)
    .map(({ h }) => h);

  const assigned = (role: LineRole): Placed[] => taken.filter((t) => t.role === role).map((t) => ({ text: t.line.text, at: t.line.n }));
  const auto = (value: string | null): Placed[] => (value === null ? [] : [{ text: value, at: lineOf(value, rest, rest[0]?.n ?? first.n) }]);

  const titles = assigned('headline');
  const kickers = [...auto(seg.kicker), ...assigned('kicker')];
  const decks = [...auto(seg.deck), ...assigned('deck')];
  let headline = seg.headline;
  if (titles.length) {
    headline = joinTitle(titles);
    // A title the reader found elsewhere is not lost: printed above the editor's title it is a kicker, below it a deck.
    for (const found of auto(seg.headline)) (found.at < titles[0]!.at ? kickers : decks).push(found);
  }
  // The editor set the title as the kicker or deck, and no other line reads as a title: the heading
  // line the reader found beside it is the title ("this is the deck" of a title over its deck is a swap).
  if (headline === null && titles.length === 0) {
    const fromKicker = kickers.find((k) => !taken.some((t) => t.line.n === k.at));
    const fromDeck = decks.find((d) => !taken.some((t) => t.line.n === d.at));
    const promoted = assigned('deck').length ? (fromKicker ?? fromDeck) : (fromDeck ?? fromKicker);
    if (promoted) {
      headline = promoted.text;
      for (const list of [kickers, decks]) if (list.includes(promoted)) list.splice(list.indexOf(promoted), 1);
    }
  }
  const bylines = [...auto(seg.byline), ...assigned('byline')];
  const datelines = assigned('dateline');

  // The editor has decided the heading; whether a title is missing follows what is there now.
  const flags: StoryFlag[] = seg.flags.filter((f) => f.code !== 'uncertain_heading' && f.code !== 'missing_headline');
  if (headline === null) flags.unshift({ code: 'missing_headline', confidence: 0.9, line: first.n });

  return {
    ...seg,
    kind: [...roles.values()].includes('caption') ? 'photo' : seg.kind,
    kicker: joinSpaced(kickers),
    headline,
    deck: joinSpaced(decks),
    byline: joinSpaced(bylines),
    dateline: datelines.length ? joinSpaced(datelines) : seg.dateline,
    paragraphs,
    subheads,
    startLine: first.n,
    endLine: last.n,
    flags,
  };
}
