// What every writer needs besides the story: which document it came from and when it is exported.
// The clock is passed in (exportedAt) so a render is a pure function of its inputs.
export interface ExportContext {
  docName: string;
  docId: string;
  /** ISO 8601 timestamp of the export. */
  exportedAt: string;
  /** Language of labels and of the document itself; stories are Chinese unless told otherwise. */
  language?: 'zh' | 'en';
}

export function langTag(ctx: ExportContext): string {
  return ctx.language === 'en' ? 'en' : 'zh-CN';
}

export const labels = {
  zh: { tags: '标签', source: '来源', exported: '导出时间', story: '稿件', contents: '目录', noHeadline: '（无标题）' },
  en: { tags: 'Tags', source: 'Source', exported: 'Exported', story: 'Story', contents: 'Contents', noHeadline: '(no headline)' },
} as const;

export function labelsFor(ctx: ExportContext): (typeof labels)['zh' | 'en'] {
  return labels[ctx.language ?? 'zh'];
}
