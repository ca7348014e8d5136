// Photo credits. On their own lines they are joined with one space into the photo's byline
// ("本报记者 黄宇璐" + "通讯员 姚峰 徐启欢 摄"); printed at the end of the caption they are read
// out of it and the caption keeps its printed text.

// "…阶段。(本报记者 张三 摄)" or "…阶段。 本报记者 张三 摄"
const BRACKETED = /[(（]([^()（）]{2,40}摄(?:影)?)[)）]$/;
const TRAILING = /[。!?！？”][\s\u3000]*((?:[^\s\u3000。!?！？,，]{1,12}[\s\u3000]+){0,5}[^\s\u3000。!?！？,，]{1,12}[\s\u3000]摄(?:影)?)$/;
const NAMED_ROLE = /(?:记者|通讯员|摄影|特约|实习生)/;

/** The credit printed at the end of a caption, or null when the line has none. */
export function inlineCredit(text: string): string | null {
  // Both patterns end in 摄 or 摄影 (then a bracket for BRACKETED): checking the tail first
  // spares running two end-anchored patterns over every paragraph, and again as it grows.
  let end = text.length;
  const last = text.charCodeAt(end - 1);
  if (last === 0x29 || last === 0xff09) end--;
  const c = text.charCodeAt(end - 1);
  if (c !== 0x6444 && !(c === 0x5f71 && text.charCodeAt(end - 2) === 0x6444)) return null;
  const m = BRACKETED.exec(text) ?? TRAILING.exec(text);
  if (!m || m[1] === undefined) return null;
  const credit = m[1].trim();
  // "…摄" after a sentence is a credit only when it names a role or is a bare "name 摄".
  return NAMED_ROLE.test(credit) || credit.length <= 12 ? credit : null;
}

export function joinCredits(lines: readonly string[]): string {
  return lines.join(' ');
}
