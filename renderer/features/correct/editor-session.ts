// The live body editor, outside React: typing never re-renders a component. It commits the
// body as one editStory operation when typing pauses (~700 ms) or the editor loses focus,
// tells the proofreader about the draft off the typing path (~150 ms), and takes changes
// made elsewhere (undo, replace-all) into the open view. Every change elsewhere in the app
// flushes the pending commit first (registered in state/pending-commits), and the commit goes
// on the same request queue, so typing always reaches the story it was typed into.
import type { EditorView } from '@codemirror/view';
import { Transaction } from '@codemirror/state';
import type { Subhead } from '../../../shared/model';
import { api } from '../../api';
import { registerPendingCommit } from '../../state/pending-commits';
import { useApp } from '../../state/store';
import type { TextChange } from '../proof/apply-suggestions';
import { bodyText, paragraphsOf } from './body-text';
import { readSubheads, resetSubheads } from './subhead-anchors';

const COMMIT_DELAY = 700;
const DRAFT_DELAY = 150;

interface Session {
  /** The document the story belongs to: the commit goes there even if another is open by then. */
  docId: string;
  storyId: string;
  view: EditorView;
  /** The text and subheads last sent to (or received from) the service. */
  committed: string;
  committedSubheads: readonly Subhead[];
  commitTimer: ReturnType<typeof setTimeout> | null;
  draftTimer: ReturnType<typeof setTimeout> | null;
  inFlight: number;
}

let current: Session | null = null;
type DraftListener = (storyId: string, text: string) => void;
const draftListeners = new Set<DraftListener>();

function storyNow(storyId: string) {
  const s = useApp.getState();
  return s.stories.find((x) => x.id === storyId) ?? null;
}

function sameSubheads(a: readonly Subhead[], b: readonly Subhead[]): boolean {
  return a.length === b.length && a.every((h, i) => h.beforeParagraph === b[i]!.beforeParagraph && h.text === b[i]!.text);
}

export function attach(view: EditorView, storyId: string, text: string, subheads: readonly Subhead[]): void {
  const docId = useApp.getState().doc?.id;
  if (!docId) {
    current = null;
    return;
  }
  current = { docId, storyId, view, committed: text, committedSubheads: subheads, commitTimer: null, draftTimer: null, inFlight: 0 };
}

/** Called when the view goes away: whatever was typed is committed first. */
export function detach(view: EditorView): void {
  if (current?.view !== view) return;
  void flush();
  if (current.draftTimer) clearTimeout(current.draftTimer);
  current = null;
}

/** Every document change in the editor lands here; the heavy work is deferred. */
export function noteChange(view: EditorView): void {
  const s = current;
  if (!s || s.view !== view) return;
  if (s.commitTimer) clearTimeout(s.commitTimer);
  s.commitTimer = setTimeout(() => void flush(), COMMIT_DELAY);
  if (s.draftTimer) clearTimeout(s.draftTimer);
  s.draftTimer = setTimeout(() => {
    s.draftTimer = null;
    const text = s.view.state.doc.toString();
    for (const l of draftListeners) l(s.storyId, text);
  }, DRAFT_DELAY);
}

/**
 * Commits the editor's text now, if it differs from what the service has. The edit is queued
 * synchronously, before this function first awaits: callers rely on that to order it first.
 */
export async function flush(): Promise<void> {
  const s = current;
  if (!s) return;
  if (s.commitTimer) clearTimeout(s.commitTimer);
  s.commitTimer = null;
  const text = s.view.state.doc.toString();
  // A story that is gone from its own (still open) document was merged or undone away.
  if (useApp.getState().doc?.id === s.docId && !storyNow(s.storyId)) return;
  // Compared with what was last committed, not with the store: after a split or boundary move
  // the store holds a re-read story, and an unchanged editor must not write its old body over it.
  const subheads = readSubheads(s.view.state);
  const subheadsChanged = !sameSubheads(subheads, s.committedSubheads);
  if (text === s.committed && !subheadsChanged) return;
  const previous = s.committed;
  const previousSubheads = s.committedSubheads;
  s.committed = text;
  s.committedSubheads = subheads;
  s.inFlight++;
  const fields = { paragraphs: paragraphsOf(text), ...(subheadsChanged ? { subheads } : {}) };
  const storyId = s.storyId;
  const ok = await useApp.getState().commitEdit(s.docId, (docId) => api.editStory({ docId, storyId, fields }));
  s.inFlight--;
  if (!ok && s.committed === text) {
    s.committed = previous;
    s.committedSubheads = previousSubheads;
  }
  // Answers that arrived while commits were in flight were skipped; look at where things ended up.
  if (s.inFlight === 0 && current === s) {
    const now = storyNow(storyId);
    if (now) receive(storyId, bodyText(now.edited.paragraphs), now.edited.subheads);
  }
}

/** The store's version of the story changed: take it into the view unless it is our own echo. */
export function receive(storyId: string, text: string, subheads: readonly Subhead[]): void {
  const s = current;
  if (!s || s.storyId !== storyId || s.inFlight > 0) return;
  const view = s.view;
  if (text !== s.committed && text !== view.state.doc.toString()) {
    if (s.commitTimer) clearTimeout(s.commitTimer);
    s.commitTimer = null;
    view.dispatch({
      changes: { from: 0, to: view.state.doc.length, insert: text },
      annotations: [Transaction.addToHistory.of(false), Transaction.remote.of(true)],
    });
  }
  s.committed = text;
  s.committedSubheads = subheads;
  if (!sameSubheads(readSubheads(view.state), subheads)) view.dispatch({ effects: resetSubheads(view.state, subheads) });
}

/** Applies changes (accepted suggestions) as one edit and commits it at once: one undoable operation. */
export async function applyToStory(storyId: string, changes: readonly TextChange[]): Promise<boolean> {
  const s = current;
  if (!s || s.storyId !== storyId || changes.length === 0) return false;
  await flush();
  s.view.dispatch({ changes: [...changes], userEvent: 'input.proof' });
  await flush();
  return true;
}

export function selectSpan(storyId: string, from: number, to: number): void {
  const s = current;
  if (!s || s.storyId !== storyId) return;
  const len = s.view.state.doc.length;
  s.view.dispatch({ selection: { anchor: Math.min(from, len), head: Math.min(to, len) }, scrollIntoView: true });
  s.view.focus();
}

/** The editor's text for the story, when it is the one open. */
export function draftText(storyId: string): string | null {
  return current?.storyId === storyId ? current.view.state.doc.toString() : null;
}

registerPendingCommit(flush);

export function onDraft(listener: DraftListener): () => void {
  draftListeners.add(listener);
  return () => draftListeners.delete(listener);
}
