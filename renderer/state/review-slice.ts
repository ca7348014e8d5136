import type { StateCreator } from 'zustand';
import type { StoriesView } from '../../shared/api';
import type { SourceDoc, Story } from '../../shared/model';
import { api } from '../api';
import { translate } from '../i18n';
import { flushPendingCommits } from './pending-commits';
import { createSerialQueue } from './serial-queue';
import type { AppState } from './store';

export interface ReviewSlice {
  doc: SourceDoc | null;
  stories: Story[];
  canUndo: boolean;
  canRedo: boolean;
  selectedId: string | null;
  openDocument(docId: string): Promise<void>;
  select(storyId: string | null): void;
  selectRelative(delta: 1 | -1): void;
  /**
   * The one path for every call that changes the open document: the body editor's pending
   * typing is sent first, then the call, in order behind every earlier change. The answer is
   * taken as the new view (if its document is still open); errors become notices.
   */
  change(run: (docId: string) => Promise<StoriesView>): Promise<boolean>;
  /**
   * The body editor's own commit: queued like change() but without flushing pending commits
   * (it is the pending commit), and sent to the document it was typed in even if another is open now.
   */
  commitEdit(docId: string, run: (docId: string) => Promise<StoriesView>): Promise<boolean>;
}

// Every request that changes a document, and every document open, goes through this queue.
const requests = createSerialQueue();

/** Runs `task` after the editor's pending typing and every earlier change have been answered. */
export function afterPendingChanges<T>(task: () => Promise<T>): Promise<T> {
  void flushPendingCommits();
  return requests.run(task);
}

// An open answered after a newer one was asked for is dropped.
let openRequest = 0;

export const createReviewSlice: StateCreator<AppState, [], [], ReviewSlice> = (set, get) => {
  const send = (docId: string, run: (docId: string) => Promise<StoriesView>): Promise<boolean> =>
    requests.run(async () => {
      try {
        const before = get().stories;
        const v = await run(docId);
        // The editor may have moved to another document meanwhile: its stories must not show under that one.
        if (get().doc?.id !== v.docId) {
          void get().refreshDocuments();
          return true;
        }
        const selectedId = v.stories.some((s) => s.id === get().selectedId) ? get().selectedId : (v.stories[0]?.id ?? null);
        set({ stories: v.stories, canUndo: v.canUndo, canRedo: v.canRedo, selectedId });
        const lang = get().lang;
        const sentBack = v.stories.some((s) => s.status === 'in_review' && before.find((b) => b.id === s.id)?.status === 'approved');
        if (sentBack) get().notify('info', translate(lang, 'sentBackNotice'));
        if (v.conflicts?.length) get().notify('error', `${translate(lang, 'conflicts')} ${v.conflicts.join('; ')}`);
        void get().refreshDocuments();
        return true;
      } catch (err) {
        get().fail(err);
        return false;
      }
    });

  return {
    doc: null,
    stories: [],
    canUndo: false,
    canRedo: false,
    selectedId: null,
    openDocument: async (docId) => {
      const mine = ++openRequest;
      try {
        // The typing in the document being left is sent before the open, on the same queue.
        const v = await afterPendingChanges(() => api.openDocument({ docId }));
        if (mine !== openRequest) return;
        set({ doc: v.doc, stories: v.stories, canUndo: v.canUndo, canRedo: v.canRedo, selectedId: v.stories[0]?.id ?? null });
      } catch (err) {
        if (mine === openRequest) get().fail(err);
      }
    },
    select: (selectedId) => set({ selectedId }),
    selectRelative: (delta) => {
      const { stories, selectedId } = get();
      const i = stories.findIndex((s) => s.id === selectedId);
      const next = stories[Math.min(stories.length - 1, Math.max(0, i + delta))];
      if (next) set({ selectedId: next.id });
    },
    change: (run) => {
      // Started synchronously: whatever the editor has pending is queued ahead of this change,
      // so the queue (not an await here) guarantees it is answered first.
      void flushPendingCommits();
      const doc = get().doc;
      if (!doc) return Promise.resolve(false);
      return send(doc.id, run);
    },
    commitEdit: (docId, run) => send(docId, run),
  };
};
