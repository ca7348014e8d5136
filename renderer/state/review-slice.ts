import type { StateCreator } from 'zustand';
import type { StoriesView } from '../../shared/api';
import type { SourceDoc, Story } from '../../shared/model';
import { api } from '../api';
import { translate } from '../i18n';
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
  /** Runs a change through the API and takes the resulting view; errors become notices. */
  change(run: (docId: string) => Promise<StoriesView>): Promise<boolean>;
}

export const createReviewSlice: StateCreator<AppState, [], [], ReviewSlice> = (set, get) => ({
  doc: null,
  stories: [],
  canUndo: false,
  canRedo: false,
  selectedId: null,
  openDocument: async (docId) => {
    try {
      const v = await api.openDocument({ docId });
      set({ doc: v.doc, stories: v.stories, canUndo: v.canUndo, canRedo: v.canRedo, selectedId: v.stories[0]?.id ?? null });
    } catch (err) {
      get().fail(err);
    }
  },
  select: (selectedId) => set({ selectedId }),
  selectRelative: (delta) => {
    const { stories, selectedId } = get();
    const i = stories.findIndex((s) => s.id === selectedId);
    const next = stories[Math.min(stories.length - 1, Math.max(0, i + delta))];
    if (next) set({ selectedId: next.id });
  },
  change: async (run) => {
    const doc = get().doc;
    if (!doc) return false;
    try {
      const before = get().stories;
      const v = await run(doc.id);
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
  },
});
