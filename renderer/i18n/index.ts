import { errorMessages, type ErrorCode } from '../../shared/errors';
import { useApp } from '../state/store';
import { en } from './en';
import { zh, type Messages } from './zh';

export type Lang = 'zh' | 'en';
export type MessageKey = keyof Messages;

const catalogs: Record<Lang, Messages> = { zh, en };

export function translate(lang: Lang, key: MessageKey, params?: Record<string, string | number>): string {
  const template = catalogs[lang][key];
  return params ? template.replace(/\{(\w+)\}/g, (_, k: string) => String(params[k] ?? '')) : template;
}

export function errorText(lang: Lang, code: ErrorCode, detail?: string): string {
  return errorMessages[code][lang] + (detail && code !== 'internal' ? ` (${detail})` : '');
}

/** The translator for the current language; components re-render when the language changes. */
export function useT(): (key: MessageKey, params?: Record<string, string | number>) => string {
  const lang = useApp((s) => s.lang);
  return (key, params) => translate(lang, key, params);
}
