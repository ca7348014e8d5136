// People named in a byline (本报记者 王艳琼 / 本报记者 黄宇璐 通讯员 姚峰 徐启欢 摄) or in a
// lead credit (本报讯(记者 郭敏 县委报道组 汪峰立 通讯员 詹莹)). Credits list names after role
// words, separated by spaces, so a token is a name when it is 2–4 Han characters and not a role.

const ROLE_PREFIXES = [
  '本报特约记者', '本报见习记者', '本报记者', '本报通讯员', '特约记者', '见习记者', '实习记者', '首席记者',
  '记者', '通讯员', '实习生', '摄影', '文/图', '文/摄', '图/文', '本报讯', '编辑', '编者',
];

const ROLE_TOKEN = /^(?:.{0,6}报道组|共享联盟·.{1,8}|.{1,8}融媒体中心|.{1,8}新闻中心|.{0,6}报社)$/u;

const HAN_NAME = /^\p{Script=Han}{2,4}$/u;

/** The text inside the brackets of 本报讯(…) / 新华社杭州1月8日电(…), if the text starts with one. */
export function leadCredit(text: string): string | null {
  const m = /^[^(（\n]{0,20}(?:讯|电)\s*[(（]([^)）]{1,80})[)）]/u.exec(text.trim());
  return m?.[1] ?? null;
}

function tokenName(raw: string): string | null {
  let token = raw.replace(/[摄]$/u, '');
  for (const prefix of ROLE_PREFIXES) {
    if (token.startsWith(prefix)) {
      token = token.slice(prefix.length);
      break;
    }
  }
  if (ROLE_TOKEN.test(token)) return null;
  return HAN_NAME.test(token) && !ROLE_PREFIXES.includes(token) ? token : null;
}

/** Names in one credit string, in printed order, without duplicates. */
export function namesInCredit(credit: string): string[] {
  const names: string[] = [];
  for (const raw of credit.split(/[\s\u3000、,，;；:：]+/u)) {
    if (!raw) continue;
    const name = tokenName(raw);
    if (name && !names.includes(name)) names.push(name);
  }
  return names;
}
