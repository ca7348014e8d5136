// What the editor reads for an entry of settings.blockingRules / ignoredRules: the rule's message,
// or the category's name when a whole category is ignored, or the raw id for a rule this build no longer has.
import { rules, type Category } from '../../../shared/proof';
import type { Lang, MessageKey } from '../../i18n';

export const categories: Category[] = ['punctuation', 'repetition', 'number', 'spacing', 'english'];

export const categoryKey = (c: Category): MessageKey => `cat_${c}`;

export function ruleLabel(id: string, lang: Lang, translate: (key: MessageKey) => string): string {
  const rule = rules.find((r) => r.id === id);
  if (rule) return rule.message[lang];
  const category = categories.find((c) => c === id);
  return category ? translate(categoryKey(category)) : id;
}
