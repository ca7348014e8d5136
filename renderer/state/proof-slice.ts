// Proofreading preferences and per-session choices: which suggestions the editor rejected
// (this session only), which rules and words are ignored (saved in settings), and how the
// correction editor shows the diff.
import type { StateCreator } from 'zustand';
import type { Settings } from '../../shared/model';
import { api } from '../api';
import type { AppState } from './store';

export type DiffMode = 'side' | 'inline';

export interface ProofSlice {
  dictionary: string[];
  ignoredRules: string[];
  /** storyId → keys of suggestions rejected in this session. */
  rejected: Record<string, string[]>;
  diffMode: DiffMode;
  setProofSettings(settings: Pick<Settings, 'dictionary' | 'ignoredRules'>): void;
  rejectSuggestion(storyId: string, key: string): void;
  ignoreRule(rule: string): Promise<void>;
  addToDictionary(word: string): Promise<void>;
  setDiffMode(mode: DiffMode): void;
}

export const createProofSlice: StateCreator<AppState, [], [], ProofSlice> = (set, get) => {
  const save = async (patch: { ignoredRules?: string[]; dictionary?: string[] }) => {
    try {
      get().setProofSettings(await api.updateSettings({ patch }));
    } catch (err) {
      get().fail(err);
    }
  };
  return {
    dictionary: [],
    ignoredRules: [],
    rejected: {},
    diffMode: 'side',
    setProofSettings: ({ dictionary, ignoredRules }) => set({ dictionary, ignoredRules }),
    rejectSuggestion: (storyId, key) =>
      set((s) => ({ rejected: { ...s.rejected, [storyId]: [...(s.rejected[storyId] ?? []), key] } })),
    ignoreRule: async (rule) => {
      if (!get().ignoredRules.includes(rule)) await save({ ignoredRules: [...get().ignoredRules, rule] });
    },
    addToDictionary: async (word) => {
      if (!get().dictionary.includes(word)) await save({ dictionary: [...get().dictionary, word] });
    },
    setDiffMode: (diffMode) => set({ diffMode }),
  };
};
