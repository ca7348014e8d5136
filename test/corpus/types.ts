// The shapes of the corpus: invented article parts in, rendered pages with exact expected
// splits and per-line labels out. A trained splitter learns from `lines`; the scorer reads `expected`.

export type Genre = 'news' | 'feature' | 'photo' | 'commentary' | 'xinhua' | 'ap' | 'reuters' | 'afp' | 'xinhua-en' | 'local-en';

export interface Section {
  /** null for the paragraphs before the first subhead. */
  subhead: string | null;
  paras: string[];
}

/** One invented article, as written in test/corpus/parts (see parse-parts.ts for the notation). */
export interface Article {
  id: string;
  genre: Genre;
  lang: 'zh' | 'en';
  title: string | null;
  kicker: string | null;
  /** As printed: `——…`, `张三 李四出席`, a line of figures, or an English deck sentence. */
  deck: string | null;
  /** An English capitals label printed over the title (ANALYSIS). */
  label: string | null;
  /** Dateline place: 衢州 / 东京 / PORTLAND, Maine. */
  place: string;
  /** Staff reporters (本报记者 / By …) or photographers. */
  by: string[];
  /** 通讯员 and other non-staff credits, already with their role where it is not 通讯员 (`共享联盟·海宁 胡晓琳`). */
  with: string[];
  /** Commentary: `（作者系…）`; AP: the `… contributed to this report.` line; Reuters: the editor. */
  note: string | null;
  sections: Section[];
}

export type LineLabel =
  | 'blank'
  | 'furniture'
  | 'kicker'
  | 'title'
  | 'kicker-title'
  | 'deck'
  | 'byline'
  | 'dateline-byline'
  | 'lead'
  | 'body'
  | 'subhead'
  | 'caption'
  | 'credit'
  | 'rule'
  | 'trailer'
  | 'author-note';

export interface LabeledLine {
  text: string;
  label: LineLabel;
  /** Index of the story in `expected.stories`, or -1 for blanks, furniture and rules between stories. */
  story: number;
  /** This line continues the paragraph of the previous non-blank line across a column break. */
  continues: boolean;
}

/** The CLI JSON story (toCliJson without flags), plus the fields a model keeps apart. */
export interface ExpectedStory {
  kind: 'article' | 'photo';
  headline: string | null;
  subheadline: string | null;
  byline: string | null;
  paragraphs: string[];
  subheads: string[];
  startLine: number;
  endLine: number;
  kicker: string | null;
  deck: string | null;
}

/** How a story was laid out, so failures can be counted by layout. */
export interface StoryLayout {
  articleId: string;
  genre: Genre;
  heads: 'none' | 'title' | 'kicker-above' | 'kicker-above-gap' | 'kicker-same-line' | 'title-deck' | 'title-deck-gap' | 'kicker-title-deck' | 'label-title' | 'title-two-lines';
  credit:
    | 'none'
    | 'lead-credit'
    | 'byline-line'
    | 'byline-lines'
    | 'byline-ornament'
    | 'dateline-byline'
    | 'photo-credit-line'
    | 'photo-credit-lines'
    | 'photo-inline-credits'
    | 'wire-lead';
  columnBreaks: number;
  subheads: number;
}

export type Split = 'dev' | 'test';

export interface CorpusPage {
  id: string;
  split: Split;
  /** Newspaper style the page imitates (see styles.ts). */
  style: string;
  /** The page as the splitter sees it after decoding: LF line ends. */
  text: string;
  encoding: 'utf-8' | 'utf-8-bom' | 'gb18030';
  eol: 'lf' | 'crlf';
  /** The file's bytes in `encoding` with `eol` line ends. */
  bytes: Uint8Array;
  expected: { stories: ExpectedStory[] };
  /** One entry per line of `text` (`text.split('\n')`). */
  lines: LabeledLine[];
  /** 1-based first line of each story. */
  storyStarts: number[];
  layouts: StoryLayout[];
  articleIds: string[];
}

/**
 * An invented two-line heading (test/corpus/parts/headings-*.ts), written for the heading model:
 * which of two stacked lines is the title. `y` 1: title over deck; 0: kicker over title.
 */
export interface InventedHeading {
  /** Stable id ('hk-001' kicker over title, 'hd-001' title over deck); the dev/test split hashes it. */
  id: string;
  upper: string;
  lower: string;
  /** The opening of the story's first paragraph. */
  lead: string;
  y: 0 | 1;
}
