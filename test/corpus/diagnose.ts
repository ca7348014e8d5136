// Why a generated page's split went wrong, story by story, in words a model builder can act on:
// each expected story that is not read exactly gets one or more failure kinds, keyed by the
// layout it was printed in, with the first example seen.
import type { CorpusPage, ExpectedStory } from './types';

export interface ActualStory {
  headline: string | null;
  subheadline: string | null;
  byline: string | null;
  paragraphs: readonly string[];
  startLine: number;
  endLine: number;
}

export interface Failure {
  kind: string;
  example: string;
}

const clip = (s: string | null | undefined, n = 40) => (s == null ? 'null' : s.length > n ? `${s.slice(0, n)}…` : s);

function boundaryFailures(e: ExpectedStory, actual: readonly ActualStory[], page: CorpusPage, layout: string): Failure[] {
  const out: Failure[] = [];
  const same = actual.find((a) => a.startLine === e.startLine);
  const line = (n: number) => clip(page.lines[n - 1]?.text);
  if (!same) {
    const cover = actual.find((a) => a.startLine < e.startLine && a.endLine >= e.startLine);
    if (cover) out.push({ kind: `boundary: swallowed by the story above [${layout}]`, example: `line ${e.startLine} «${line(e.startLine)}» inside story from ${cover.startLine}` });
    else out.push({ kind: `boundary: start missed [${layout}]`, example: `line ${e.startLine} «${line(e.startLine)}»` });
  } else if (same.endLine !== e.endLine) {
    const kind = same.endLine < e.endLine ? 'boundary: cut short (extra story inside)' : 'boundary: runs on past its end';
    out.push({ kind: `${kind} [${layout}]`, example: `expected ${e.startLine}-${e.endLine}, got ${same.startLine}-${same.endLine}; line ${same.endLine + 1} «${line(same.endLine + 1)}»` });
  }
  for (const a of actual) {
    if (a.startLine > e.startLine && a.startLine <= e.endLine) {
      const label = page.lines[a.startLine - 1]?.label ?? '?';
      out.push({ kind: `boundary: false start on a ${label} line`, example: `line ${a.startLine} «${line(a.startLine)}» in story ${e.startLine}-${e.endLine}` });
    }
  }
  return out;
}

function headFailures(e: ExpectedStory, a: ActualStory, layout: string): Failure[] {
  const out: Failure[] = [];
  if (a.headline !== e.headline) {
    let kind = 'headline: wrong';
    if (e.headline === null) kind = 'headline: invented for a headless story';
    else if (a.headline === null) kind = 'headline: missed';
    else if (a.headline === e.kicker) kind = 'headline: kicker taken as the title';
    else if (a.headline === e.deck) kind = 'headline: deck taken as the title';
    else if (e.kicker && a.headline === `${e.kicker} ${e.headline}`) kind = 'headline: kicker on the title line kept in the title';
    out.push({ kind: `${kind} [${layout}]`, example: `expected «${clip(e.headline)}» got «${clip(a.headline)}»` });
  }
  if ((a.subheadline ?? null) !== e.subheadline) {
    out.push({ kind: `subheadline: wrong [${layout}]`, example: `expected «${clip(e.subheadline)}» got «${clip(a.subheadline)}»` });
  }
  return out;
}

function bylineFailures(e: ExpectedStory, a: ActualStory, credit: string): Failure[] {
  if (a.byline === e.byline) return [];
  let kind = 'byline: wrong';
  if (e.byline === null) kind = 'byline: invented';
  else if (a.byline === null) kind = 'byline: missed';
  return [{ kind: `${kind} [${credit}]`, example: `expected «${clip(e.byline)}» got «${clip(a.byline)}»` }];
}

function paragraphFailures(e: ExpectedStory, a: ActualStory, page: CorpusPage): Failure[] {
  const out: Failure[] = [];
  const got = new Set(a.paragraphs);
  const furniture = new Set(page.lines.filter((l) => l.label === 'furniture' || l.label === 'rule').map((l) => l.text));
  for (const p of a.paragraphs) if (furniture.has(p)) out.push({ kind: 'paragraphs: furniture or rule kept as a paragraph', example: `«${clip(p)}»` });
  for (const p of e.paragraphs) {
    if (got.has(p)) continue;
    const joined = a.paragraphs.some((x, i) => {
      const y = a.paragraphs[i + 1];
      return y !== undefined && (x + y === p || `${x} ${y}` === p);
    });
    const glued = a.paragraphs.find((x) => x.length > p.length && x.includes(p));
    const prefix = glued?.endsWith(p) ? glued.slice(0, glued.length - p.length) : null;
    const prefixLine = prefix ? page.lines.find((l) => l.text === prefix) : undefined;
    const kind = joined
      ? 'paragraphs: column break not rejoined'
      : prefixLine
        ? `paragraphs: a ${prefixLine.label} line glued to the paragraph after it`
        : glued
          ? 'paragraphs: glued to a neighbour'
          : 'paragraphs: text differs';
    out.push({ kind, example: `«${clip(p)}»` });
  }
  return out;
}

/** Failure kinds for every expected story on a page that the actual split does not read exactly. */
export function diagnosePage(page: CorpusPage, actual: readonly ActualStory[]): Failure[] {
  const out: Failure[] = [];
  page.expected.stories.forEach((e, i) => {
    const layout = page.layouts[i];
    const heads = layout ? `${layout.genre}/${layout.heads}` : '?';
    const credit = layout ? `${layout.genre}/${layout.credit}` : '?';
    out.push(...boundaryFailures(e, actual, page, heads));
    const same = actual.find((a) => a.startLine === e.startLine);
    if (!same) return;
    out.push(...headFailures(e, same, heads), ...bylineFailures(e, same, credit));
    if (same.endLine === e.endLine) out.push(...paragraphFailures(e, same, page));
  });
  return out.map((f) => ({ ...f, example: `${page.id}: ${f.example}` }));
}
