import type { RuleDef, RuleText } from '../rule-def';

/*
 * Steering the buyer around the platform's order and after-sale flow. Frames: confirm receipt first, then money or a
 * resend (or just to beat a timer: 先点签收，不然我这边超时); cancel and order again; a softer return reason than the truth
 * (to the form or to the platform's caller); don't apply / withdraw the application or complaint; settle it privately;
 * fake shipments (虚拟发货, 单号占位, 随便填个单号) and fake orders (刷单, 拍A备注B).
 */

const AFTER =
  '(再|就|马上|立刻|之后|然后|才)?@{0,4}?(退款|退钱|退给|补发|补偿|补给|补(您|你)?\\d|补差|返|差价|赔|退(您|你)?\\d|发补偿|安排补发|转(给)?(您|你)|(钱|款)@{0,4}?(转|打|退|返)|给(您|你)?补|补(上|一个|寄))';

export const ORDER_RULES: RuleDef[] = [
  {
    id: 'order.confirm-first',
    cat: 'order_manipulation',
    sev: 'block',
    why: '诱导先确认收货再退款或补发，买家会失去售后保障',
    fix: '您在订单页直接申请退款或售后，我们马上为您处理',
    re: [
      `(?<v>(先|您先|请先|麻烦先|得先|要先|需要先|必须先|就先|麻烦您先)@{0,4}?(点|点击|点个|操作)?确认(一下|下)?收货)(好吗|好不好|行吗|可以吗|吧)?\\??&{0,24}?${AFTER}`,
      // 收到货后我再返您差价, 确认收货后给您退5元运费
      '(确认收货|收到货|收货|签收)(后|之后|以后|了)&{0,10}?(?<v>(我|我们)?(再|就|马上|立刻|会)?@{0,2}?(返|退|补)({YOU})?@{0,3}?(差价|钱|\\d|红包|现金|运费))',
      // 我们会补，但您得先确认收货
      '(补发|补|退款|退|赔)&{0,10}?(?<v>({YOU})?(得|要|需要|必须)先@{0,3}确认收货)|(?<v>先@{0,3}确认收货)&{0,4}?(不然|否则)',
      // 物流显示签收了，您就先确认一下呗，东西真没到我们再补
      '(签收|收货|收到货|到货|物流|快递|包裹|驿站)&{0,20}?(?<v>先确认(一下|下)?)(呗|吧|哈)?&{0,16}?(再|我们)@{0,4}?(补|退|赔|发)',
      // 物流显示签收了您就先点收货嘛，真丢了我们再说; 您先点签收吧，不然我这边超时要扣钱: receipt confirmed for the shop's sake.
      // 你先签收，坏的我们下次一起补: signed for while damaged or short.
      '(?<v>先@{0,2}(点)?(确认)?(签收|收货))&{0,16}?(坏|破|少|丢|漏|没到|没收到|不对)@{0,8}(补|退|赔|换|再说)',
      '(?<v>(先|提前)@{0,2}(点|确认|点击|操作)(一下|个|下)?(确认)?(收货|签收))@{0,3}&{0,20}?((再|就|才)@{0,4}(说|补|发|退|赔|处理|换)|不然|否则|超时|扣(钱|分)|考核|影响)',
    ].join('|'),
  },
  {
    id: 'order.cancel-reorder',
    cat: 'order_manipulation',
    sev: 'warn',
    why: '引导取消订单或退款重拍，平台视为干扰交易',
    fix: '地址或规格需要修改的话，我们这边直接帮您改好，不用重新下单',
    re: '(?<v>取消|撤销|关闭|关掉|退掉|退了|退款)@{0,6}?(订单|这单|这一单|单子|一下)?&{0,14}?(重新|再)@{0,4}?(拍|下单|下一单|买|下|补拍)|(?<v>退款重拍|重拍一单|(取消|退)了?重拍)|(别|不要)付(款)?&{0,12}?(再|重新)(拍|下单)(一次|一单)?|(重新|再)@{0,4}?(拍|下单|下一单|下)(一单)?&{0,14}?(原来|之前|旧)的?(那单|订单|那个)@{0,4}?(?<v>取消|退掉|关掉|不发|(申请)?仅?退款)|(?<v>取消|退掉|关掉)@{0,6}?(订单|这单|这一单|单子)?&{0,12}?(私下|线下|微信|直接转|转账)',
    // An unpaid order that closes by itself, or the buyer's own wrong pick, is not steering.
    unless: '拍错|选错|买错|填错|自动(关闭|取消)|超时(未付|关闭|取消|自动)|会自动|未付款|没付款|待付款|没有付款',
  },
  {
    id: 'order.false-reason',
    cat: 'order_manipulation',
    sev: 'block',
    why: '引导隐瞒质量问题、改选退货原因，规避店铺考核',
    fix: '退货原因请按实际情况选择，质量问题的运费由我们承担',
    // 不想要了直接申请退货，理由选七天无理由: the soft reason is the truth here.
    unless: '(?<!不是|说|说是)(不想要|不喜欢|不合适|拍错|多拍|买多|不需要)了?(的话)?@{0,3}(直接|就|可以)?@{0,2}(申请|退)',
    re: '(平台|客服|小二|回访|审核|介入)&{0,14}?(问|打电话|电话|联系|核实|回访)&{0,8}?(就|只)?(?<v>(说|讲|回答|回复|答)(是)?(自己|个人)?@{0,4}({SOFT_REASON}|满意|没问题|收到了|已收到|不是质量|是自己))|(原因|理由|类型|选项)@{0,4}?(选|写|填|勾|改成|改为|换成|改|就选|就写)@{0,3}?["“「\']?({SOFT_REASON})|(别|不要|不用)(选|写|填|勾|说|讲|提)@{0,3}?["“「\']?(质量问题|商品质量|破损|描述不符|商品破损|质量|与描述不符|少件|假货|发错|错发|漏发|坏了)|(申请|售后|退款|退货)@{0,10}?(选|勾)@{0,2}?["“「\']?({SOFT_REASON})|(原因|理由)@{0,3}(别|不要)(选|写)|(改|换)@{0,4}(原因|理由)@{0,2}(为|成)@{0,2}({SOFT_REASON})|(售后|退款|退货)申请@{0,14}?(改成|改为)',
    ctx: 'none',
  },
  {
    id: 'order.avoid-aftersale',
    cat: 'order_manipulation',
    sev: 'warn',
    why: '劝阻买家申请售后、平台介入或投诉，侵害售后权利',
    fix: '您可以在订单页申请售后，我们会第一时间处理',
    re: [
      // 甭退了，我给您补十块: talked out of the return with money on the side.
      '(别|不要|甭|不用)(退|退货|退款|申请)了?&{0,10}?(?<v>(补|给|转|返)({YOU})?@{0,2}({NUM}|点|些)(块|元)?)',
      '(别|不要|不用|甭|千万别|先别|没必要|用不着|不必)(?!着急|急着)@{0,6}?(在平台|去平台|走平台|到平台|通过平台)?@{0,2}?(申请|点|走|找|发起|提交|开|打)@{0,4}?({AFTERSALE})',
      '(别|不要|不用|先别|千万别|没必要)@{0,2}?(在|去|走|通过|找|上)平台',
      '(别|不要|千万别|先别|可别)(给我们?)?(投诉|举报|申请介入|找平台|找小二)',
      '({AFTERSALE})@{0,6}?(按钮|入口|键)?@{0,3}?(别|不要|先别|千万别)@{0,2}(点|按|申请|提交)',
      '(走平台|平台@{0,4}?流程|走流程)@{0,6}?(太慢|麻烦|太麻烦|很慢|慢|没必要)',
      '(平台|介入|流程|售后)@{0,4}?(太慢|太麻烦|很慢|没必要)&{0,14}?(私下|直接|咱们|我们自己)',
    ].join('|'),
    ctx: 'none',
    // 不用申请退款，已经给您退了 is news, not steering.
    unless: '已经(给您)?(退|补发|处理|安排)|已(退款|退回|补发)|自动退|会自动',
  },
  {
    id: 'order.withdraw',
    cat: 'order_manipulation',
    sev: 'block',
    why: '要求买家撤销投诉、售后或退款申请，干扰平台售后',
    fix: '您的申请保留就好，我们会尽快处理',
    re: '(?<v>撤销|撤回|撤掉|撤了|撤|关掉|关闭|关了|取消)(一下|掉|了)?(您的|你的|那个|这个)?@{0,4}?(投诉|举报|纠纷|平台介入|介入|售后申请?|退款申请?|退货申请?|申诉|工单)|(投诉|举报|纠纷|平台介入|介入|售后(申请)?|退款申请|退货申请|申诉)&{0,20}?(?<v>撤销|撤回|撤了|撤掉|关了|关掉|关闭|取消|撤)',
    unless: '已经(给您)?(退|补发|处理)|自动',
  },
  {
    id: 'order.private',
    cat: 'order_manipulation',
    sev: 'block',
    why: '绕开平台私下退款、补偿，买家失去平台保障',
    fix: '您在订单页申请售后，我们马上为您处理',
    re: '(?<v>私下|线下|手动)(给{YOU}|帮{YOU})?@{0,2}?(商量|协商|解决|处理|补偿|退款|退钱|退({YOU})?@{0,2}\\d|退@{0,4}?钱|赔|补|转)',
  },
  {
    id: 'order.fake-shipment',
    cat: 'order_manipulation',
    sev: 'block',
    why: '未实际发货先点发货、用空单号占位、让买家乱填退货单号，属于虚假发货/虚假物流',
    basis: '平台发货管理规则（虚假发货）；《电子商务法》第十七条',
    fix: '实际发出后会第一时间同步单号，请您放心',
    re: '虚拟发货|假发货|空包发货|(?<v>先(点|操作|标记|做)(了|个|一下)?发货)&{0,14}?(其实|实际|才|还没|没发|周[一二三四五六日天]|明天|后天|过几天|下周)|单号@{0,2}占(个)?位|(?<v>先(给{YOU})?(上|挂|填|录|发|传|弄|打)(个|一个)?(空)?单号)|(?<v>单号@{0,2}先@{0,3}(挂|上|填|录))&{0,12}?(其实|实际|还没|还在|没发|才)|单号@{0,6}(随便|随意|瞎|乱)(填|写|编)|(随便|随意|瞎|乱)(填|写|编)@{0,4}(个|一个)?(快递)?单号',
  },
  {
    id: 'order.fake',
    cat: 'order_manipulation',
    sev: 'block',
    why: '虚构交易、刷单冲量属于虚假交易',
    basis: '《电子商务法》第十七条；平台虚假交易规则',
    re: '(拍|下单)(那个|另一个|别的|其他|这个)@{0,8}(链接|的)&{0,12}?备注|(链接|哪个)@{0,2}(随便|随意|任意)拍|(随便|随意|任意)拍(哪|一)个|(拍|下)(一单|个单|单)&{0,10}?(不发货|不发|空包|佣金)|刷(个|一)?单|空包|冲(个|一下)?销量|拍@{0,4}(件|单|个|份)&{0,4}?(我|我们)?(只|就|只会)发(\\d|[一两二])?(件|个|单)',
  },
];

