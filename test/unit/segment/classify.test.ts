import { describe, expect, it } from 'vitest';
import { classifyLine } from '../../../shared/segment/classify';

const kind = (text: string) => classifyLine(text, 1).kind;

describe('line shapes', () => {
  it('bylines', () => {
    for (const t of ['本报记者 王艳琼', '本报记者 章雯 通讯员 许可', '记者 张三', 'By Anna Keller', 'By JANE ROE Associated Press']) expect(kind(t), t).toBe('byline');
    expect(kind('记者手记')).toBe('head');
    expect(kind('记者从市统计局获悉,一季度经济开局良好。')).toBe('para');
  });

  it('photo credits', () => {
    for (const t of ['通讯员 姚峰 徐启欢 摄', '本报记者 郑可 摄', '本报记者张三摄', 'Photo: Jane Doe']) expect(kind(t), t).toBe('credit');
    expect(kind('游客们纷纷拿出手机拍摄')).not.toBe('credit');
  });

  it('decks, heads and paragraphs', () => {
    expect(kind('——温州三十年如一日坚持“质量立市”')).toBe('deck');
    expect(kind('缙云推出“营商台账”,让企业事好办快办')).toBe('head');
    expect(kind('三十而立,迎来新阶段。')).toBe('para');
    expect(kind('围绕服务业锻长补短和能级重塑,')).toBe('para');
    expect(kind('(Reporting by Anna Keller; Editing by Tom Hale)')).toBe('para');
    expect(kind('German factory orders rise more than expected in March')).toBe('head');
    expect(kind('The figures were encouraging, analysts said.')).toBe('para');
  });
});
