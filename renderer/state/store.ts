// One zustand store built from feature slices; components select only what they need.
import { create } from 'zustand';
import { createDocumentsSlice, type DocumentsSlice } from './documents-slice';
import { createProofSlice, type ProofSlice } from './proof-slice';
import { createReviewSlice, type ReviewSlice } from './review-slice';
import { createSelectionSlice, type SelectionSlice } from './selection-slice';
import { createSectionsSlice, type SectionsSlice } from '../features/tag/sections-slice';
import { createSettingsSlice, type SettingsSlice } from '../features/settings/settings-slice';
import { createUiSlice, type UiSlice } from './ui-slice';

export type AppState = DocumentsSlice & ReviewSlice & SelectionSlice & SectionsSlice & UiSlice & ProofSlice & SettingsSlice;

export const useApp = create<AppState>()((...a) => ({
  ...createDocumentsSlice(...a),
  ...createReviewSlice(...a),
  ...createUiSlice(...a),
  ...createProofSlice(...a),
  ...createSelectionSlice(...a),
  ...createSectionsSlice(...a),
  ...createSettingsSlice(...a),
}));
