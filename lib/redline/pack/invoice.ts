import type { RuleDef, RuleText } from '../rule-def';

/*
 * Invoices (电子商务法 §14): the seller must issue one on request, paper or electronic, at no charge. The verb classes
 * that break it: refusing (不开, 开不了, 没票), charging (加点, 手续费, 含税价, 补差价), taking something away for it
 * (开票就没有赠品), making it conditional (满200才开, 个人不给开) and, on Tmall/JD, putting it off (platform-packs.ts).
 */

export const INVOICE_FIX = '可以开具电子发票，确认收货后在订单页申请即可';

export const INVOICE_RULES: RuleDef[] = [
  {
    id: 'invoice.refuse',
    cat: 'invoice_refusal',
    sev: 'block',
    why: '消费者索要发票的，经营者应当出具纸质或电子发票',
    fix: INVOICE_FIX,
    re: [
      // 不开发票, 暂时都不提供发票, 没法给您开票, 没票
      '(?<v>不|没法|没办法|无法|不能|不可以|不给|不提供|不予|暂不|一律不|都不|没有|没|不支持|不方便|暂停|停止|(开|出|补|给|提供)不(了|出|起))({ADV}){0,2}(给{YOU}?|帮{YOU}?)?({ISSUE})?(纸质|电子|正规|增值税|专用|普通)?(发票|票)(?!的(?![哦哈呢啦呀吧嘞哟嘛,.!?。~]|$))',
      // 发票真没办法, 开票要营业执照，个人买家我们这边不给开
      '({INV})\\??(是|这边|我们|的话|这块|这个)?&{0,24}?(?<v>{REFUSE_POST})(给|帮)?({YOU})?({ISSUE})?(?={END})',
      '({INV})@{0,4}?(?<v>(开|出|给|补)不(出来|了))(?!的)|(?<v>开不(了|出来?|到)|没法开|没办法开|不能开|不给开)@{0,3}({INV})',
      '({INV})\\??(是|这边|我们)?@{0,6}?(?<v>没有)的?(?=哦|哈|呢|啦|[,.!?。~]|$)',
      // 二手的东西哪来的发票: a rhetorical question is a refusal.
      '(?<v>哪(里|儿)?(来|有|能)|怎么(可能|会)有)的?@{0,3}({INV})',
      // 正价款才可以开, 满200才给开: a condition the law does not allow
      '({INV})&{0,16}?(?<v>(只有|只能|必须|要)?@{0,8}?({INV_CONDITION})@{0,6}?(才|再)(能|可以|给)?(开|申请|提供|放行|处理|办))',
      '(?<v>({INV_CONDITION})@{0,8}?(才|再)(能|可以)?(给{YOU}?)?)({ISSUE})@{0,2}({INV})',
      '({INV})\\??&{0,16}?(?<v>({INV_CONDITION})@{0,6}?(了|后|之后)?(再说|再看|再议))',
      // 发票找厂家要去: the seller's duty sent elsewhere.
      '({INV})&{0,8}?(?<v>(找|联系|问)(厂家|品牌方?|供应商|工厂|平台)@{0,2}(要|开|去))',
      // Talked out of it (票就别为难我们了, 小单就别开票了吧) or written as something else (只能开成配件).
      '({INV})@{0,4}?(?<v>(就|也)?(别|甭|不要)(为难|惦记|想|要了))|(?<v>(就)?(别|甭)(开|要))({INV})(了|吧)|({INV})&{0,16}?(?<v>只能(开|写)(成|为|作))',
      // 票可以开，但得先给个好评才能申请: the condition after the contrast undoes the yes before it.
      '(?<=({INV})@{0,4}(可以|能)开?,?(但|不过|就是)是?)&{0,16}?(?<v>({INV_CONDITION})&{0,10}?(才|再)(能|可以|给)?(开|申请|提供|放行|处理|办))',
      // Round 7: the shop keeps out of invoices (票这块咱不碰, 就不走票了, 不参与开票, 要票的单子不接), a buyer type or
      // title refused (个人抬头不出, 只对公, 只能开个人的), the year's quota used up (额度用完, 票开完了), no point
      // in one (没必要开, 开了也没用, 算了吧), the loss named (再开票就白干了), or fetched in person (自己来店里取).
      '({INV})(这块|的事|那块|这个|那个)?@{0,6}?(?<v>不(碰|弄|走|接|沾|参与)|没必要|就算了|算了吧)|(?<v>不(参与|走|碰|弄|沾|接))@{0,2}({INV})|要票的@{0,6}(?<v>不(接|做|卖|发))',
      '(个人|公司|企业|单位)抬头@{0,4}(?<v>不(出|开|行|给)|开不了)|(?<v>只(能)?(对公|开个人|开公司))',
      '(额度|票)@{0,6}(?<v>(用|开)(完|光)了?|没了|满了)|(?<v>没(必要|啥必要|什么必要|啥用))@{0,3}(开|要)',
      '({INV}|出票)&{0,12}?(?<v>白干|倒贴|亏本|亏钱|赔钱|成本都不够)',
      '(?<v>还要(啥|什么)?)({INV})(啊|呀|干嘛|干啥)|(?<v>(真|实在|确实)(开|出)不(了|出来))',
      '({INV})(的事)?&{0,12}?(?<v>(等|到|过完|过了)@{0,2}(明年|开春|年后|年|下个?季度)@{0,3}(再说|再开|开|再来|再找))',
    ].join('|'),
    ctx: 'deny',
    unless:
      '(周末|节假日|假期|放假|休息日)@{0,6}(不开|开不了)|电子发票|电子版|订单页|免费开|正常开|照常开|不加价|不加钱|(?<![不没才只])(可以|能|会)(给{YOU}|帮{YOU})?(补)?开(?!不)|(肯定|一定|照样|第一时间)@{0,4}开',
  },
  {
    id: 'invoice.surcharge',
    cat: 'invoice_refusal',
    sev: 'warn',
    why: '开票是法定义务，另收税点或费用属于变相拒开',
    fix: '开发票不收额外费用，确认收货后在订单页申请即可',
    re: [
      // 开票要加6个点, 发票可以开，不过要另外加6个点的税点, 补拍8元即可开具
      '({INV})&{0,20}?(?<v>{CHARGE}|(加|收|补)@{0,2}?(\\d+%|百分之[一二三四五六七八九十几]+))',
      // 税费需要您自己承担
      '(税点|税费|税钱|税金|手续费|工本费|开票费|开票成本)@{0,8}?(?<v>({YOU}|买家|顾客)@{0,4}?(承担|出|付|补|自理))',
      // 开了票赠品就没有了
      '({INV})&{0,16}?(?<v>({PERK})@{0,4}?(就|也)?(没有|没了|取消|不送|不包|不参与|作废|不给|(不能|不可以|没法)(送|给|用|享受|参加)|(送|用|享受|参加)不(了|到)))',
      // 开了票就不享受活动价了, 开票得恢复原价: the perk taken away, verb first.
      '({INV})&{0,16}?(?<v>(就|也)?(不(再)?(享受|参加|参与|能用|送|包|给)|没有了?|取消|恢复|按|要按|得按|回到)@{0,4}?({PERK}))',
      // 用券省下的那部分要您补给我们, 开票费5块转我: the buyer pays the shop for the invoice.
      '({INV})&{0,24}?(?<v>({YOU})(再|得|要|需要)?(补|付|出|交|转)(给)?(我们|店里|商家|本店|我)|(开票|税|手续|工本)(费|钱)@{0,3}{NUM}(块|元)?)',
      '(?<v>(开票|税点|手续|工本)费@{0,3}{NUM}(块|元))',
      // 开票的话走线下报价: the invoice moved off the order.
      '({INV})&{0,16}?(?<v>(线下|私下|单独)(报价|结算|付|转|算|拍))',
      '({INV})&{0,20}?(?<v>(另外|另|额外|单独|再|补)拍@{0,6}(差价|链接|税)|{NUM}个点(?={END}))',
      '(要|开|需要)({INV})(的话)?(就)?(?<v>不包邮|没有优惠|没优惠|不能用券|不(参加|参与|享受|能用|送)@{0,2}({PERK}))',
      '({INV})&{0,16}?(?<v>二选一|只能(选|要)一(个|样))',
      // 要发票的话价格就不是这个了，得按含税价算
      '({INV})&{0,16}?(?<v>(价格?|价钱)@{0,4}?(另议|另算|另计|不一样|要加|重新算|会高|更贵|要贵|就?不是这个|不同)|含税价|(贵|高|多)@{0,2}\\d+|另一个价)|({INV})&{0,12}?(?<v>(就)?不是这个价(格|钱)?|重新(算|报)价?)',
      '(?<v>不(含|带)(票|税)|无票价|裸价|不含税价|未税价)',
      '({INV})&{0,12}?(?<v>(另外|另|额外)(加|算|收))(?={END})',
      '(自己|自行)@{0,4}(去)?(税务局|税局)@{0,4}(代开|开)',
      // 能开发票吗 — 可以开，不过要另外收钱: the answer leaves the invoice out, the tax points say it.
      '(?<v>(加|补|收|另算)@{0,2}({NUM})?个?(税点|个点|点的?税))',
      '开(的)?&{0,6}?(不过|但是?|就是)&{0,12}?(?<v>{CHARGE})',
      '(税钱|税点|税费)@{0,6}(?<v>(我们)?不出)',
    ].join('|'),
  },
  {
    // Tmall and JD treat it as 违背发票承诺 and block (platform-packs.ts); elsewhere it is obstruction, a warning.
    id: 'invoice.delay',
    cat: 'invoice_refusal',
    sev: 'warn',
    why: '无正当理由拖延开票，属于变相拒开发票',
    basis: '《电子商务法》第十四条；天猫、京东发票管理规范',
    fix: INVOICE_FIX,
    re: '({INV})@{0,4}?(周期|时间|流程)@{0,4}(比较|很|挺|有点)?(长|久|慢)|({INV})&{0,20}?({NUM})(个)?(月|星期|周)(内|之内|以内)@{0,4}(都)?(算|是|属于)?正常|({INV})@{0,6}?(要等|等到|下个?月|月底|年底|年末|季度末|过段时间|延后|过几个月)|(下个?月|月底|年底|年末)@{0,4}?(统一|集中)?(开票|开发票|开)|({INV})&{0,24}?(满|等|过)@{0,2}({NUM})(个)?(天|月|周|星期)@{0,4}?(以后|之后|后)?@{0,2}(才|再)(能|可以)?(申请|开|给)',
    unless: '(肯定|一定|照样|都)会开|第一时间@{0,4}开|不收',
  },
  {
    id: 'invoice.receipt-only',
    cat: 'invoice_refusal',
    sev: 'warn',
    why: '收据不能代替发票',
    fix: INVOICE_FIX,
    re: '(收据|送货单|出库单)@{0,3}(倒是|倒)@{0,6}(给|开|盖|写|出)|手写@{0,2}(收据|单据)|(只|仅)(能|可以|给|有|开|出|写|提供)?@{0,4}?(收据|送货单|出库单|购物清单)|(打|写|开|出)(个|张|一张)(收据|送货单|出库单|购物清单)|(收据|送货单|出库单|购物清单)@{0,6}?(代替|替代|一样(能|可以)?(用|报销)|也能报销|也可以报销)',
  },
];

/** Labels and English reasons for the options page (listRules), apart so the content script does not carry them. */
export const INVOICE_TEXT: RuleText = {
  'invoice.refuse': ['拒开发票', 'Refusing an invoice', 'Sellers must issue a paper or e-invoice on request'],
  'invoice.surcharge': [
    '开票加价',
    'Charging extra for an invoice',
    'Charging tax points or fees for an invoice obstructs it',
  ],
  'invoice.delay': ['拖延开票', 'Delaying an invoice', 'Putting an invoice off obstructs it (Tmall/JD: a broken promise)'],
  'invoice.receipt-only': [
    '以收据代替发票',
    'A receipt instead of an invoice',
    'A receipt does not replace an invoice the buyer asked for',
  ],
};
