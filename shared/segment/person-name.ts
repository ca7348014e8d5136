// Whether a short line is a person's name: a common surname and one or two more characters.
// A commentary is often signed with the writer's bare name under its title ("林一舟"), which has
// the shape of a short title; the surname is the evidence that tells them apart. The list is
// the common surnames of mainland China (a public-domain fact, typed here), covering most people.
const SINGLE =
  '王李张刘陈杨黄赵吴周徐孙马朱胡郭何高林罗郑梁谢宋唐许韩冯邓曹彭曾肖田董袁潘于蒋蔡余杜叶程苏魏吕丁任沈姚卢姜崔钟谭陆汪范金石廖贾夏韦付方白邹孟熊秦邱江尹薛闫段雷侯龙史陶黎贺顾毛郝龚邵万钱严覃武戴莫孔向汤常温康施文牛樊葛邢安齐易乔伍庞颜倪庄聂章鲁岳翟殷詹申欧耿关兰焦俞左柳甘祝包宁尚符舒阮柯纪梅童凌毕单季裴霍涂成苗谷盛曲翁冉骆蓝路游辛靳管柴蒙鲍华喻祁蒲房滕屈饶解牟艾尤阳时穆农司卓古吉缪简车项连芦麦褚娄窦戚岑景党宫费卜冷晏席卫米柏宗瞿桂全佟应臧闵苟邬边卞姬师和仇栾隋商刁沙荣巫寇桑郎甄丛仲虞敖巩明佘池查麻苑迟邝';
const COMPOUND = /^(?:欧阳|司马|上官|诸葛|东方|皇甫|尉迟|公孙|慕容|长孙|宇文|司徒|夏侯|令狐|端木|申屠|澹台|独孤)/;
const SURNAMES = new Set(SINGLE);

/** A bare personal name: 2–3 Han characters after a common surname, or 3–4 after a compound one. */
// Place names built on a surname (王家村, 李庄镇) end in a place word; people's names rarely do.
const PLACE_END = /[村庄镇乡县市区街路湾山港岛桥寨屯坊湖江河]$/;

export function isPersonName(text: string): boolean {
  if (!/^[\u4e00-\u9fff]{2,4}$/.test(text) || PLACE_END.test(text)) return false;
  if (COMPOUND.test(text)) return text.length >= 3;
  return text.length <= 3 && SURNAMES.has(text.charAt(0));
}
