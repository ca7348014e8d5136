// The desk's list of sections (settings.sections), shared by the tag panel and bulk tagging.
import { useEffect } from 'react';
import type { StateCreator } from 'zustand';
import { api } from '../../api';
import { useApp, type AppState } from '../../state/store';

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

let requested = false;

/** The section list, fetched from the settings the first time any component needs it. */
export function useSections(): string[] {
  const sections = useApp((s) => s.sections);
  useEffect(() => {
    if (requested) return;
    requested = true;
    void useApp.getState().loadSections();
  }, []);
  return sections;
}
