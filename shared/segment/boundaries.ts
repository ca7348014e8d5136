// Where stories begin and end. Strong cues first, each claiming the lines it explains so a
// weaker cue cannot take them again:
//   1. a photo credit (… 摄) closes a photo block: caption above it, headline above that;
//   2. a dateline lead (本报讯, 本报宁波3月2日讯, BERLIN, May 4 (Reuters) –) opens a story,
//      together with the byline, deck and one or two headline lines printed above it;
//   3. a byline (本报记者 …, By …) or a deck (——…) under a headline opens a story;
//   4. a kicker + headline pair followed by text opens one (less sure: flagged);
//   5. a title line over text inside a news story opened by a dateline lead opens one (flagged);
//   6. a title under a separator rule (wire copy's "___") opens one;
//   7. the page's first line and the first line after a photo open one.
// A short line followed by ordinary text inside a story is a subhead, not a new story.
import { WIRE_CAPTION, type PageLine } from './classify';
import { inlineCredit } from './credit';
import { echoOf } from './echo';
import { isSubhead } from './repair';
import { endsSentence, isLatinText, leavesOpen } from './text';

export interface StoryRange {
  /** Indices into the page's non-blank lines, inclusive. */
  from: number;
  to: number;
  /** Set when the start of this story is a guess; the confidence that it is right. */
  boundaryConfidence: number | null;
}

