// One story's lines → its readable structure: heading, byline, dateline, body, flags.
import type { StoryFlag, Subhead } from '../model';
import { WIRE_CAPTION, type PageLine } from './classify';
import { inlineCredit, joinCredits } from './credit';
import { buildHeading, readHeadingParts } from './headline';
import { extractDateline } from './lead';
import { readBody } from './repair';
import { isLatinText } from './text';

export interface SegmentedStory {
  kind: 'article' | 'photo';
  /** 引题, printed above (or before) the title. */
  kicker: string | null;
  headline: string | null;
  /** 副题, printed under the title. */
  deck: string | null;
  byline: string | null;
  dateline: string | null;
  paragraphs: string[];
  subheads: Subhead[];
  startLine: number;
  endLine: number;
  flags: StoryFlag[];
}

/** Below this the model's reading of two heading lines is shown to the editor as unsure. */
const HEADING_SURE = 0.75;

/** A photo block has a caption of a few paragraphs at most; more is an article with a picture. */
const PHOTO_PARAGRAPHS_MAX = 3;

/** A second headline-shaped line is the title under a kicker when something confirms the block ends there. */
function secondHeadLine(lines: readonly PageLine[]): boolean {
  const [a, b, c] = lines;
  if (a && b && wrappedLatinTitle(a, b)) return true;
  if (!a || !b || !c || b.kind !== 'head' || b.askingHead) return false;
  if (c.kind === 'deck' || c.kind === 'byline' || c.kind === 'lead') return true;
  return c.kind === 'para' && !isLatinText(a.text) && !/[,，、;；]/.test(a.text + b.text) && !a.askingHead;
}

/** An English title too long for one line runs on to the next with no blank line between. */
function wrappedLatinTitle(a: PageLine, b: PageLine): boolean {
  return b.kind === 'head' && !b.gapBefore && isLatinText(a.text) && isLatinText(b.text) && /^[a-z]/.test(b.text);
}

// The script is told from the opening of the body; joining a long story's every line for it would
// cost more than reading the story.
const SCRIPT_OPENING = 400;
function openingText(lines: readonly PageLine[]): string {
  let text = '';
  for (const l of lines) {
    text += l.text;
    if (text.length >= SCRIPT_OPENING) return text.slice(0, SCRIPT_OPENING);
  }
  return text;
}

// The box or bullet set before a signature ("□ 本报评论员", "◎ 林一舟") is typography, not the name.
const ORNAMENT = /^[□■◎●▲◆◇○△★☆][\s\u3000]*/;

export function emptyStory(startLine: number, endLine: number): SegmentedStory {
  return {
    kind: 'article',
    kicker: null,
    headline: null,
    deck: null,
    byline: null,
    dateline: null,
    paragraphs: [],
    subheads: [],
    startLine,
    endLine,
    flags: [],
  };
}

/** Read non-blank, classified lines as one story. `boundaryConfidence` flags a guessed start. */
export function readLines(lines: readonly PageLine[], boundaryConfidence: number | null = null): SegmentedStory {
  const first = lines[0];
  const last = lines[lines.length - 1];
  if (!first || !last) throw new RangeError('a story needs at least one non-blank line');

  let i = 0;
  const heads: string[] = [];
  if (first.kind === 'head') {
    heads.push(first.text);
    i = 1;
    if (secondHeadLine(lines)) {
      const b = lines[i++]!;
      if (wrappedLatinTitle(first, b)) heads[0] = `${first.text} ${b.text}`;
      else heads.push(b.text);
    }
  }
  const decks: string[] = [];
  while (i < lines.length && lines[i]!.kind === 'deck') decks.push(lines[i++]!.text);
  // A wire picture's caption printed between the title and the byline is the story's first paragraph.
  const captionAt = i;
  while (i < lines.length && WIRE_CAPTION.test(lines[i]!.text) && lines[i + 1]?.kind === 'byline') i++;
  const captions = lines.slice(captionAt, i);
  const bylines: string[] = [];
  while (i < lines.length && lines[i]!.kind === 'byline') bylines.push(lines[i++]!.text.replace(ORNAMENT, ''));

  // Trailing credit lines (… 摄), with a byline-shaped line printed just above them.
  let j = lines.length;
  while (j > i && lines[j - 1]!.kind === 'credit') j--;
  const hasCredit = j < lines.length;
  if (hasCredit) while (j > i && lines[j - 1]!.kind === 'byline') j--;
  const credits = lines.slice(j).map((l) => l.text);
  const bodyLines = [...captions, ...lines.slice(i, j)];

  const latin = isLatinText(openingText(bodyLines) || first.text);
  const body = readBody(bodyLines, latin);
  const reading = readHeadingParts(heads, body.paragraphs[0] ?? '');
  const heading = buildHeading(reading.parts, decks);

  let kind: SegmentedStory['kind'] = 'article';
  let byline = bylines.length ? bylines.join(' ') : null;
  if (hasCredit) {
    byline = joinCredits(credits);
    if (body.paragraphs.length <= PHOTO_PARAGRAPHS_MAX) kind = 'photo';
  } else if ((heads.length > 0 || body.paragraphs.length === 1) && body.paragraphs.length > 0) {
    // One caption with its credit (titled or not), or a photo group under a title: every caption ends with its own credit,
    // and the credits are joined in page order, as credit lines are.
    const credits = body.paragraphs.map(inlineCredit);
    const last = credits[credits.length - 1];
    const group = credits.length > 1 && credits.every((c) => c !== null);
    if (last != null && (body.paragraphs.length <= PHOTO_PARAGRAPHS_MAX || group)) {
      kind = 'photo';
      byline = joinCredits(credits.filter((c): c is string => c !== null));
    }
  }

  const leadLine = bodyLines[0];
  const dateline = leadLine && leadLine.kind === 'lead' ? extractDateline(leadLine.text) : null;

  const flags: StoryFlag[] = [];
  if (heading.headline === null) flags.push({ code: 'missing_headline', confidence: 0.9, line: first.n });
  if (boundaryConfidence !== null) flags.push({ code: 'uncertain_boundary', confidence: boundaryConfidence, line: first.n });
  if (reading.confidence !== null && reading.confidence < HEADING_SURE) flags.push({ code: 'uncertain_heading', confidence: reading.confidence, line: first.n });
  // A lone subhead in a news story may be the headline of a story with no lead.
  if (body.subheads.length === 1 && kind === 'article') {
    const sub = body.subheads[0]!;
    const line = bodyLines.find((l) => l.text === sub.text);
    flags.push({ code: 'uncertain_boundary', confidence: 0.5, ...(line ? { line: line.n } : {}) });
  }
  flags.push(...body.flags);

  return {
    kind,
    kicker: heading.kicker,
    headline: heading.headline,
    deck: heading.deck,
    byline,
    dateline,
    paragraphs: body.paragraphs,
    subheads: body.subheads,
    startLine: first.n,
    endLine: last.n,
    flags,
  };
}
