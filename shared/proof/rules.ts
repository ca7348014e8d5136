// Every rule the proofreader knows, with the message the editor sees in each language.
// Ids are stable: settings store them (ignored and blocking rules).
import type { RuleInfo } from './types';

export const rules: ReadonlyArray<RuleInfo> = [
  {
    id: 'punct.halfwidth',
    category: 'punctuation',
    message: { zh: '中文中应使用全角标点（GB/T 15834）。', en: 'Use full-width punctuation in Chinese text (GB/T 15834).' },
  },
  {
    id: 'punct.straight-quote',
    category: 'punctuation',
    message: { zh: '中文中应使用弯引号“”‘’，不用直引号。', en: 'Use curly quotes “” ‘’ in Chinese text, not straight quotes.' },
  },
  {
    id: 'punct.nested-quote',
    category: 'punctuation',
    message: { zh: '双引号内再用引号时应改用单引号‘’。', en: 'Quotes nested inside double quotes should be single quotes ‘’.' },
  },
  {
    id: 'punct.unbalanced',
    category: 'punctuation',
    message: { zh: '成对标点不配对，缺少另一半。', en: 'Unbalanced paired punctuation: its partner is missing.' },
  },
  {
    id: 'punct.ellipsis',
    category: 'punctuation',
    message: { zh: '省略号应为“……”（两个“…”）。', en: 'The Chinese ellipsis is “……” (two “…”).' },
  },
  {
    id: 'punct.dash',
    category: 'punctuation',
    message: { zh: '破折号应为“——”（两个“—”）。', en: 'The Chinese dash is “——” (two “—”).' },
  },
  {
    id: 'punct.doubled',
    category: 'punctuation',
    message: { zh: '标点重复。', en: 'Doubled punctuation.' },
  },
  {
    id: 'punct.line-start',
    category: 'punctuation',
    message: { zh: '行首或段首不应出现点号。', en: 'A line or paragraph should not begin with this punctuation mark.' },
  },
  {
    id: 'repeat.char',
    category: 'repetition',
    message: { zh: '疑似多打了重复的字。', en: 'Repeated character; probably a typing error.' },
  },
  {
    id: 'number.fullwidth-digit',
    category: 'number',
    message: { zh: '应使用半角阿拉伯数字（GB/T 15835）。', en: 'Use half-width Arabic digits (GB/T 15835).' },
  },
  {
    id: 'number.two-digit-year',
    category: 'number',
    message: { zh: '年份不应简写为两位数，应写全（GB/T 15835）。', en: 'Write the year in full, not as two digits (GB/T 15835).' },
  },
  {
    id: 'number.mixed',
    category: 'number',
    message: {
      zh: '同一数值中混用了阿拉伯数字和汉字数字（GB/T 15835）。',
      en: 'Arabic and Chinese numerals are mixed within one number (GB/T 15835).',
    },
  },
  {
    id: 'number.inconsistent',
    category: 'number',
    message: {
      zh: '同一稿件中同类数字写法不一致，本稿其他处用阿拉伯数字。',
      en: 'Inconsistent number style: elsewhere in this story the same kind of number is in Arabic digits.',
    },
  },
  {
    id: 'space.cjk',
    category: 'spacing',
    message: { zh: '中文之间或中文标点旁多了空格。', en: 'Stray space inside Chinese text.' },
  },
  {
    id: 'width.fullwidth-letter',
    category: 'spacing',
    message: { zh: '拉丁字母应使用半角。', en: 'Use half-width Latin letters.' },
  },
  {
    id: 'en.double-space',
    category: 'english',
    message: { zh: '英文中多了空格。', en: 'Double space.' },
  },
  {
    id: 'en.straight-quote',
    category: 'english',
    message: { zh: '英文应使用弯引号。', en: 'Use curly quotes.' },
  },
  {
    id: 'en.repeated-word',
    category: 'english',
    message: { zh: '英文单词重复。', en: 'Repeated word.' },
  },
];

const byId = new Map(rules.map((r) => [r.id, r]));

export function ruleInfo(id: string): RuleInfo {
  const info = byId.get(id);
  if (!info) throw new Error(`unknown proofreading rule: ${id}`);
  return info;
}
