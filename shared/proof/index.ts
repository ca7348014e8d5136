// The proofreader: pure rules over one story's text (paragraphs joined with '\n'), each
// reporting spans with a bilingual message and, where the fix is certain, a replacement.
export type { Category, Message, ProofOptions, RuleInfo, Suggestion } from './types';
export { rules } from './rules';
export { applySuggestion } from './apply';
export { detectLanguage } from './context';
export { proofread } from './proofread';
export { proofreadDocument, type DocumentSuggestion, type StoryRange } from './document';
export { parseWordFrequencies, type WordFrequencies } from './word-frequencies';
