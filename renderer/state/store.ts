// One zustand store built from feature slices; components select only what they need.
import { create } from 'zustand';
import { createDocumentsSlice, type DocumentsSlice } from './documents-slice';
import { createReviewSlice, type ReviewSlice } from './review-slice';
import { createUiSlice, type UiSlice } from './ui-slice';

export type AppState = DocumentsSlice & ReviewSlice & UiSlice;

export const useApp = create<AppState>()((...a) => ({
  ...createDocumentsSlice(...a),
  ...createReviewSlice(...a),
  ...createUiSlice(...a),
}));
