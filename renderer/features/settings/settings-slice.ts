// The settings the renderer holds beyond the proof and sections slices: which rules block approval.
// Every settings change goes through `updateSettings` here, one at a time, and the saved result is
// handed to the slices that already own each value, so nothing is stored twice.
import type { StateCreator } from 'zustand';
import type { OpArgs } from '../../../shared/api';
import type { Settings } from '../../../shared/model';
import { api } from '../../api';
import type { AppState } from '../../state/store';

export type SettingsPatch = OpArgs<'updateSettings'>['patch'];

export interface SettingsSlice {
  blockingRules: string[];
  /** Spreads saved settings over the slices that own them (ui, proof, sections, this one). */
  applySettings(settings: Settings): void;
  /**
   * Shows a patch built from the latest state at once, then saves it. Saves go out one at a time,
   * in order, so two quick toggles cannot each start from the same list and lose one another.
   */
  saveSettings(makePatch: (s: AppState) => SettingsPatch | null): Promise<boolean>;
}

export const createSettingsSlice: StateCreator<AppState, [], [], SettingsSlice> = (set, get) => {
  let queue: Promise<unknown> = Promise.resolve();
  let pending = 0;
  // Shows a change at once (a ticked box stays ticked); the saved settings then confirm it.
  const preview = (patch: SettingsPatch) => {
    const s = get();
    if (patch.language) s.setLang(patch.language);
    if (patch.editorName) s.setEditorName(patch.editorName);
    if (patch.dictionary || patch.ignoredRules) {
      s.setProofSettings({ dictionary: patch.dictionary ?? s.dictionary, ignoredRules: patch.ignoredRules ?? s.ignoredRules });
    }
    if (patch.blockingRules) set({ blockingRules: patch.blockingRules });
  };
  return {
    blockingRules: [],
    applySettings: (settings) => {
      const s = get();
      s.setLang(settings.language);
      s.setEditorName(settings.editorName);
      s.setProofSettings(settings);
      set({ blockingRules: settings.blockingRules, sections: settings.sections });
    },
    saveSettings: (makePatch) => {
      // The patch is built from the previewed state, so quick successive changes compose.
      const patch = makePatch(get());
      if (!patch) return Promise.resolve(true);
      preview(patch);
      pending++;
      const run = async (): Promise<boolean> => {
        try {
          const saved = await api.updateSettings({ patch });
          // An earlier answer would undo later previews still on their way; only the last one is applied.
          if (pending === 1) get().applySettings(saved);
          return true;
        } catch (err) {
          get().fail(err);
          await api.getSettings({}).then(get().applySettings, () => undefined);
          return false;
        } finally {
          pending--;
        }
      };
      const next = queue.then(run);
      queue = next;
      return next;
    },
  };
};

/** The list with `item` added or removed, in the order the editor gave. */
export function toggled(list: string[], item: string, on: boolean): string[] {
  return on ? (list.includes(item) ? list : [...list, item]) : list.filter((x) => x !== item);
}
