// Which of two heading lines is the title. A Chinese page prints either a kicker over the title
// (春风送暖 / 全市新增就业岗位三千个) or the title over a deck (衢州召开春耕备耕现场会 / 张三李四出席),
// and no single rule tells them apart: length, figures, who-attended cue words, commas, how the
// lead restates the title all point one way or the other, and none decides alone. So the
// decision is a logistic model over many such features of the pair, trained on the development
// corpus (`npm run train:split` rewrites heading-weights.json), and its probability is kept as
// the confidence the page map and the review screen show.
import { echoOf } from './echo';
import weights from './heading-weights.json';
import { charCount } from './text';

export interface HeadPair {
  /** The line printed first. */
  upper: string;
  /** The line printed under it. */
  lower: string;
  /** The opening of the story's text under the heading ('' when none is known). */
  lead: string;
}

export interface HeadingWeights {
  bias: number;
  weights: Record<string, number>;
}

// Decks that say who attended, accompanied or spoke: "张三李四出席", "王五等参加".
const ATTEND_CUE = /(?:出席|陪同|参加|主持|讲话|致辞|会见|参观|调研|视察|考察|看望|慰问|见证|指导|作报告|宣讲)(?:活动|会议)?$/;
const OFFICIAL = /(?:书记|省长|市长|县长|区长|主任|部长|厅长|局长|主席|委员|代表|院长|校长|董事长|总经理)/;
const NAME_LIST = /^[\u4e00-\u9fff]{2,3}(?:[、，,\s\u3000][\u4e00-\u9fff]{2,3}){1,}/;
const NEWS_VERB = /(?:召开|举行|举办|推进|启动|发布|开展|出台|建设|实现|获得|签约|开幕|闭幕|完成|通过|印发|部署|落地|上线|开通|突破|增长|下降|提升|达到|入选|获评|荣获|亮相|发放|破解|打造|助力|推动|加快|迎来|全面|首次|首个|首批)/;
const FIGURE = /\d|[一二三四五六七八九十百千万亿两]+(?:个|项|家|人|名|元|亿|万|件|条|次|所|座|公里|千米|吨|亩|户|场|年|倍|成)/;
const DIGIT_RUN = /\d+(?:\.\d+)?/g;
const QUOTE = /[“”"《》「」]/;
const COMMA = /[，,、]/;
const SPACE = /[ \u3000]/;
// Four-character phrases, the rhythm of a kicker or a slogan: "春风送暖" "山海协作 共富同行".
const FOUR_CHAR_PHRASES = /^(?:[\u4e00-\u9fff]{4}[ \u3000·]?){1,3}$/;
const ENDS_COLON = /[:：]$/;
const ENDS_PARTICLE = /[了的着吗呢啊]$/;

function lengthBucket(n: number): string {
  if (n <= 4) return '1-4';
  if (n <= 8) return '5-8';
  if (n <= 12) return '9-12';
  if (n <= 16) return '13-16';
  if (n <= 24) return '17-24';
  return '25+';
}

function lineFeatures(prefix: string, text: string, out: string[]): void {
  const n = charCount(text);
  out.push(`${prefix}:len=${lengthBucket(n)}`);
  if (ATTEND_CUE.test(text)) out.push(`${prefix}:attend`);
  if (OFFICIAL.test(text)) out.push(`${prefix}:official`);
  if (NAME_LIST.test(text)) out.push(`${prefix}:names`);
  if (NEWS_VERB.test(text)) out.push(`${prefix}:verb`);
  if (FIGURE.test(text)) out.push(`${prefix}:figure`);
  const digitRuns = text.match(DIGIT_RUN)?.length ?? 0;
  if (digitRuns >= 2) out.push(`${prefix}:figures2+`);
  if (QUOTE.test(text)) out.push(`${prefix}:quote`);
  if (COMMA.test(text)) out.push(`${prefix}:comma`);
  if (SPACE.test(text)) out.push(`${prefix}:space`);
  if (FOUR_CHAR_PHRASES.test(text)) out.push(`${prefix}:fourchar`);
  if (ENDS_COLON.test(text)) out.push(`${prefix}:colon`);
  if (ENDS_PARTICLE.test(text)) out.push(`${prefix}:particle`);
  if (/[!?！？]$/.test(text)) out.push(`${prefix}:exclaim`);
}

/** The features of a pair, as names (binary: present or not). */
export function headPairFeatures(pair: HeadPair): string[] {
  const out: string[] = [];
  lineFeatures('U', pair.upper, out);
  lineFeatures('L', pair.lower, out);
  const u = charCount(pair.upper);
  const l = charCount(pair.lower);
  out.push(u > l + 4 ? 'rel:upper-longer' : l > u + 4 ? 'rel:lower-longer' : 'rel:similar');
  out.push(`rel:len=${lengthBucket(u)}|${lengthBucket(l)}`);
  if (pair.lead !== '') {
    const eu = echoOf(pair.upper, pair.lead);
    const el = echoOf(pair.lower, pair.lead);
    if (eu - el > 0.15) out.push('echo:upper');
    else if (el - eu > 0.15) out.push('echo:lower');
    else out.push('echo:even');
    if (eu >= 0.4) out.push('echo:upper-strong');
    if (el >= 0.4) out.push('echo:lower-strong');
  } else {
    out.push('echo:none');
  }
  return out;
}

function sigmoid(z: number): number {
  return 1 / (1 + Math.exp(-z));
}

/** The model's probability that the upper line is the title (so the lower one is a deck). */
export function upperIsTitle(pair: HeadPair, model: HeadingWeights = weights as HeadingWeights): number {
  let z = model.bias;
  for (const f of headPairFeatures(pair)) z += model.weights[f] ?? 0;
  return sigmoid(z);
}
