import type { StateCreator } from 'zustand';
import { ApiError } from '../api';
import { errorText, type Lang } from '../i18n';
import type { AppState } from './store';

export interface Notice {
  id: number;
  kind: 'error' | 'info';
  text: string;
}

export interface UiSlice {
  lang: Lang;
  editorName: string | null;
  notices: Notice[];
  setLang(lang: Lang): void;
  setEditorName(name: string | null): void;
  notify(kind: Notice['kind'], text: string): void;
  dismiss(id: number): void;
  /** Shows an error the way the editor should read it: translated, one line. */
  fail(err: unknown): void;
}

let nextNotice = 1;

export const createUiSlice: StateCreator<AppState, [], [], UiSlice> = (set, get) => ({
  lang: 'zh',
  editorName: null,
  notices: [],
  setLang: (lang) => {
    document.documentElement.lang = lang === 'zh' ? 'zh-CN' : 'en';
    set({ lang });
  },
  setEditorName: (editorName) => set({ editorName }),
  notify: (kind, text) => {
    const id = nextNotice++;
    set((s) => ({ notices: [...s.notices.slice(-4), { id, kind, text }] }));
    // Information fades by itself; an error stays until the editor has read and closed it.
    if (kind === 'info') setTimeout(() => get().dismiss(id), 6000);
  },
  dismiss: (id) => set((s) => ({ notices: s.notices.filter((n) => n.id !== id) })),
  fail: (err) => {
    const lang = get().lang;
    const text = err instanceof ApiError ? errorText(lang, err.code, err.detail) : errorText(lang, 'internal');
    if (!(err instanceof ApiError)) console.error(err);
    get().notify('error', text);
  },
});
