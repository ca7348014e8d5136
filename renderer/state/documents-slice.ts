import type { StateCreator } from 'zustand';
import type { DocSummary } from '../../shared/model';
import { MAX_IMPORT_BYTES } from '../../shared/limits';
import { api, ApiError } from '../api';
import { translate } from '../i18n';
import type { AppState } from './store';

export interface DocumentsSlice {
  documents: DocSummary[];
  refreshDocuments(): Promise<void>;
  importFile(file: File): Promise<void>;
}

function toBase64(bytes: Uint8Array): string {
  let s = '';
  const chunk = 0x8000;
  for (let i = 0; i < bytes.length; i += chunk) s += String.fromCharCode(...bytes.subarray(i, i + chunk));
  return btoa(s);
}

export const createDocumentsSlice: StateCreator<AppState, [], [], DocumentsSlice> = (set, get) => ({
  documents: [],
  refreshDocuments: async () => {
    set({ documents: await api.listDocuments({}) });
  },
  importFile: async (file) => {
    try {
      // Refused before reading: a 300 MB file would otherwise be loaded and encoded for nothing.
      if (file.size > MAX_IMPORT_BYTES) throw new ApiError('too_large');
      const bytes = new Uint8Array(await file.arrayBuffer());
      const { docId, existing } = await api.importFile({ name: file.name, base64: toBase64(bytes) });
      await get().refreshDocuments();
      await get().openDocument(docId);
      get().notify('info', translate(get().lang, existing ? 'alreadyImported' : 'imported', { name: file.name }));
    } catch (err) {
      get().fail(err);
    }
  },
});
