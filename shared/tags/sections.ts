// The newspaper's sections (版面/栏目). Values are stable ASCII slugs; labels are what the desk reads.
import type { Tag } from '../model';

export interface Section {
  value: string;
  zh: string;
  en: string;
}

export const sections: readonly Section[] = [
  { value: 'news', zh: '要闻', en: 'Top news' },
  { value: 'economy', zh: '经济', en: 'Economy' },
  { value: 'politics', zh: '时政', en: 'Politics' },
  { value: 'society', zh: '社会', en: 'Society' },
  { value: 'culture', zh: '文化', en: 'Culture' },
  { value: 'education', zh: '教育', en: 'Education' },
  { value: 'science', zh: '科技', en: 'Science' },
  { value: 'health', zh: '健康', en: 'Health' },
  { value: 'environment', zh: '生态', en: 'Environment' },
  { value: 'local', zh: '地方', en: 'Local' },
  { value: 'world', zh: '国际', en: 'World' },
  { value: 'sport', zh: '体育', en: 'Sport' },
  { value: 'opinion', zh: '评论', en: 'Opinion' },
  { value: 'photo', zh: '图片', en: 'Photos' },
  { value: 'brief', zh: '简讯', en: 'Briefs' },
];

export function findSection(name: string): Section | null {
  const key = name.trim().toLowerCase();
  return sections.find((s) => s.value === key || s.zh === name.trim() || s.en.toLowerCase() === key) ?? null;
}

export function sectionTag(section: Section, language: 'zh' | 'en' = 'zh'): Tag {
  return { type: 'section', value: section.value, label: section[language] };
}
