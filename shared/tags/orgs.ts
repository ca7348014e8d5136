// Organisation names found by their printed suffix (有限公司, 集团, 大学, 局 …). Chinese has no
// word spaces, so the name's start is found by walking back from the suffix to punctuation or a
// function word; bureaus (局) also have to start with a known place, since 布局/格局/大局 are words.
import { findPlaceMentions } from './mentions';

const SUFFIXES = [
  '股份有限公司', '有限责任公司', '有限公司', '集团', '大学', '学院', '研究院', '研究所', '研究中心',
  '医院', '委员会', '合作社', '协会', '银行', '局',
];

// Words that end the run walking back: function words, time words and verbs that commonly
// sit right before an organisation's name in news copy.
const BOUNDARY_WORDS = [
  '以及', '包括', '联系了', '联系', '对接', '选派', '来自', '通过', '近日', '日前', '当天', '如今', '目前',
  '此外', '其中', '同时', '曾拿下', '拿下', '的', '在', '了', '是', '为', '由', '向', '把', '被', '从', '对', '到',
  '让', '给', '将', '及', '等', '即',
];

const MAX_NAME = 30;

// 一家医院, 行业协会, 公立医院: a kind of organisation, not a named one.
const GENERIC_CORE = /^(?:[一该这那各每某本]|多家|当地|行业|公立|私立|民营|国有|省级|市级|县级|相关|有关|地方|基层)/u;
const STOP = /[\s\p{P}\p{S}]/u;

export interface OrgMention {
  name: string;
  start: number;
  end: number;
}

function trimToBoundary(run: string): string {
  let cut = 0;
  for (const word of BOUNDARY_WORDS) {
    const at = run.lastIndexOf(word);
    if (at >= 0 && at + word.length > cut) cut = at + word.length;
  }
  return run.slice(cut);
}

// 海宁与浙江大学国际联合学院: a bare place joined by 与/和 is a list, not part of the name.
function dropLeadingPlaceList(name: string): string {
  const m = /^(\p{Script=Han}{2,6}?)[与和]/u.exec(name);
  if (!m?.[1]) return name;
  const mentions = findPlaceMentions(m[1]);
  return mentions.length === 1 && mentions[0]?.alias === m[1] ? name.slice(m[0].length) : name;
}

function startsWithPlace(name: string): boolean {
  return findPlaceMentions(name).some((m) => m.start === 0);
}

export function findOrgMentions(text: string): OrgMention[] {
  const found: OrgMention[] = [];
  const suffixPattern = new RegExp(SUFFIXES.join('|'), 'gu');
  for (const m of text.matchAll(suffixPattern)) {
    const end = m.index + m[0].length;
    // 局长 / 副局长 are titles; the bureau before them has already been read.
    if (m[0] === '局' && text[end] === '长') continue;
    let start = m.index;
    while (start > 0 && m.index - start < MAX_NAME && !STOP.test(text[start - 1] ?? '')) start--;
    const name = dropLeadingPlaceList(trimToBoundary(text.slice(start, m.index))) + m[0];
    const core = name.length - m[0].length;
    if (core < 2 || GENERIC_CORE.test(name)) continue;
    if (m[0] === '局' && !startsWithPlace(name)) continue;
    found.push({ name, start: end - name.length, end });
  }
  // 浙江大学 inside 浙江大学海宁生物电子国际研究中心 is part of the longer name, not a second org.
  return found.filter((a) => !found.some((b) => b !== a && b.start <= a.start && b.end >= a.end && b.end - b.start > a.end - a.start));
}
