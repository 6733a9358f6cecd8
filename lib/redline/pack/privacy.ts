import type { RuleDef, RuleText } from '../rule-def';

/*
 * Personal data (消费者权益保护法 §29, 个人信息保护法 §10). Frames: an asking verb and a secret or identity datum in
 * either order, anywhere in the sentence (验证码，念给我听一下); another person (另一个下单的客户, 他) and their
 * name, phone or address.
 */

const THIRD =
  '(上一|上个|另一|另外一?|其他|别的|刚才|刚刚|上礼拜|上周|昨天|刚才那|刚刚那|之前那|昨天那|前天那|隔壁|楼上|楼下|邻居|同小区的?|那|有|刚刚有|刚才有)(个|位)?@{0,10}?(买家|客户|顾客|客人|阿姨|大姐|大哥|先生|女士|小姐|宝妈|老铁|姐|哥|姨|叔|妹)|(买家|客户|顾客|客人)(还有|也有|比如|像|叫)|({YOU})的?(闺蜜|朋友|同事|邻居|亲戚|同学|老乡)';
const PERSON_DATA =
  '电话|手机|地址|姓名|名字|1\\d{2}\\*{3,4}\\d{4}|\\d{3}开头|尾号|聊天(记录|截图)|叫[\\u4e00-\\u9fa5]{2,3}|住(在)?[\\u4e00-\\u9fa5]|家住|身份证|住址|\\d{7,}|[一二三四五六七八九零〇幺]{7,}|[省市区县][\\u4e00-\\u9fa5]{1,8}?[路街道号]|小区|\\d+(栋|号楼|单元)';

export const PRIVACY_RULES: RuleDef[] = [
  {
    id: 'privacy.secret',
    cat: 'privacy',
    sev: 'block',
    why: '任何情况下都不能索要验证码、密码，这是典型诈骗话术',
    fix: '我们不会索要验证码或密码，您在订单页操作就可以',
    // 需要您输入支付密码完成付款: the buyer types it into the platform, nobody asks for it.
    unless: '输入|设置|修改|重置|找回|保管|妥善',
    re: '(?<v>{ASK_LEAD})&{0,10}?({SECRET})|({SECRET})&{0,12}?(?<v>{ASK}){ASK_TO}|(?<v>索要|要({YOU})的?)#{0,3}?({SECRET})|({YOU})的?@{0,4}?({SECRET})(?<v>(是)?(多少|是啥|是什么))',
  },
  {
    id: 'privacy.id',
    cat: 'privacy',
    sev: 'block',
    why: '会话中索要身份证号、银行卡号等敏感个人信息，违反个人信息保护要求',
    fix: '需要核实的信息请在平台页面填写，我们不会在聊天中收集',
    re: '(?<v>(刷|扫)(个|一下|下)脸)|(在)?哪(里|儿)?上班|(打开|开一下|开启|开)@{0,4}(屏幕共享|共享屏幕)|(孩子|宝宝|娃|小孩)@{0,2}(在)?(哪个|什么)(学校|幼儿园)|几年级?几班|(?<v>{ASK_LEAD})#{0,8}?({ID_DATA})|({ID_DATA})&{0,12}?(?<v>{ASK}){ASK_TO}|(老婆|老公|爱人|媳妇|对象|家人|父母|爸妈|朋友|同事|孩子|家里人)的?@{0,2}(电话|手机号?|地址|身份证号?|单位)&{0,8}?(?<v>{ASK}){ASK_TO}',
    unless: '清关|海关|填写|输入|实名认证|下单页|税号|专票|开票',
  },
  {
    id: 'privacy.others',
    cat: 'privacy',
    sev: 'block',
    why: '透露其他买家的姓名、电话、地址，属于泄露个人信息',
    fix: '为了保护隐私，其他顾客的信息我们不能透露',
    re: `(${THIRD})&{0,30}?(${PERSON_DATA})|(他|她)(的)?(电话|手机号?|号码)(是|:)?@{0,2}?[\\d零〇幺一二三四五六七八九]{7,}|(他|她)(填|留|写)的(收货)?(地址|电话|手机号?|名字|姓名)(是|:|在)|把@{0,3}(全名|名字|电话|地址|手机号)发(您|你)|尾号\\d{4}@{0,6}(叫|姓)|(地址|电话)@{0,4}(给了|告诉了|发给了?)@{0,6}(另|别|其他)|(他|她)(的)?(手机|电话)(尾号|号码?)(是|:)?@{0,2}\\d{4,}|(收件人|上一个买|之前买|也买了|也在(我|我们)这)&{0,24}?(?<v>1\\d{2}\\*{3,4}\\d{4}|[\\d零〇幺一二三四五六七八九]{7,}|\\d{3}开头|尾号\\d{4}|\\d+(栋|单元))|(你们|您)小区@{0,8}(?<v>[\\u4e00-\\u9fa5]{1,2}(姐|哥|姨|叔|先生|女士))|(他|她|人|买家|客户|顾客)(的)?(电话|手机号?|地址|住址)@{0,3}(?<v>(我)?(发|给|告诉)(你|您))|(姓名|电话|手机号?|地址|信息)@{0,4}(?<v>(同步|给了|发给|共享|提供)给?)@{0,6}(合作|第三方|保险|公司|别人)`,
  },
];

/** Labels and English reasons for the options page (listRules), apart so the content script does not carry them. */
export const PRIVACY_TEXT: RuleText = {
  'privacy.secret': ['索要验证码或密码', 'Asking for a code or password', 'Never ask buyers for codes or passwords'],
  'privacy.id': [
    '索要身份证或卡号',
    'Asking for ID or card numbers',
    'ID or card numbers must not be collected in chat',
  ],
  'privacy.others': ['泄露其他买家信息', "Exposing another buyer's data", "Sharing another buyer's data leaks it"],
};
