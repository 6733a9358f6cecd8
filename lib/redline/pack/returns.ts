import type { RuleDef, RuleText } from '../rule-def';

/*
 * The 7-day no-reason return (消费者权益保护法 §25). Verb classes that break it: refusing (不退, 退不了, 不受理),
 * conditioning it (拆了/试穿了/签收了就不退, 只处理质量问题, 不喜欢不算理由), shortening it (只做48小时无理由) and
 * charging for it (扣折旧费). Lawful exemptions are checked by the engine's lawful-return guard, from the words below.
 */

export const RETURN_FIX = '支持七天无理由退货，商品不影响二次销售即可，拆封验货不影响退货';

/**
 * Exempt by law whatever the shop says (§25 list), because the goods are no longer as sold (穿过, 人为损坏), or a presale
 * deposit kept under the presale rules when the balance is not paid.
 */
export const LAWFUL_RETURN_EXEMPTION =
  '定制|订制|订做|定做|刻字|个性化|鲜活|生鲜|易腐|鲜花|绿植|活体|水果|海鲜|蔬菜|鲜肉|冻品|冷冻|数字商品|数字化|虚拟|激活码|兑换码|充值|点卡|会员卡|软件|光盘|音像|cd|dvd|电子书|报刊|报纸|杂志|期刊|定金|订金|超过(七|7)天|超出(七|7)天|过了(七|7)天|(七|7)天后|已过(七|7)天|过期了';
/** Goods no longer as sold: a lawful refusal (完好 rule), unless the "use" was only a try or an unpacking. */
export const WORN = '(?<!试)穿过|洗过|下过水|(?<!试)用过|使用过|已使用|人为损坏';
/** 试穿过, 拆开就算用过了, 通电就算使用: inspecting is not using (网络消费纠纷规定（一）§3). */
export const ONLY_TRIED =
  '试穿|试戴|试用|试了|试过|(拆|开|打开|开箱|开封|通电|插电|开机|上电)@{0,6}?(就|也)?(算|视为|当|等于|属于)@{0,2}(是)?(用过|使用|穿过|二手)';
/** Goods a shop may exclude only when the buyer was shown it at purchase (七日无理由退货暂行办法 §7). */
export const CONFIRM_CLASS =
  '食品|零食|食物|吃的|茶叶|酒水?|保健品|化妆品|护肤品|彩妆|口红|面膜|内衣|内裤|袜子|贴身|泳衣|泳装|隐形眼镜|临期|瑕疵|试用装|卫生用品|成人用品';
/** 没拆封的可以退: the agent is drawing the lawful line (opened food) itself. */
export const UNOPENED_OK = '(未|没|没有)(拆封|拆开|开封|打开)@{0,8}?(可以|可|能|支持)@{0,3}退';
export const SHOWN_AT_PURCHASE =
  '(下单|购买|拍下|拍前|付款|详情|商品|页面|购物)(页|页面|前|时)?@{0,4}?(已|有|都)?(提示|标注|注明|说明|写明|弹窗|告知|标明)|已确认|确认过|已勾选|勾选确认|已知晓|同意了不支持';
/** A discount is never a reason to refuse a return, even when the page says so. */
export const PRICE_REASON =
  '特价|清仓|促销|打折|折扣|秒杀|活动|福袋|处理品|处理价|处理款|补贴|满减|特惠|尾货|福利|引流|低价|直播间';

