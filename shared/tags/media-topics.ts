// The 17 top-level IPTC Media Topics (cv.iptc.org/newscodes/mediatopic), with Chinese labels,
// and a few Chinese cue words per topic for suggestions. Cue words are deliberately few and
// specific: a suggestion the editor has to reject is worse than none.
import type { Tag } from '../model';

export interface MediaTopic {
  /** QCode, e.g. medtop:04000000. */
  code: string;
  zh: string;
  en: string;
  cues: string[];
}

export const mediaTopics: readonly MediaTopic[] = [
  { code: 'medtop:01000000', zh: '艺术、文化、娱乐和媒体', en: 'arts, culture, entertainment and media', cues: ['文化', '艺术', '演出', '博物馆', '非遗', '电影', '文旅'] },
  { code: 'medtop:02000000', zh: '犯罪、法律和司法', en: 'crime, law and justice', cues: ['法院', '检察', '犯罪', '判决', '公安', '案件', '法规'] },
  { code: 'medtop:03000000', zh: '灾害、事故和突发事件', en: 'disaster, accident and emergency incident', cues: ['事故', '地震', '台风', '火灾', '洪水', '救援'] },
  { code: 'medtop:04000000', zh: '经济、商业和金融', en: 'economy, business and finance', cues: ['企业', '产业', '投资', '经济', '出口', '市场', '营商', '服务业', '制造'] },
  { code: 'medtop:05000000', zh: '教育', en: 'education', cues: ['学校', '学生', '教育', '教师', '高校'] },
  { code: 'medtop:06000000', zh: '环境', en: 'environment', cues: ['生态', '环境', '污染', '海洋生态', '保护区', '生物多样性'] },
  { code: 'medtop:07000000', zh: '健康', en: 'health', cues: ['医院', '医疗', '健康', '疾病', '患者'] },
  { code: 'medtop:08000000', zh: '人情趣味', en: 'human interest', cues: ['趣闻', '感人', '百岁'] },
  { code: 'medtop:09000000', zh: '劳动', en: 'labour', cues: ['就业', '工资', '劳动者', '招聘'] },
  { code: 'medtop:10000000', zh: '生活方式和休闲', en: 'lifestyle and leisure', cues: ['旅游', '美食', '休闲', '打卡'] },
  { code: 'medtop:11000000', zh: '政治', en: 'politics', cues: ['政府', '政策', '市委', '县委', '人大', '政协'] },
  { code: 'medtop:12000000', zh: '宗教', en: 'religion', cues: ['宗教', '寺庙', '教堂'] },
  { code: 'medtop:13000000', zh: '科学和技术', en: 'science and technology', cues: ['科研', '科技', '研发', '技术', '实验室', '半导体'] },
  { code: 'medtop:14000000', zh: '社会', en: 'society', cues: ['社区', '民生', '养老', '志愿'] },
  { code: 'medtop:15000000', zh: '体育', en: 'sport', cues: ['比赛', '运动员', '体育', '冠军', '赛事'] },
  { code: 'medtop:16000000', zh: '冲突、战争与和平', en: 'conflict, war and peace', cues: ['战争', '冲突', '军事'] },
  { code: 'medtop:17000000', zh: '天气', en: 'weather', cues: ['天气', '气温', '降雨', '寒潮', '气象'] },
];

export function findMediaTopic(codeOrLabel: string): MediaTopic | null {
  const key = codeOrLabel.trim();
  const code = /^\d{8}$/.test(key) ? `medtop:${key}` : key;
  return mediaTopics.find((t) => t.code === code || t.zh === key || t.en === key.toLowerCase()) ?? null;
}

export function mediaTopicTag(topic: MediaTopic, language: 'zh' | 'en' = 'zh'): Tag {
  return { type: 'topic', value: topic.code, label: topic[language] };
}
