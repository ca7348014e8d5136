// One-action field fixes from the source: "this line is the deck", "swap title and deck".
// Each records the line roles on the story (so every later re-read keeps them), re-reads the
// story's original from the source with them applied, and carries the editor's corrections over
// as re-splits do: a correction follows its text to the field it now stands in; one that no longer
// applies is reported on the story, never dropped.
import { GalleyError } from '../errors';
import type { Fields, LineRole, LineRoleOverride, Story } from '../model';
import { readStory } from '../segment';
import { trimLine } from '../segment/text';
import { carryCorrections } from './carry';
import { canonicalContent } from './content';
import { storyFromSegment } from './story-factory';

export interface Reassigned {
  story: Story;
  /** Corrections that could not be re-applied (also attached to the story). */
  conflicts: string[];
}

export type SwapWith = 'deck' | 'kicker';

const scalarFields = ['kicker', 'headline', 'deck', 'byline', 'dateline'] as const;
type ScalarField = (typeof scalarFields)[number];

/** The roles with `line` set to `role` (one role per line), in line order. */
export function withRole(roles: readonly LineRoleOverride[] | undefined, line: number, role: LineRole): LineRoleOverride[] {
  return [...(roles ?? []).filter((o) => o.line !== line), { line, role }].sort((a, b) => a.line - b.line);
}

/**
 * The story as it would have been stored had its fields stood where the re-read puts them: a
 * value that moved to another field (a title now read as the deck) takes its correction along.
 */
function relabelled(old: Story, fresh: Fields): Story {
  const moves = new Map<ScalarField, ScalarField>();
  for (const k of scalarFields) {
    const v = old.original[k];
    if (v === null || fresh[k] === v) continue;
    const to = scalarFields.filter((k2) => k2 !== k && fresh[k2] === v);
    if (to.length === 1) moves.set(k, to[0]!);
  }
  // A field that keeps its own value cannot take another's.
  const movedAway = new Set(moves.keys());
  for (const [k, to] of [...moves]) if (old.original[to] !== null && !movedAway.has(to)) moves.delete(k);
  if (moves.size === 0) return old;
  const original = { ...old.original };
  const edited = { ...old.edited };
  for (const k of moves.keys()) {
    original[k] = null;
    edited[k] = null;
  }
  for (const [k, to] of moves) {
    original[to] = old.original[k];
    edited[to] = old.edited[k];
  }
  return { ...old, original, edited };
}

/** Re-reads a story from the source with `lineRoles` applied, keeping the editor's corrections. */
export function rereadWithRoles(story: Story, text: string, lineRoles: LineRoleOverride[]): Reassigned {
  const seg = readStory(text, story.startLine, story.endLine, lineRoles);
  const read = storyFromSegment(seg, story.id);
  const kind = lineRoles.some((o) => o.role === 'caption') ? 'photo' : story.kind;
  const fresh: Story = { ...read, kind, startLine: story.startLine, endLine: story.endLine, lineRoles };
  const { stories, conflicts } = carryCorrections([relabelled(story, fresh.original)], [fresh]);
  let next = stories[0]!;
  // As any edit does: changed content is under review again (an approval no longer describes it).
  if (canonicalContent(next) !== canonicalContent(story) && next.status !== 'in_review') {
    next = { ...next, status: 'in_review', approval: null, rejection: null };
  }
  return { story: next, conflicts };
}

function requireTextLine(story: Story, text: string, line: number): string {
  const raw = line >= story.startLine && line <= story.endLine ? text.split('\n')[line - 1] : undefined;
  const printed = raw === undefined ? '' : trimLine(raw);
  if (printed === '') throw new GalleyError('invalid_line');
  return printed;
}

/** "Line `line` is the story's `role`": one operation's new story. */
export function assignLine(story: Story, text: string, line: number, role: LineRole): Reassigned {
  requireTextLine(story, text, line);
  return rereadWithRoles(story, text, withRole(story.lineRoles, line, role));
}

/**
 * The source lines a heading value was read from, among the story's first printed lines: one line
 * holding exactly it, or consecutive lines joined into it (a title over two lines).
 */
function headingLines(story: Story, lines: readonly string[], value: string): number[] | null {
  const printed: Array<{ n: number; text: string }> = [];
  for (let n = story.startLine; n <= story.endLine && printed.length < 12; n++) {
    const t = trimLine(lines[n - 1] ?? '');
    if (t !== '') printed.push({ n, text: t });
  }
  for (let i = 0; i < printed.length; i++) {
    if (printed[i]!.text === value) return [printed[i]!.n];
    let joined = printed[i]!.text;
    let spaced = joined;
    for (let j = i + 1; j < printed.length && joined.length < value.length; j++) {
      joined += printed[j]!.text;
      spaced += ` ${printed[j]!.text}`;
      if (joined === value || spaced === value) return printed.slice(i, j + 1).map((p) => p.n);
    }
  }
  return null;
}

/** Swaps the title with the deck (or the kicker): the two lines exchange roles, and so do the fields and their corrections. */
export function swapHeading(story: Story, text: string, which: SwapWith): Reassigned {
  const title = story.original.headline;
  const other = story.original[which];
  if (title === null || other === null) throw new GalleyError('invalid_swap');
  const lines = text.split('\n');
  const titleLines = headingLines(story, lines, title);
  const otherLines = headingLines(story, lines, other);
  if (!titleLines || !otherLines || titleLines.some((n) => otherLines.includes(n))) throw new GalleyError('invalid_swap');
  let roles = story.lineRoles ?? [];
  for (const n of titleLines) roles = withRole(roles, n, which);
  for (const n of otherLines) roles = withRole(roles, n, 'headline');
  return rereadWithRoles(story, text, roles);
}

/** What a source line is in the story now, for the menu's check mark (null: not told apart). */
export function roleOfLine(story: Story, text: string, line: number): LineRole | null {
  const set = story.lineRoles?.find((o) => o.line === line);
  if (set) return set.role;
  if (line < story.startLine || line > story.endLine) return null;
  const printed = trimLine(text.split('\n')[line - 1] ?? '');
  if (printed === '') return null;
  const o = story.original;
  if (o.headline !== null && (o.headline === printed || (printed.length >= 2 && o.headline.includes(printed) && o.kicker === null))) return 'headline';
  if (o.kicker === printed) return 'kicker';
  if (o.deck !== null && (o.deck === printed || o.deck.split(' ').includes(printed))) return 'deck';
  if (o.byline !== null && o.byline.includes(printed)) return 'byline';
  if (o.subheads.some((h) => printed.endsWith(h.text))) return 'subhead';
  if (o.paragraphs.some((p) => p.includes(printed))) return story.kind === 'photo' ? 'caption' : 'body';
  return null;
}
