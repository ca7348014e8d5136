// The desk's list of sections (settings.sections), shared by the tag panel and bulk tagging.
import type { StateCreator } from 'zustand';
import { api } from '../../api';
import type { AppState } from '../../state/store';

export interface SectionsSlice {
  sections: string[];
  loadSections(): Promise<void>;
  saveSections(list: string[]): Promise<boolean>;
}

export const createSectionsSlice: StateCreator<AppState, [], [], SectionsSlice> = (set, get) => ({
  sections: [],
  loadSections: async () => {
    try {
      set({ sections: (await api.getSettings({})).sections });
    } catch (err) {
      get().fail(err);
    }
  },
  saveSections: async (list) => {
    try {
      const clean = [...new Set(list.map((s) => s.trim()).filter(Boolean))];
      set({ sections: (await api.updateSettings({ patch: { sections: clean } })).sections });
      return true;
    } catch (err) {
      get().fail(err);
      return false;
    }
  },
});
