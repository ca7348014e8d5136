// Which stories are checked for bulk work (tagging, export) and which tag filters the list.
// Checked ids may outlive the document they came from; readers intersect them with the open stories.
import type { StateCreator } from 'zustand';
import type { AppState } from './store';

export interface SelectionSlice {
  checked: string[];
  /** The story a shift-click extends from. */
  anchorId: string | null;
  /** `type:value` of the tag the story list is filtered by. */
  tagFilter: string | null;
  /** Plain click toggles one; shift-click checks the range from the anchor among `visibleIds`. */
  toggleChecked(id: string, range: boolean, visibleIds: string[]): void;
  setChecked(ids: string[]): void;
  setTagFilter(key: string | null): void;
}

export const createSelectionSlice: StateCreator<AppState, [], [], SelectionSlice> = (set, get) => ({
  checked: [],
  anchorId: null,
  tagFilter: null,
  toggleChecked: (id, range, visibleIds) => {
    const { checked, anchorId } = get();
    const from = anchorId ? visibleIds.indexOf(anchorId) : -1;
    const to = visibleIds.indexOf(id);
    if (range && from >= 0 && to >= 0) {
      const span = visibleIds.slice(Math.min(from, to), Math.max(from, to) + 1);
      set({ checked: [...new Set([...checked, ...span])], anchorId: id });
      return;
    }
    set({ checked: checked.includes(id) ? checked.filter((x) => x !== id) : [...checked, id], anchorId: id });
  },
  setChecked: (ids) => set({ checked: ids, anchorId: null }),
  setTagFilter: (tagFilter) => set({ tagFilter }),
});

export const tagKey = (t: { type: string; value: string }): string => `${t.type}:${t.value}`;
