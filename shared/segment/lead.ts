// Datelines and lead credits. A lead that opens with one of these always starts a story,
// with or without a headline above it; the lead paragraph itself keeps its printed text and
// the matched prefix is kept as `dateline` metadata.

// 本报讯(记者 …) / 本报讯 记者 … — with any bracket width.
const ZH_BENBAO = /^(?:[□■◎●▲◆]\s*)?本报讯/;
// 本报宁波3月2日讯, 本报丽水11月8日电, 新华社北京1月8日电, 据新华社…电
const ZH_DATED = /^(?:[□■◎●▲◆]\s*)?[\u4e00-\u9fff·]{0,14}?\d{1,2}月\d{1,2}日(?:电|讯)/;
// 浙江在线讯(…), 潮新闻讯 …: an outlet name then 讯 and the credit.
const ZH_OUTLET = /^(?:[□■◎●▲◆]\s*)?[\u4e00-\u9fff·]{2,10}讯(?=[\s\u3000(（])/;
// BERLIN, May 4 (Reuters) – / PORTLAND, Maine (AP) — / WASHINGTON (AP) --
const EN_AGENCY = /^[A-Z][A-Z .'’&-]{1,40}(?:,[^()\n]{1,40})?\s*\([A-Za-z][A-Za-z .&/-]{0,40}\)\s*(?:--|[-–—])/;
// Paris (AFP) - / Nairobi, Jan. 7 (Xinhua) -- : AFP and some desks set the city in title case; a
// known agency in the brackets is then what makes it a dateline and not a sentence with an aside.
const EN_AGENCY_TITLE_CASE =
  /^[A-Z][a-z]+(?:[ -][A-Z][a-z]+){0,3}(?:,[^()\n]{1,40})?\s*\((?:AFP|AP|Reuters|Xinhua|dpa|UPI|EFE|ANSA|Kyodo|Yonhap|Bernama|PTI|IANS|Anadolu|Bloomberg)\)\s*(?:--|[-–—])/;
// BEIJING, May 4 -- (no agency in brackets): the city must be in capitals.
const EN_CITY_DASH = /^[A-Z][A-Z.'’-]{2,}(?: [A-Z][A-Z.'’-]+){0,3}(?:,[^()\n]{1,30})?\s+(?:--|[–—])\s/;

export function isLead(text: string): boolean {
  return (
    ZH_BENBAO.test(text) || ZH_DATED.test(text) || ZH_OUTLET.test(text) || EN_AGENCY.test(text) || EN_AGENCY_TITLE_CASE.test(text) || EN_CITY_DASH.test(text)
  );
}

// A dateline printed on a line of its own with the reporters' credit and nothing else
// ("本报衢州3月5日电 记者 李明", "新华社北京3月5日电（记者 王一 李二）"): it is the story's byline,
// verbatim (DESIGN.md), not a lead — the text starts on the next line, and must not be glued to it.
const ZH_DATELINE_CREDIT =
  /^(?:[□■◎●▲◆]\s*)?(?:本报讯|[\u4e00-\u9fff·]{0,14}?\d{1,2}月\d{1,2}日(?:电|讯))[\s\u3000]*[(（]?(?:(?:本报|首席|特约|特派|见习|实习|全媒体|融媒体)?(?:记者|通讯员|实习生|摄影记者|[\u4e00-\u9fff]{0,6}报道组)[\s\u3000:：]*[\u4e00-\u9fff·]{2,4}(?:[\s\u3000、]+[\u4e00-\u9fff·]{2,4})*[\s\u3000]*)+[)）]?$/;
const DATELINE_CREDIT_MAX = 60;

export function isDatelineCredit(text: string): boolean {
  return text.length <= DATELINE_CREDIT_MAX && ZH_DATELINE_CREDIT.test(text);
}

// The lead credit in brackets right after 讯/电, kept with the dateline.
const ZH_CREDIT = /^\s*[(（][^()（）]{1,80}[)）]/;

/** The dateline / lead credit at the start of a lead paragraph, or null. */
export function extractDateline(text: string): string | null {
  const zh = ZH_BENBAO.exec(text) ?? ZH_DATED.exec(text) ?? ZH_OUTLET.exec(text);
  if (zh) {
    const rest = text.slice(zh[0].length);
    const credit = ZH_CREDIT.exec(rest);
    return (zh[0] + (credit ? credit[0] : '')).trim();
  }
  const en = EN_AGENCY.exec(text) ?? EN_AGENCY_TITLE_CASE.exec(text) ?? EN_CITY_DASH.exec(text);
  return en ? en[0].trim() : null;
}