const PHOTO_CAPTIONS_MAX = 2;
const PHOTO_GROUP_CAPTIONS_MAX = 4;
/** A caption printed over more lines than this is a paragraph, whatever it ends with. */
const CAPTION_LINES_MAX = 3;
const CAPTION_START = /^(?:\d{1,2}月\d{1,2}日|图为|图[一二三四五六]|[(（]?[上下左右中][图)）])/;
const AUTHOR_NOTE = /^[(（]作者(?:系|为|是|单位|简介)/;
const TITLE_ECHO_MIN = 0.3;
const EDITORS_NOTE = /^Editor['’]s note\s*:/i;

export function findStories(lines: readonly PageLine[]): StoryRange[] {
  const m = lines.length;
  if (m === 0) return [];
  const claimed = new Uint8Array(m);
  const starts = new Map<number, number | null>();
  const photoEnds = new Map<number, number>();
  const kind = (i: number) => lines[i]?.kind;
  const free = (i: number) => i >= 0 && i < m && claimed[i] === 0;
  const claim = (from: number, to: number) => claimed.fill(1, from, to + 1);

  // Heads (and a deck) printed directly above line k: at most two head lines, a kicker and a title.
  const headsAbove = (k: number): number => {
    let j = k - 1;
    // A wire picture's caption ("FILE PHOTO: …") may sit between the title and the byline.
    if (free(j) && WIRE_CAPTION.test(lines[j]!.text) && kind(j - 1) === 'head') j--;
    while (free(j) && kind(j) === 'deck') j--;
    let heads = 0;
    while (free(j) && kind(j) === 'head' && heads < 2) {
      heads++;
      j--;
    }
    return j + 1;
  };

  // 1. Photo blocks, found from their credit lines.
  for (let k = 0; k < m; k++) {
    if (kind(k) !== 'credit' || !free(k)) continue;
    let g = k;
    while (free(g - 1) && (kind(g - 1) === 'byline' || kind(g - 1) === 'credit')) g--;
    let e = k;
    while (e + 1 < m && (kind(e + 1) === 'credit' || (kind(e + 1) === 'byline' && kind(e + 2) === 'credit'))) e++;
    // A titled picture group may print several captions above its credits; without a title
    // above them, only the captions closest to the credit are the photo's (the rest are the
    // story before it).
    const scanCaptions = (max: number): { j: number; captions: number } => {
      let j = g - 1;
      let captions = 0;
      while (free(j) && kind(j) === 'para') {
        // A caption cut by a column break is one caption printed on two lines.
        if (j === g - 1 || endsSentence(lines[j]!.text)) {
          if (captions === max) break;
          captions++;
        }
        j--;
      }
      return { j, captions };
    };
    const wide = scanCaptions(PHOTO_GROUP_CAPTIONS_MAX);
    // Only when every line taken reads like a caption ("10月8日，…", "图为…"): a short story's
    // paragraphs under its own title must not be taken for a picture group's captions.
    const captionLike = (from: number) => lines.slice(from, g).every((l, i, all) => i > 0 && !endsSentence(all[i - 1]!.text) ? true : CAPTION_START.test(l.text));
    const titled = free(wide.j) && (kind(wide.j) === 'head' || kind(wide.j) === 'deck') && captionLike(wide.j + 1);
    let { j, captions } = titled ? wide : scanCaptions(PHOTO_CAPTIONS_MAX);
    let start: number;
    let confidence: number | null = null;
    if (free(j) && (kind(j) === 'head' || kind(j) === 'deck')) {
      start = headsAbove(j + 1);
    } else if (captions === 0 && free(g - 1) && kind(g - 1) === 'head') {
      start = g - 1;
    } else {
      // No headline: only the caption right above the credit, never the previous story's last paragraph.
      let c = g - 1;
      while (captions > 0 && free(c - 1) && kind(c - 1) === 'para' && !endsSentence(lines[c - 1]!.text)) c--;
      start = captions > 0 ? c : g;
      confidence = 0.6;
    }
    starts.set(start, confidence);
    photoEnds.set(start, e);
    claim(start, e);
    k = e;
  }
  // A caption with its credit printed inline ("… 本报记者 张三 摄") under a headline; a photo
  // group prints several such captions, each with its own credit, under one headline.
  const creditedCaption = (i: number) => free(i) && kind(i) === 'para' && inlineCredit(lines[i]!.text) !== null;
  // A caption cut by a column break ("…抢收晚稻。（本报记者 吴" / "越青 摄）") carries its credit
  // on its last line: the caption's lines, from i, up to the one whose joined text ends in a credit.
  const creditedCaptionEnd = (i: number): number => {
    let text = '';
    for (let e = i; e < m && e < i + CAPTION_LINES_MAX && free(e) && (kind(e) === 'para' || kind(e) === 'head'); e++) {
      text += lines[e]!.text;
      if (inlineCredit(text) !== null) return e;
      if (endsSentence(lines[e]!.text) && !leavesOpen(text)) return -1;
    }
    return -1;
  };
  for (let k = 1; k < m; k++) {
    if (!free(k - 1) || kind(k - 1) !== 'head') continue;
    let e = creditedCaption(k) ? k : creditedCaptionEnd(k);
    if (e < 0) continue;
    // Further captions of the group start as text: a headline-shaped line there is the next title.
    for (let next = kind(e + 1) === 'para' ? creditedCaptionEnd(e + 1) : -1; next > e; next = kind(e + 1) === 'para' ? creditedCaptionEnd(e + 1) : -1) e = next;
    const start = headsAbove(k);
    starts.set(start, null);
    photoEnds.set(start, e);
    claim(start, e);
    k = e;
  }

  // A caption with its credit inline printed with no title, after a story's last paragraph or
  // another such caption: a photo of its own, one caption long.
  for (let k = 1; k < m; k++) {
    const before = kind(k - 1);
    if (!free(k - 1) || (before !== 'para' && before !== 'lead') || !endsSentence(lines[k - 1]!.text)) continue;
    // One line, or a caption cut by a column break inside its credit when it reads like a caption.
    const e = creditedCaption(k) ? k : CAPTION_START.test(lines[k]!.text) ? creditedCaptionEnd(k) : -1;
    if (e < 0) continue;
    starts.set(k, 0.6);
    photoEnds.set(k, e);
    claim(k, e);
    k = e;
  }

  // 2. Dateline leads, with the byline, deck and headline lines printed above them.
  for (let k = 0; k < m; k++) {
    if (kind(k) !== 'lead' || !free(k)) continue;
    let j = k;
    // An editor's note printed between the byline and the dateline belongs to the story.
    while (free(j - 1) && (kind(j - 1) === 'byline' || EDITORS_NOTE.test(lines[j - 1]!.text))) j--;
    const start = headsAbove(j);
    starts.set(start, null);
    claim(start, k);
  }

  // 3. Bylines and decks under a headline.
  // A block of them that opens no story is passed line by line, and from each the block's end
  // is the same: it is found once, or a page of bylines would be read once per line.
  let blockEnd = -1;
  for (let k = 0; k < m; k++) {
    const kk = kind(k);
    if ((kk !== 'byline' && kk !== 'deck') || !free(k)) continue;
    if (kk === 'deck' && kind(k - 1) !== 'head' && kind(k - 1) !== 'deck') continue;
    let end = Math.max(k, blockEnd);
    while (free(end + 1) && (kind(end + 1) === 'byline' || kind(end + 1) === 'deck')) end++;
    blockEnd = end;
    const start = headsAbove(k);
    const next = kind(end + 1);
    // A byline with no headline above and no text under it closes the story before, not opens one.
    if (start === k && next !== 'para') continue;
    starts.set(start, start === k ? 0.7 : null);
    claim(start, end);
    k = end;
  }

  // 4. A kicker line and a title line over ordinary text (no lead, byline or deck to confirm it).
  for (let k = 0; k + 2 < m; k++) {
    if (!free(k) || !free(k + 1) || kind(k) !== 'head' || kind(k + 1) !== 'head' || kind(k + 2) !== 'para') continue;
    const a = lines[k];
    const b = lines[k + 1];
    const before = lines[k - 1];
    if (!a || !b || a.askingHead || b.askingHead) continue;
    if (isLatinText(a.text) || /[,，、;；]/.test(a.text + b.text)) continue;
    if (before && !endsSentence(before.text) && before.kind !== 'credit') continue;
    starts.set(k, 0.6);
    claim(k, k + 1);
  }

  // 5. A news story opened by a dateline lead carries no subheads: a titled block inside it
  //    (title line, then text) is a story printed without a lead. Features keep their subheads.
  const byStart = [...starts.keys()].sort((a, b) => a - b);
  byStart.forEach((from, i) => {
    const to = photoEnds.get(from) ?? (byStart[i + 1] ?? m) - 1;
    let leadAt = -1;
    for (let k = from; k <= Math.min(to, from + 4) && leadAt < 0; k++) if (kind(k) === 'lead') leadAt = k;
    if (leadAt < 0) return;
    for (let k = leadAt + 1; k < to; k++) {
      const line = lines[k]!;
      if (!free(k) || kind(k + 1) !== 'para' || !endsSentence(lines[k - 1]!.text)) continue;
      // Wire copy always carries a dateline, so a short line inside it is a subhead ("WHAT COMES NEXT").
      if (isLatinText(line.text)) continue;
      if (!isSubhead(line, lines[k + 1])) continue;
      // Without a lead or byline to confirm it, a title must be echoed by the text under it;
      // otherwise it is a paragraph's first half cut off by a column break.
      const below = lines[k + 1]!.text + (lines[k + 2]?.text ?? '');
      if (echoOf(line.text, below) < TITLE_ECHO_MIN) continue;
      starts.set(k, 0.6);
      claim(k, k);
      return;
    }
  });

  // 5b. An author's note ("（作者系…）") closes a commentary: a title line under it opens the next.
  for (let k = 1; k + 1 < m; k++) {
    // Whatever text follows the title (a first line cut by a column break can look like a head).
    const after = kind(k + 1);
    if (!free(k) || kind(k) !== 'head' || (after !== 'para' && after !== 'head') || starts.has(k)) continue;
    if (!AUTHOR_NOTE.test(lines[k - 1]!.text)) continue;
    starts.set(k, 0.7);
    claim(k, k);
  }

  // 6. A title printed under a separator rule ("___" between wire stories) opens a story;
  //    text under one (a trailer such as "… contributed to this report.") stays in its story.
  for (let k = 0; k + 1 < m; k++) {
    if (kind(k) !== 'rule' || !free(k + 1) || kind(k + 1) !== 'head' || starts.has(k + 1)) continue;
    const after = kind(k + 2);
    if (after === 'para' || after === 'lead' || after === 'byline' || after === 'deck') starts.set(k + 1, 0.8);
  }

  // 7. The page's first line, and whatever follows a photo block.
  if (!starts.has(0)) starts.set(0, null);
  for (const end of photoEnds.values()) {
    if (end + 1 < m && !starts.has(end + 1)) starts.set(end + 1, kind(end + 1) === 'head' ? 0.7 : 0.5);
  }

  const ordered = [...starts.keys()].sort((a, b) => a - b);
  const ranges: StoryRange[] = [];
  ordered.forEach((start, i) => {
    // A separator rule at either edge sits between stories and belongs to neither.
    let from = start;
    let to = photoEnds.get(start) ?? (ordered[i + 1] ?? m) - 1;
    while (from <= to && kind(from) === 'rule') from++;
    while (to >= from && kind(to) === 'rule') to--;
    if (from <= to) ranges.push({ from, to, boundaryConfidence: starts.get(start) ?? null });
  });
  return ranges;
}
