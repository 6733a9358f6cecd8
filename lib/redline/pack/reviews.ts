import type { RuleDef, RuleText } from '../rule-def';

/*
 * Reviews (电子商务法 §17, 反不正当竞争法 §8). Frames: a review act (好评, 五星, 晒图, 追评, 改成好评) and a reward
 * ({REWARD}) anywhere in the sentence, in either order; a bad review and a removal verb (删, 撤, 改); telling the buyer
 * what to write; threats tied to a review.
 */

const REVIEW_FIX = '收到货满意的话，欢迎给我们一个真实的评价';

export const REVIEW_RULES: RuleDef[] = [
  {
    id: 'review.reward',
    cat: 'review_manipulation',
    sev: 'block',
    why: '以返现、红包等诱导好评属于虚构评价',
    fix: REVIEW_FIX,
    re: '({REVIEW})&{0,26}?(?<v>{REWARD})|(不给|别给|先别给|不要给|不打|别打|先别评|别评|(先别|别|不要)(急着)?(评|评价|打分))(差评|中评|一星|评价)?[?？]?&{0,20}?(?<v>{REWARD})|(?<v>{REWARD})@{0,8}?({REVIEW}|一星改五星)|({REVIEW})(的|的话|后|之后|了|完)@{0,3}(就|都|才|可以|能|还)?(有|领|送|给|拿)@{0,2}(?<v>{SOFT_REWARD})|(?<v>刷)@{0,2}({REVIEW}|销量)|(差评|中评|评价)&{0,12}?改&{0,12}?(?<v>{REWARD})',
  },
  {
    id: 'review.remove',
    cat: 'review_manipulation',
    sev: 'block',
    why: '以补偿或反复要求删改差评，干扰评价真实性',
    fix: '给您带来不好的体验很抱歉，问题我们先帮您处理好',
    re: '(?<v>删|删除|撤|撤销|撤回|改(?!进|善|正)|修改)(一下|掉|了|除)?(您的|你的|那条|那个|这条)?@{0,2}?(差评|中评|一星|低分|评价)|(差评|中评|一星|低分)&{0,24}?(?<v>删|撤(?!销申请)|(?<![在])改(一下|下|掉|了|成|过来|回|为|好))|评价@{0,8}?(?<v>删|撤|改(一下|下|掉|了|成|过来|回|为))',
  },
  {
    id: 'review.dictate',
    cat: 'review_manipulation',
    sev: 'warn',
    why: '要求买家在评价中写指定内容或隐瞒问题，干扰评价真实性',
    fix: '评价按您的真实感受写就好',
    re: '({REVIEW})&{0,12}(没收到|没用过?|没到)@{0,4}(也)?(没关系|可以|能|行|没事)|(记得|给个?|帮忙)?评(得|的)?(好|高)(一)?(点|些)|(评价|好评|追评|评论)(里|中|时|的时候)?@{0,4}?(?<v>别|不要|不用|千万别)(提|写|说)|(评价|好评|追评|评论)&{0,12}?(写|说|打)(一句|上|成|个|一下|下)?["“「][^"”」\\n]{1,16}["”」]|(评价|好评|追评|评论)(里|中|区)?@{0,3}(就|只|都)(写|说|夸|提)@{0,12}(就行|就好|就可以|即可)|(评价|好评|追评|评论)&{0,10}?(?<v>(夸|表扬|吹|美言|说(点|几句)?好话))|(评价|追评|评论)@{0,8}(之前|前)@{0,6}(先)?(发|给)(我|我们)(看|过目)|(评价|追评|评论)&{0,10}?(写|说|来)(两|几|一)句好(的|话)',
    ctx: 'none',
  },
  {
    id: 'review.pressure',
    cat: 'review_manipulation',
    sev: 'block',
    why: '以售后、骚扰要挟买家给好评或不给差评',
    fix: '无论评价如何，售后问题我们都会负责处理',
    re: '(不给|没有|不)(好评|五星)@{0,10}?(不好处理|不处理|不给|不退|不发|不补|没有售后)|(给|打)(差评|中评)(的话)?&{0,16}?(一直|天天|每天|找您|联系您|骚扰|不处理|拉黑|不(太)?好(安排|处理|办|弄)|难(办|处理|安排))|(差评|中评|{REVIEW})&{0,24}?(天天找|一直找|每天找|天天打|一直打|天天联系|一直联系|骚扰|拉黑|找上门|算账|别想买|(一直|反复|天天)@{0,4}回访)|({REVIEW}|评价那块)&{0,30}?(考核|绩效|kpi|扣@{0,2}(工资|钱|奖金|提成|分))|[1-4一二三四](颗)?(分|星)@{0,8}(算|就是|等于|当)@{0,2}差评|(不给|没有|不)(好评|五星)@{0,10}?(别来|别买|不卖)|好评(才|就)(给|发|退|补)|({REVIEW})&{0,12}?才(能|可以|会)?(放行|申请|处理|开票|开|退|补|发货)|(不给|没给|不评|没评|给少了|不点满|不给满)&{0,16}?(扣(钱|工资|绩效|奖金|提成)|罚款|被罚|挨骂|申请不下来|排队)|(差评|中评|一星)@{0,3}?试试|(差评|中评|一星)&{0,12}?(售后|退款|退货)?@{0,4}?(不管|不处理|不给|不退|没有售后|不负责)',
    ctx: 'none',
  },
];

/** Labels and English reasons for the options page (listRules), apart so the content script does not carry them. */
export const REVIEW_TEXT: RuleText = {
  'review.reward': ['好评返现', 'Paying for reviews', "Rewards for reviews fake the shop's reputation"],
  'review.remove': [
    '要求删改差评',
    'Pressing to delete or change a bad review',
    'Pressing buyers to delete or change reviews distorts them',
  ],
  'review.dictate': [
    '指定评价内容',
    'Telling the buyer what to write',
    'Dictating or censoring review text distorts it',
  ],
  'review.pressure': [
    '以售后要挟评价',
    'Threats tied to reviews',
    'Tying after-sale service or harassment to a review',
  ],
};
