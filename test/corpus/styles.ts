// Newspaper styles the corpus imitates: which genres a page carries, its punctuation habit,
// how it credits reporters, its page furniture and how its file tends to arrive (CRLF, GB18030).
// Papers' names are invented; the habits are those real pages show.
import type { Punct } from './punctuation';
import type { Rng } from './prng';
import type { ZhVoice } from './render-zh';
import type { Genre } from './types';

export interface PageDate {
  year: number;
  month: number;
  day: number;
  weekday: string;
}

export interface Style {
  id: string;
  lang: 'zh' | 'en';
  genres: ReadonlyArray<readonly [Genre, number]>;
  /** A genre the page's first story is drawn from, when the style leads with one. */
  lead?: Genre;
  stories: readonly [number, number];
  punct: ReadonlyArray<readonly [Punct, number]>;
  voice?: ZhVoice;
  /** Chinese wire pages print many stories without a title. */
  xinhuaHeadless?: number;
  enHeadless?: number;
  header?: (rng: Rng, d: PageDate) => string;
  footer?: (rng: Rng, d: PageDate) => string;
  /** A line printed between two stories (subscription, hotline). */
  between?: (rng: Rng) => string;
  /** AP pages put `___` between stories. */
  rules?: number;
  crlf: number;
  gb18030: number;
}

const EDITORS = ['周敏', '方琳', '钱晓', '林一', '沈芸', '赵可', '陈默', '吴越', '郑好', '孙倩', '陆川', '叶子'];
const ed = (rng: Rng) => rng.pick(EDITORS);
const dateZh = (d: PageDate) => `${d.year}年${d.month}月${d.day}日 星期${d.weekday}`;

const provincialVoice: ZhVoice = {
  staff: ['本报记者'],
  leadReporter: ['记者'],
  newsCredit: [['lead-credit', 6], ['place-lead', 1], ['dateline-byline', 1], ['byline-line', 1]],
  headless: 0.2,
  photoStaff: '本报记者',
  ornaments: ['■', '●'],
  subheadOrnament: 0.2,
};