export const RETURN_RULES: RuleDef[] = [
  {
    id: 'return.refuse',
    cat: 'return_refusal',
    sev: 'block',
    why: '网购商品自收货起七日内可无理由退货，除法定例外（定制、鲜活易腐、拆封的数字商品、报刊等）外不得拒绝',
    fix: RETURN_FIX,
    re: [
      // 不支持退货, 不负责给退, 一律不退, 不接受无理由退货, 不接受任何理由的售后
      '(?<v>{REFUSE_PRE})({ADV}){0,2}({RETURN_AUX}){0,2}({YOU})?(@{0,8}?(任何|一切)@{0,6}?)?({RETURN})',
      // 退货免谈, 无理由不支持, 退款不给
      '({RETURN})\\??&{0,14}?(?<v>不办理|不受理|不给办|(整|弄|搞|办|做|处理|受理)不(了|成)|不同意|不接受|不行|不可以)(?={END})',
      '({RETURN})@{0,4}?(?<v>不行|不可以|不可能|没门|免谈|不接受|不支持|不受理|不给|不同意|办不了|做不了)(?={END})',
      '(?<v>(只能|只)退@{0,3}(店铺)?(余额|优惠券|积分|代金券)|不能原路退)',
      '(?<v>退不(了|掉|成))|(?<v>没有@{0,2}(七天|7天)?无理由)',
      // 没有退换这一说, 七天无理由那是旗舰店才有的，我们小店没这个服务: the right itself denied.
      '(?<v>没(有)?@{0,2}({RETURN})@{0,2}(这(一)?说|的说法|这回事|这(个|项)?(服务|规定|政策)))',
      '({RETURN})&{0,20}?(?<v>没(有)?(这|那)(个|项)?(服务|规定|说法|政策))',
      '({RETURN})&{0,12}?(是|那是)@{0,8}?(?<v>才(有|支持|能享受|享受|可以))',
      // 这个价位了还想七天无理由？想多了
      '(?<v>还(想|要|指望))@{0,4}({RETURN})[?]?@{0,4}(想多了|想得美|做梦|没门|别想了?|不可能)',
      // 只处理质量问题, 非质量问题一律不退, 没有质量问题是不支持退货的
      '(?<v>只(有|能|处理|接受|受理|支持|管|退|针对|限)@{0,4}?质量问题)',
      '(?<v>只有)@{0,8}?才(能|可以|给|支持|接受)?@{0,2}(退|退货|退换|退款)',
      '(没问题|合格|没有问题|通过)(的话)?(?<v>才(能|可以|给|会)?@{0,2}(退|退货|退换|退款))',
      '无理由@{0,4}?(?<v>只(针对|限|适用于?|支持))@{0,4}?(没|未)(拆|开)封',
      '(?<v>非质量问题@{0,4}?(不|概不|一律不))',
      '((没有|没|不是|无)质量问题|质量(没|没有)问题)@{0,8}?(?<v>(不|概不|一律不|没法|不能)@{0,3}(退|支持退|给退|接受退|受理))',
      // 不喜欢不算退货理由, 尺码问题不在售后范围
      '(?<v>不算|不属于|不能作为|不能算)@{0,2}(退货|退换|退款|售后|无理由)?(的)?(理由|原因|范围)',
      '(?<v>不在|不属于|不包括|不包含)@{0,3}(售后|退换|退货|(七天|7天)?无理由)(的)?(范围|之内|之列)',
      '(?<v>(不能|不可以|没法|概不)反悔)|(退货|退款)@{0,6}?(需要|要|得)@{0,4}(审批|审核|批准)&{0,8}?(?<v>不一定|未必|看情况)',
      // 退回来我们也不收, 只换不退, 钱是不退的, 退款申请驳回
      '(退|寄)回(来|去)?@{0,6}?(?<v>不收|拒收|不签收|不接收)',
      '只换不退|(只能|可以)换@{0,4}?(?<v>不能|不可以|不给)退|钱是不退的|买了就是{YOU}的了',
      '(退货|退款)(申请)?@{0,6}?(?<v>驳回|拒绝|不同意|不通过)|(?<v>驳回|拒绝)@{0,4}?(您的)?(退货|退款)(申请)?',
      // 质检报告都齐全的东西，您说不喜欢就要退？那我们不亏死了，不行的哈
      '(不喜欢|不想要|不合适)(就|也)?(要|想)?退[^\\n]{0,16}?(?<v>不行|不可以|没门|不可能|不给退)',
    ].join('|'),
    ctx: 'deny',
    guard: 'lawful-return',
    // 仅退款，不用退货 gives the buyer more.
    unless: '仅退款|(退款|退钱)不退货|不用(寄|退)回',
  },
  {
    id: 'return.unpacked',
    cat: 'return_refusal',
    sev: 'block',
    why: '消费者为检查商品拆封的，不影响七日无理由退货（网络消费纠纷规定（一）第三条）',
    fix: '拆封验货不影响七天无理由退货，商品完好即可退',
    re: '(拆|开封|开了封|开过封|开箱|拆开|拆封|拆了封|试穿|试用|试戴|打开|上身|塑封|包装|签收)@{0,8}?(?<v>不能|不给|不支持|不接受|没法|没办法|无法|就不|不|不予|不让)({ADV}){0,2}(再)?({RETURN_AUX}){0,2}(七天|7天)?(无理由)?(退换|退货|退(?!差|运费)|无理由)|(开了封|开过封|拆了封|拆封|拆开|开封|拆过)@{0,8}?(?<v>(一概|一律|都)?不(收回|回收|收))',
    ctx: 'deny',
    guard: 'lawful-return',
  },
  {
    id: 'return.sale-item',
    cat: 'return_refusal',
    sev: 'block',
    why: '特价、清仓、促销商品同样适用七日无理由退货',
    fix: '活动商品同样支持七天无理由退货',
    re: `(${PRICE_REASON}|预售|小件)@{0,8}?(?<v>不退不换|概不退换|不退|不支持@{0,2}退|不能退|不给退|不接受退|不支持(七天|7天|无理由)|售出不退|一律不(能)?退|不予退|不(参与|参加|享受|适用)@{0,2}无理由)`,
    ctx: 'deny',
    guard: 'lawful-return',
  },
  {
    id: 'return.short-window',
    cat: 'return_refusal',
    sev: 'block',
    why: '七日无理由退货期不得缩短为几天或几小时',
    fix: '收货后七天内都支持无理由退货',
    re: '(?<v>只(做|支持|有|给|提供|接受|能)?@{0,2}?{SHORT_PERIOD}@{0,3}?(无理由|内(可以)?退))|(超过|过了|超出|满){SHORT_PERIOD}@{0,8}?(?<v>不|就不|没法|无法|不能)@{0,4}(退|无理由|接受)|{SHORT_PERIOD}内(?<v>(才)?(可以|能|才能|才可以)?(退货|无理由|退换|退(?!款|差|运费)))|(无理由|退货|退换)(期限|期|时间|时限)?@{0,3}?(是|为|只有|只|仅|就)(?<v>{SHORT_PERIOD})',
    ctx: 'deny',
  },
  {
    id: 'return.deduction',
    cat: 'return_refusal',
    sev: 'warn',
    why: '无理由退货买家只承担退回运费，另扣折旧费、手续费属于变相拒退',
    fix: '七天无理由退货只需承担退回运费，退款全额原路退回',
    re: '({RETURN_FEE})&{0,10}?(?<v>(扣|收)({YOU})?)|退(货|款)?&{0,24}?(?<v>(扣|收)({YOU})?@{0,2}{NUM}(元|块|%)?(?={END}))|退(货|款)?&{0,24}?(?<v>扣@{0,6}?({NUM})?(元|块|%)?@{0,2}?(折旧|手续费|包装费|损耗|检测费|清洗费|费用|钱|元|块|%))|(折旧|损耗|包装|手续|检测|清洗|拆封)费@{0,6}?(?<v>(要|需要|得|由)?({YOU}|买家)@{0,3}(出|承担|付|自理))|(?<v>({YOU}|买家)@{0,3}(承担|出|付|支付))@{0,8}?(折旧|损耗|包装|手续|检测|清洗|拆封)费|退(货|款)?&{0,10}?(?<v>收取?|扣除?)@{0,8}?(折旧|手续费|包装费|损耗|检测费|清洗费)',
  },
];

/** Labels and English reasons for the options page (listRules), apart so the content script does not carry them. */
export const RETURN_TEXT: RuleText = {
  'return.refuse': [
    '拒绝七天无理由退货',
    'Refusing a no-reason return',
    '7-day no-reason return, bar the statutory exemptions',
  ],
  'return.unpacked': ['拆封不退', 'No return once unpacked', 'Unpacking to inspect does not void the 7-day return'],
  'return.sale-item': [
    '特价/清仓不退',
    'No return on sale items',
    'Sale and clearance goods carry the same 7-day return',
  ],
  'return.short-window': [
    '缩短无理由退货期',
    'Shortening the 7-day window',
    'The 7-day window may not be cut to days or hours',
  ],
  'return.deduction': ['退货扣费', 'Deductions on a return', 'Only return shipping may be charged'],
};
