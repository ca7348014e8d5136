// Chinese pages come in two punctuation habits: full-width throughout (GB/T 15834), or the
// seed's mix where commas, brackets, colons and question marks are typed half-width while
// 。、“” 《》 stay full-width. The parts are written full-width; a page may be converted.
const HALF: Record<string, string> = { '，': ',', '（': '(', '）': ')', '？': '?', '！': '!', '：': ':', '；': ';' };

export type Punct = 'full' | 'half';

export function punctuate(text: string, punct: Punct): string {
  return punct === 'full' ? text : text.replace(/[，（）？！：；]/g, (c) => HALF[c] ?? c);
}
