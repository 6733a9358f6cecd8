/**
 * Written Cantonese folded into the Mandarin the engines read: agents and buyers in Guangdong shops type 听日发 (明天发),
 * 冇货 (没货), 退返俾你 (退回给你). Every replacement keeps the length, so offsets into the folded text are offsets into
 * what was typed (red-line flags, promise clauses). Only forms that Mandarin text does not use are folded: 点样 stays
 * (一点样品), 真系 stays (天真系列), 返工 stays (rework).
 */
const WORDS: Record<string, string> = {
  听日: '明天',
  琴日: '昨天',
  寻日: '昨天',
  后日: '后天',
  今日: '今天',
  下昼: '下午',
  晏昼: '中午',
  朝早: '早上',
  听朝: '明早',
  而家: '现在',
  依家: '现在',
  即刻: '马上',
  等阵: '等下',
  迟啲: '晚点',
  快啲: '快点',
  呢啲: '这些',
  嗰啲: '那些',
  呢个: '这个',
  嗰个: '那个',
  呢度: '这里',
  嗰度: '那里',
  呢边: '这边',
  嗰边: '那边',
  系咪: '是否',
  唔系: '不是',
  梗系: '肯定',
  唔该: '谢谢',
  点解: '为何',
  边度: '哪里',
  乜嘢: '什么',
  搞掂: '搞定',
  放工: '下班',
  寄返: '寄回',
  退返: '退回',
  换返: '换回',
  俾返: '还给',
};
const CHARS: Record<string, string> = { 咗: '了', 嘅: '的', 哋: '们', 嚟: '来', 喺: '在', 俾: '给', 畀: '给', 佢: '他', 睇: '看', 揾: '找', 攞: '拿', 啲: '点', 冇: '没' };

const PATTERN = new RegExp(`${Object.keys(WORDS).join('|')}|[${Object.keys(CHARS).join('')}]|唔(?=\\p{Script=Han})`, 'gu');
const HINT = /[听琴寻后今下晏朝而依即等迟快呢嗰系唔梗点边乜搞放寄退换俾咗嘅哋嚟喺畀佢睇揾攞啲冇]/;

/** `text` with written Cantonese as Mandarin, character for character (the same length). */
export function foldCantonese(text: string): string {
  if (!HINT.test(text)) return text;
  return text.replace(PATTERN, (m) => WORDS[m] ?? CHARS[m] ?? '不');
}
