import type { RuleDef, RuleText } from '../rule-def';

/*
 * Void standard terms (网络消费纠纷规定（一）§1). Classes: the shop's final say and unilateral rights; deemed acceptance
 * (下单即视为, 超过24小时视为); blanket exclusions of liability (任何问题本店不负责, 一切后果由买家自行承担, 不接受任何
 * 投诉); transit risk put on the buyer; "no returns once sold"; penalties.
 */

export const TERMS_RULES: RuleDef[] = [
  {
    id: 'unfair.final-say',
    cat: 'unfair_terms',
    sev: 'warn',
    why: '“最终解释权归本店”及商家单方面变更、取消的条款无效',
    fix: '活动规则以页面说明为准，有疑问随时问我们',
    re: '(最终|最后)?解释权(归|属于|在)@{0,8}|(保留|拥有|享有|有)@{0,4}?(最终)?(解释|决定|处置|裁定)权|最终解释权|(?<v>有权)(随时|单方面?|自行)?@{0,8}?(取消|修改|变更|调整|拒绝|不予|终止|收回|扣除|关闭|解释|决定)|(做|作)(出)?最终(解释|决定)|保留@{0,10}?(修改|更改|改变|变更|取消|调整|终止)@{0,3}(的)?(权利|权力)|单方面(决定|修改|调整|取消|解释|变更)|恕不另行通知|以本店(判断|解释|说明|意见|规定)为准|(解释|判定|判断|认定)@{0,3}以(本店|我们|商家)(为准|说了算)|(本店|我们|商家)说了算',
  },
  {
    id: 'unfair.deemed-accepted',
    cat: 'unfair_terms',
    sev: 'warn',
    why: '“签收即视为合格”“下单即视为同意”等条款无效，不影响售后权利',
    fix: '签收后发现问题也可以随时联系我们处理',
    re: '(下单|拍下|拍了|购买|购物|付款|支付|签收|收货|拆封|使用|收到货)(了|后|时)?(即|就|便|就算)(?<v>代表|视为|视作|表示|等于|算|认可|同意|默认|意味着|说明|证明)|(?<v>默认)({YOU}|买家)?@{0,3}(不要|放弃|同意|接受|认可|满意)|(?<v>视为)@{0,4}(买家|{YOU})?(自行|自己|人为)(损坏|原因|造成)|(?<v>视为|视作|当作)@{0,4}?({YOU}|买家|顾客)?@{0,2}?(已)?(认可|同意|接受|合格|满意|无误|完好|无损|放弃|确认收货|默认)|签收(后|以后|之后)@{0,8}?(概不负责|不予处理|不处理|不负责|不管|不受理|不认|不赔)|(\\d+|[一二三四五六七八九十两几]+)(小时|天)(内)?#{0,4}?(不反馈|未反馈|没反馈|不联系|没联系|没有反馈)&{0,5}?(视为|就算|当作)',
    ctx: 'none',
  },
  {
    id: 'unfair.no-liability',
    cat: 'unfair_terms',
    sev: 'warn',
    why: '“出现任何问题概不负责”“一切后果自负”等免责条款无效',
    fix: '使用中遇到问题随时联系我们，我们负责处理',
    re: [
      '(任何|一切|所有|全部)@{0,6}?(问题|后果|责任|损失|费用|风险|情况|纠纷|损坏|破损|丢失|故障)&{0,12}?(?<v>(一律|概|均|都|全部|全)?((概|不|不予|不再|无需)(承担|负责|负任何|处理|受理|赔偿?)|不(做|作)任何赔偿|不管|不认|免责|自行(承担|负责)|自负|自理|(与|和|跟)(本店|我们|商家|店铺)店?(无关|没关系|没有关系)))',
      '(本店|店铺|商家|卖家|我店|我们)@{0,4}?(?<v>(一律|概|均|都|全部)?((概不|不予|不再|无需)(承担|负责|处理|受理|赔偿)|不负任何|不(做|作)任何赔偿|免责))|(本店|店铺|商家|卖家|我店)@{0,4}?(?<v>(一律|概|均|都)?(不负责|不承担))',
      '(售出|签收|收货|拆封|使用|发货)(后|以后|之后)@{0,10}?(问题|损坏|故障|破损)@{0,4}?(?<v>(与|和|跟)(本店|我们|商家)(无关|没关系))',
      '(后果|责任|损失|风险)@{0,6}?由@{0,4}?(自行|自己)(承担|负责)|后果自负|风险自担|损失自负',
      '(?<v>不接受|不受理|不处理|不予处理|不支持)@{0,8}?(任何|一切)@{0,6}?(投诉|售后|退换|理由|原因|问题|异议|退款|赔偿|取消|修改|更改)',
      '(概不|不予|一律不|不接受|恕不)&{0,12}?(无论|不论|不管)@{0,3}?(任何|什么)(原因|理由|情况)|(无论|不论|不管)@{0,3}?(任何|什么)(原因|理由|情况)&{0,12}?(概不|不予|一律不|不接受|恕不)',
      '(没|未)(有)?发货@{0,4}?(也)?(属于|算|是)?(正常|合理)|(?<v>不支持|不接受|不予)(因此|为此|以此为由)@{0,4}?(退|赔|投诉|取消)',
    ].join('|'),
  },
  {
    id: 'unfair.transit-risk',
    cat: 'unfair_terms',
    sev: 'warn',
    why: '商品交付前的运输损坏、丢件风险由经营者承担',
    basis: '《电子商务法》第二十条',
    fix: '运输途中损坏或丢件由我们负责，您拍照给我们马上处理',
    re: '(运输|快递|物流|路上|途中|丢件|破损|摔坏|损坏|丢失|少件|漏发)&{0,12}?(概不负责|不负责|不承担|不在我们|(跟|和|与)(我们|本店|店铺|商家)店?(没|没有)?(关系|无关)|不关我们|不赔|不认|不受理|不再受理|(本店|我们)不(参与|介入|处理)|由?(买家|顾客|{YOU})(自己|自行)@{0,4}?(和|跟|与|找|联系)@{0,2}快递|请?({YOU})?自行(联系|找)快递)',
    ctx: 'none',
  },
  {
    id: 'unfair.sold-final',
    cat: 'unfair_terms',
    sev: 'warn',
    why: '“一经售出概不退换”“定金概不退还”是无效格式条款',
    fix: '支持七天无理由退货，商品不影响二次销售即可，拆封验货不影响退货',
    re: '(一经|一旦)(售出|出售|拆封|签收|支付|付款|下单|使用)@{0,4}?(概不|不予|不|恕不)(退换|退货|退还|退款|负责|受理|处理)|售出(后)?(概不|不)(退换|负责)',
    ctx: 'deny',
  },
  {
    id: 'unfair.penalty',
    cat: 'unfair_terms',
    sev: 'warn',
    why: '按倍数扣款、收违约金等加重买家责任的条款无效',
    fix: '赠品请随商品一起寄回，我们收到后尽快处理退款',
    re: '(按|照)@{0,8}?([一二三四五六七八九十两]|\\d+)倍@{0,4}?(扣|罚|赔偿?|收取?)|(扣|罚)@{0,4}(违约金|罚款|罚金)|(扣|罚)@{0,3}?([一二三四五六七八九十两]|\\d+)倍',
    // 没寄回的按三倍扣款: the 没 belongs to the condition, not to the penalty.
    ctx: 'none',
  },
];

/** Labels and English reasons for the options page (listRules), apart so the content script does not carry them. */
export const TERMS_TEXT: RuleText = {
  'unfair.final-say': [
    '最终解释权归商家',
    '"Final interpretation rests with the shop"',
    'Final-say and unilateral-change clauses are void',
  ],
  'unfair.deemed-accepted': [
    '签收即视为合格',
    '"Signing means accepted"',
    'Deemed-acceptance clauses do not bind the buyer',
  ],
  'unfair.no-liability': ['概不负责条款', 'Blanket exclusion of liability', 'Blanket liability exclusions are void'],
  'unfair.transit-risk': [
    '运输风险推给买家',
    'Pushing transit risk onto the buyer',
    "Transit damage and loss before delivery are the seller's risk",
  ],
  'unfair.sold-final': ['一经售出概不退换', '"No returns once sold"', '"No returns once sold" is a void standard term'],
  'unfair.penalty': [
    '对买家的罚则',
    'Penalties on the buyer',
    'Multiple-price deductions and penalties are void terms',
  ],
};
