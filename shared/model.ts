// The domain model shared by both hosts and the renderer. Plain data only:
// everything here survives JSON.stringify and structured clone unchanged.

export type StoryKind = 'article' | 'photo' | 'brief' | 'nonstory';
export type StoryStatus = 'new' | 'in_review' | 'approved' | 'rejected';

/** A subhead printed inside a story, placed before paragraph `beforeParagraph` (0-based). */
export interface Subhead {
  beforeParagraph: number;
  text: string;
}

export type FlagCode = 'missing_headline' | 'uncertain_boundary' | 'uncertain_repair' | 'uncertain_heading';

/** Something the splitter is unsure of; the UI shows it with its confidence (0..1). */
export interface StoryFlag {
  code: FlagCode;
  confidence: number;
  /** 1-based source line the flag is about, when there is one. */
  line?: number;
}

/** The readable structure of a story: what the splitter read, or what the editor made of it. */
export interface Fields {
  /** 引题: the kicker printed above the title (or before it on the same line). */
  kicker: string | null;
  headline: string | null;
  /** 副题: the deck printed under the title ("——…", or an English second line). */
  deck: string | null;
  byline: string | null;
  /** Lead credit / dateline metadata (本报讯(记者 …), BERLIN, May 4 (Reuters) –); the lead paragraph keeps its printed text. */
  dateline: string | null;
  paragraphs: string[];
  subheads: Subhead[];
}

/** What the editor said a source line is (one-action field fixes); the story reader honours it on every re-read. */
export type LineRole = 'headline' | 'kicker' | 'deck' | 'byline' | 'dateline' | 'subhead' | 'caption' | 'body';

export const LINE_ROLES: readonly LineRole[] = ['headline', 'kicker', 'deck', 'byline', 'dateline', 'subhead', 'caption', 'body'];

export interface LineRoleOverride {
  /** 1-based source line. */
  line: number;
  role: LineRole;
}

export interface Tag {
  /** 'place' | 'person' | 'org' | 'section' | 'topic' | 'free' */
  type: string;
  /** Stable value: a vocabulary code (e.g. IPTC medtop:04000000) or the free text itself. */
  value: string;
  /** Display label. */
  label: string;
}

export interface Approval {
  by: string;
  at: string;
  /** sha256 of the approved content (canonical JSON of the edited fields, kind and tags). */
  hash: string;
}

export interface Rejection {
  by: string;
  at: string;
  reason: string;
}

export interface Story {
  id: string;
  /** 1-based, inclusive line range over SourceDoc.text (lines after CRLF→LF); first and last non-blank line. */
  startLine: number;
  endLine: number;
  kind: StoryKind;
  /** What the splitter read from the range; never edited by hand. */
  original: Fields;
  /** The editor's version. Starts equal to `original`. */
  edited: Fields;
  tags: Tag[];
  status: StoryStatus;
  approval: Approval | null;
  rejection: Rejection | null;
  flags: StoryFlag[];
  /** Set when a re-split could not re-apply some of the editor's corrections; shown until dismissed. */
  conflicts: string[];
  /**
   * Lines the editor assigned a field by hand (set as deck, swap title and deck…), in line order.
   * Absent on stories nobody assigned (and on files written before it existed): read as none.
   */
  lineRoles?: LineRoleOverride[];
}

export interface SourceDoc {
  id: string;
  name: string;
  sha256: string;
  encoding: string;
  importedAt: string;
  /** The decoded, LF-normalised original. Never edited. */
  text: string;
}

/**
 * Every change to a document is one operation: a splice of the story list
 * (replace `remove` at index `at` with `insert`). Edits, tags and status changes
 * replace one story; split, merge and boundary moves replace neighbours.
 * Undo and redo append their own operations so the log is a complete audit trail.
 */
export interface StorySplice {
  at: number;
  remove: Story[];
  insert: Story[];
}

export type OperationKind =
  | 'edit'
  | 'split'
  | 'merge'
  | 'move_boundary'
  | 'set_kind'
  | 'tag'
  | 'status'
  | 'undo'
  | 'redo'
  | 'replace_all'
  | 'resplit'
  | 'dismiss_conflicts'
  | 'assign_line'
  | 'swap_heading';

export interface Operation {
  id: string;
  at: string;
  by: string;
  kind: OperationKind;
  /** Human-readable details for the history panel (field names, reason, tag…). */
  summary: string;
  /** Story ids the operation touched (for the per-story history). */
  storyIds: string[];
  splice: StorySplice;
  /** For undo/redo: the id of the operation undone or redone. */
  of?: string;
}

export interface DocFile {
  schemaVersion: number;
  doc: SourceDoc;
  stories: Story[];
  log: Operation[];
  undoStack: string[];
  redoStack: string[];
}

export interface DocSummary {
  id: string;
  name: string;
  sha256: string;
  encoding: string;
  importedAt: string;
  storyCount: number;
  approvedCount: number;
}

export interface Settings {
  editorName: string | null;
  language: 'zh' | 'en';
  /** Proofreading rule ids whose findings block approval. */
  blockingRules: string[];
  /** Words the proofreader accepts as correct. */
  dictionary: string[];
  /** Rule ids ignored everywhere. */
  ignoredRules: string[];
  sections: string[];
}

export const emptyFields = (): Fields => ({
  kicker: null,
  headline: null,
  deck: null,
  byline: null,
  dateline: null,
  paragraphs: [],
  subheads: [],
});

/**
 * The kicker and deck as the one "subheadline" older shapes had (the CLI's JSON, the scorer):
 * both, kicker first, joined with one space, as the splitter printed them before they were apart.
 */
export function subheadlineOf(f: Pick<Fields, 'kicker' | 'deck'>): string | null {
  const parts = [f.kicker, f.deck].filter((p): p is string => p !== null && p !== '');
  return parts.length ? parts.join(' ') : null;
}