export const STYLES: readonly Style[] = [
  {
    id: 'zh-provincial-half',
    lang: 'zh',
    genres: [['news', 6], ['feature', 2], ['photo', 2]],
    lead: 'feature',
    stories: [4, 7],
    punct: [['half', 1]],
    voice: provincialVoice,
    header: (rng, d) => `${rng.pick(['要闻', '经济新闻', '区域'])} ${dateZh(d)} 责任编辑:${ed(rng)} 版式设计:${ed(rng)}`,
    footer: (rng) => `本版责编:${ed(rng)} 联系电话:0571-8531${rng.int(1000, 9999)}`,
    crlf: 0.15,
    gb18030: 0.1,
  },
  {
    id: 'zh-provincial-full',
    lang: 'zh',
    genres: [['news', 6], ['feature', 2], ['photo', 2]],
    stories: [3, 6],
    punct: [['full', 1]],
    voice: { ...provincialVoice, newsCredit: [['lead-credit', 5], ['place-lead', 2], ['byline-line', 1], ['byline-lines', 1]] },
    header: (rng, d) => `${rng.int(2, 8)} ${rng.pick(['综合', '要闻', '民生'])} ${dateZh(d)} 责任编辑：${ed(rng)}`,
    between: (rng) => `欢迎订阅《${rng.pick(['钱江晨报', '瓯越日报', '之江日报'])}》 订阅热线：${rng.int(8000000, 8999999)}`,
    crlf: 0.15,
    gb18030: 0.2,
  },
  {
    id: 'zh-central',
    lang: 'zh',
    genres: [['news', 5], ['feature', 2], ['xinhua', 2], ['commentary', 1]],
    lead: 'news',
    stories: [3, 6],
    punct: [['full', 1]],
    voice: {
      staff: ['本报记者'],
      leadReporter: ['记者'],
      newsCredit: [['dateline-byline', 5], ['place-lead', 1], ['lead-credit', 1], ['byline-line', 2]],
      headless: 0.05,
      photoStaff: '本报记者',
      ornaments: ['●'],
      subheadOrnament: 0,
    },
    header: (rng, d) => `${dateZh(d)}  ${rng.pick(['要闻', '综合', '经济'])}  ${rng.int(1, 12)}`,
    crlf: 0.1,
    gb18030: 0.15,
  },
  {
    id: 'zh-guanghua-culture',
    lang: 'zh',
    genres: [['feature', 4], ['news', 4], ['photo', 1], ['commentary', 1]],
    stories: [3, 5],
    punct: [['full', 2], ['half', 1]],
    voice: {
      staff: ['本报记者', '光华日报记者'],
      leadReporter: ['记者'],
      newsCredit: [['byline-line', 3], ['byline-lines', 3], ['lead-credit', 2], ['dateline-byline', 2]],
      headless: 0.1,
      photoStaff: '本报记者',
      ornaments: ['■'],
      subheadOrnament: 0.1,
    },
    header: (rng, d) => `光华日报 ${dateZh(d)} ${String(rng.int(2, 16)).padStart(2, '0')}版 ${rng.pick(['教育', '文化', '科技', '文荟'])}`,
    footer: (rng) => `责任编辑：${ed(rng)} ${rng.pick(['', `校对：${ed(rng)}`])}`.trim(),
    crlf: 0.2,
    gb18030: 0.1,
  },
  {
    id: 'zh-city-evening',
    lang: 'zh',
    genres: [['news', 6], ['photo', 2], ['feature', 1]],
    stories: [4, 7],
    punct: [['full', 1], ['half', 1]],
    voice: {
      staff: ['全媒体记者', '本报记者', '首席记者'],
      leadReporter: ['全媒体记者', '记者', '融媒体记者'],
      newsCredit: [['lead-credit', 4], ['byline-ornament', 3], ['byline-line', 2], ['byline-lines', 1]],
      headless: 0.15,
      photoStaff: '全媒体记者',
      ornaments: ['■', '●', '□'],
      subheadOrnament: 0.5,
    },
    header: (rng, d) => `A${String(rng.int(2, 16)).padStart(2, '0')} ${rng.pick(['城事', '民生', '热线'])} ${dateZh(d)} 首席编辑 ${ed(rng)} 美编 ${ed(rng)} 校对 ${ed(rng)}`,
    between: (rng) => `新闻热线：96${rng.int(10000, 99999)}`,
    crlf: 0.2,
    gb18030: 0.15,
  },
  {
    id: 'zh-county-briefs',
    lang: 'zh',
    genres: [['news', 1]],
    stories: [5, 8],
    punct: [['half', 1], ['full', 1]],
    voice: { ...provincialVoice, leadReporter: ['记者', '融媒体记者'], newsCredit: [['lead-credit', 1]], headless: 0.3 },
    header: (rng, d) => `${rng.pick(['县域', '乡镇', '简讯'])} ${dateZh(d)} 编辑:${ed(rng)}`,
    crlf: 0.2,
    gb18030: 0.2,
  },
  {
    id: 'zh-xinhua-intl',
    lang: 'zh',
    genres: [['xinhua', 5], ['photo', 1]],
    stories: [4, 7],
    punct: [['full', 1]],
    voice: { ...provincialVoice, photoStaff: '新华社记者' },
    xinhuaHeadless: 0.5,
    header: (rng, d) => `国际 ${dateZh(d)} 责任编辑：${ed(rng)}`,
    crlf: 0.15,
    gb18030: 0.3,
  },
  {
    id: 'zh-commentary',
    lang: 'zh',
    genres: [['commentary', 1]],
    stories: [3, 5],
    punct: [['full', 2], ['half', 1]],
    voice: provincialVoice,
    header: (rng, d) => `评论 ${dateZh(d)} 责任编辑：${ed(rng)} 电子邮箱：plb${rng.int(10, 99)}@example.cn`,
    crlf: 0.1,
    gb18030: 0.1,
  },
  {
    id: 'zh-photo-page',
    lang: 'zh',
    genres: [['photo', 4], ['news', 1]],
    stories: [3, 6],
    punct: [['full', 1], ['half', 1]],
    voice: provincialVoice,
    header: (rng, d) => `视觉 ${dateZh(d)} 图片编辑：${ed(rng)}`,
    crlf: 0.1,
    gb18030: 0.3,
  },
  { id: 'en-ap', lang: 'en', genres: [['ap', 1]], stories: [3, 5], punct: [['full', 1]], rules: 0.6, enHeadless: 0.15, crlf: 0.25, gb18030: 0 },
  { id: 'en-reuters', lang: 'en', genres: [['reuters', 1]], stories: [3, 5], punct: [['full', 1]], enHeadless: 0.2, crlf: 0.25, gb18030: 0 },
  { id: 'en-agencies', lang: 'en', genres: [['afp', 2], ['xinhua-en', 2], ['reuters', 1]], stories: [3, 5], punct: [['full', 1]], enHeadless: 0.1, crlf: 0.25, gb18030: 0 },
  { id: 'en-newsroom', lang: 'en', genres: [['local-en', 3], ['ap', 1]], stories: [3, 5], punct: [['full', 1]], rules: 0.2, enHeadless: 0, crlf: 0.25, gb18030: 0 },
];