/** Labels and English reasons for the options page (listRules), apart so the content script does not carry them. */
export const ORDER_TEXT: RuleText = {
  'order.confirm-first': [
    '先确认收货再处理',
    'Confirm receipt first, then refund',
    "Confirm-first strips the buyer's protection",
  ],
  'order.cancel-reorder': [
    '取消订单重拍',
    'Cancel and re-order',
    "Cancel-and-reorder distorts the platform's order data",
  ],
  'order.false-reason': [
    '引导填写不实售后原因',
    'Misdirecting the after-sale reason',
    'A false return reason hides quality problems',
  ],
  'order.avoid-aftersale': [
    '劝阻走平台售后',
    "Talking the buyer out of the platform's after-sale",
    'Dissuading buyers from after-sale or complaints',
  ],
  'order.withdraw': [
    '要求撤销投诉或售后',
    'Asking to withdraw a complaint or claim',
    'Pressing buyers to withdraw claims or complaints',
  ],
  'order.private': ['私下处理售后', 'Settling after-sale privately', 'Private refunds and payouts bypass the platform'],
  'order.fake-shipment': [
    '虚假发货',
    'Fake shipment',
    'Marking unshipped orders as shipped or faking tracking numbers',
  ],
  'order.fake': ['刷单/空包', 'Fake orders', "Fake orders fake the shop's sales"],
};
