// Errors that reach the editor carry a code; the message is looked up in both languages
// here so the service, the CLI and the renderer all say the same thing.

export const errorMessages = {
  empty_file: { zh: '文件是空的，没有可导入的内容。', en: 'The file is empty; there is nothing to import.' },
  binary_file: { zh: '这不是文本文件（含有二进制内容），未导入。', en: 'This is not a text file (it contains binary data); nothing was imported.' },
  undecodable: {
    zh: '无法识别文件编码（既不是 UTF-8 也不是 GB18030/GBK），未导入。',
    en: 'The file encoding is not recognised (neither UTF-8 nor GB18030/GBK); nothing was imported.',
  },
  too_large: { zh: '文件超过 50 MB，未导入。', en: 'The file is larger than 50 MB; nothing was imported.' },
  disk_full: {
    zh: '磁盘已满，这次操作没有保存，资料库里的内容都没有改变。请腾出磁盘空间后再试。',
    en: 'The disk is full: this change was not saved and nothing in the library was changed. Free some disk space and try again.',
  },
  disk_read_only: {
    zh: '资料库所在的磁盘是只读的，这次操作没有保存，内容都没有改变。',
    en: 'The library is on a read-only disk: this change was not saved and nothing was changed.',
  },
  unreadable: { zh: '无法读取文件。', en: 'The file cannot be read.' },
  invalid_payload: { zh: '请求内容无效。', en: 'The request is not valid.' },
  unknown_operation: { zh: '未知操作。', en: 'Unknown operation.' },
  not_found: { zh: '找不到该文档或稿件。', en: 'The document or story was not found.' },
  store_locked: {
    zh: 'Galley 已在另一个窗口或进程中打开此资料库。请先关闭它。',
    en: 'Galley already has this library open in another window or process. Close it first.',
  },
  nothing_to_undo: { zh: '没有可撤销的操作。', en: 'Nothing to undo.' },
  nothing_to_redo: { zh: '没有可重做的操作。', en: 'Nothing to redo.' },
  no_editor_name: { zh: '请先填写编辑姓名。', en: 'Please enter your name first.' },
  invalid_split: { zh: '无法在此处拆分稿件。', en: 'The story cannot be split here.' },
  invalid_merge: { zh: '没有可合并的下一篇稿件。', en: 'There is no next story to merge with.' },
  invalid_boundary: { zh: '无法这样移动边界。', en: 'The boundary cannot be moved like that.' },
  invalid_line: { zh: '这一行不在所选稿件中，或是空行。', en: 'That line is not part of the selected story, or it is blank.' },
  invalid_swap: {
    zh: '无法交换：两项中有一项是空的，或它们印在同一行。',
    en: 'Cannot swap: one of the two is empty, or both are printed on the same line.',
  },
  approve_needs_headline: { zh: '稿件没有标题，不能签发。', en: 'The story has no headline and cannot be approved.' },
  approve_blocked: { zh: '稿件还有未处理的阻断性校对问题，不能签发。', en: 'The story has unresolved blocking proofreading findings.' },
  approve_conflicts: {
    zh: '稿件还有未能重新应用的修改，请先核对并确认后再签发。',
    en: 'Some corrections could not be re-applied after the split changed; check and dismiss them before approving.',
  },
  reject_needs_reason: { zh: '退稿必须填写理由。', en: 'A reason is required to reject a story.' },
  not_approved: { zh: '只有已签发的稿件才能导出。', en: 'Only approved stories can be exported.' },
  invalid_regex: { zh: '正则表达式无效。', en: 'The regular expression is not valid.' },
  regex_unsupported: {
    zh: '查找替换不支持这种正则表达式写法，例如反向引用（\\1、\\k<名称>）、向前断言（(?=…)、(?!…)）或向后断言中的捕获组。',
    en: 'This regular expression feature is not supported in find and replace, such as a backreference (\\1, \\k<name>), a lookahead ((?=…), (?!…)) or a capturing group inside a lookbehind.',
  },
  regex_too_long: { zh: '正则表达式太长（超过 1000 个字符），请缩短后再试。', en: 'The regular expression is too long (over 1,000 characters); shorten it and try again.' },
  regex_too_complex: {
    zh: '正则表达式太复杂（重复次数太大），在这么多文字里查找会太慢。请简化它，或只在当前稿件中查找。',
    en: 'The regular expression is too complex (its repeat counts are too large) to search this much text quickly. Simplify it, or search the current story only.',
  },
  stale_state: { zh: '文档已被更改，请刷新后重试。', en: 'The document changed meanwhile; reload and try again.' },
  unauthorized: { zh: '未授权的请求：请用网页主机启动时打印的地址重新打开 Galley。', en: 'Unauthorised request: open Galley again with the address the web host printed when it started.' },
  internal: { zh: '发生内部错误，未做任何更改。', en: 'An internal error occurred; nothing was changed.' },
} as const;

export type ErrorCode = keyof typeof errorMessages;

export class GalleyError extends Error {
  readonly code: ErrorCode;
  readonly detail: string | undefined;
  constructor(code: ErrorCode, detail?: string) {
    super(errorMessages[code].en + (detail ? ` (${detail})` : ''));
    this.name = 'GalleyError';
    this.code = code;
    this.detail = detail;
  }
}

export function isErrorCode(value: unknown): value is ErrorCode {
  return typeof value === 'string' && Object.prototype.hasOwnProperty.call(errorMessages, value);
}
