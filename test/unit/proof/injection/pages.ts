// Clean pages for the injection scorer, read the way the CLI reads them: stories from the
// splitter, and for each story its language and the body lines an error could land on.
import { readFileSync } from 'node:fs';
import { detectLanguage } from '../../../../shared/proof';
import { segment } from '../../../../shared/segment';

export interface Line {
  start: number;
  end: number;
  story: number;
}

export interface Page {
  name: string;
  text: string;
  /** Body lines (prose that ends sentences), by the language of their story. */
  zh: Line[];
  en: Line[];
  /** Character span of each story, for rules that compare one part of a story with another. */
  stories: Array<{ start: number; end: number }>;
}

export const PAGE_FILES = [
  'test/fixtures/proof/clean-page.txt',
  'test/fixtures/proof/clean-zh-economy.txt',
  'test/fixtures/proof/clean-zh-society.txt',
  'test/fixtures/proof/clean-zh-rural.txt',
  'test/fixtures/proof/clean-en-wire.txt',
  // Written to be as varied as real pages: dense numbers and codes, nested quotes and titles,
  // bylines and credits, Reuters/AP and Xinhua/AFP house styles.
  'test/fixtures/proof/clean2-zh-numbers.txt',
  'test/fixtures/proof/clean2-zh-culture.txt',
  'test/fixtures/proof/clean2-zh-bylines.txt',
  'test/fixtures/proof/clean2-en-reuters.txt',
  'test/fixtures/proof/clean2-en-xinhua.txt',
  // Sports scores and records, law articles and document numbers, tech units and model names,
  // fiction dialogue with onomatopoeia and verse, AP style with curly quotes throughout.
  'test/fixtures/proof/clean3-zh-sports.txt',
  'test/fixtures/proof/clean3-zh-legal.txt',
  'test/fixtures/proof/clean3-zh-tech.txt',
  'test/fixtures/proof/clean3-zh-literature.txt',
  'test/fixtures/proof/clean3-en-ap.txt',
  // A rural front page with decks, bylines and captions; voices and Q&A with colloquial
  // reduplication; a markets page with stock codes and -0.5%; Reuters earnings in straight quotes.
  'test/fixtures/proof/clean4-zh-frontpage.txt',
  'test/fixtures/proof/clean4-zh-voices.txt',
  'test/fixtures/proof/clean4-zh-finance.txt',
  'test/fixtures/proof/clean4-en-business.txt',
];

const MIN_BODY = 16;
const SENTENCE_STOP = /[。！？.!?”]/;

export function loadPage(file: string): Page {
  const text = readFileSync(file, 'utf8').replace(/\r\n?/g, '\n');
  const starts: number[] = [0];
  for (let i = 0; i < text.length; i++) if (text[i] === '\n') starts.push(i + 1);
  const lineSpan = (n: number) => ({ start: starts[n - 1]!, end: (starts[n] ?? text.length + 1) - 1 });
  const page: Page = { name: file.split('/').pop()!, text, zh: [], en: [], stories: [] };
  segment(text).forEach((s, story) => {
    const first = lineSpan(s.startLine);
    const last = lineSpan(s.endLine);
    page.stories.push({ start: first.start, end: last.end });
    const lang = detectLanguage(text.slice(first.start, last.end));
    for (let n = s.startLine; n <= s.endLine; n++) {
      const span = lineSpan(n);
      const line = text.slice(span.start, span.end);
      if (line.trim().length < MIN_BODY || !SENTENCE_STOP.test(line)) continue;
      page[lang].push({ ...span, story });
    }
  });
  return page;
}

export function loadPages(): Page[] {
  return PAGE_FILES.map(loadPage);
}
