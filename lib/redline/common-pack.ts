import type { RuleDef } from './rule-def';

/*
 * The common pack: red lines on every platform. Written for this project from the laws cited in CATEGORY_INFO and the
 * platforms' public rules; @ # & are explained in rule-def.ts.
 */

const INVOICE_FIX = '可以开具电子发票，确认收货后在订单页申请即可';
const RETURN_FIX = '支持七天无理由退货，商品不影响二次销售即可，拆封验货不影响退货';
const NUM = '(\\d+(\\.\\d+)?%?|百分之[一二三四五六七八九十几]+|[一二三四五六七八九十两几]+)';
const REVIEW_WORD = '(好评|五星|5星|晒(个|下|一下|张)?图|带图|评价|买家秀|图评|追加评|评论)';
export const REWARD =
  '(返现|返利|返(您|你)?\\d|返(您|你)?[一二三四五六七八九十两几]|返给|返还|送(您|你)?(一|个|小|\\d|[二三两]|礼|红包|优惠|券|无门槛)|奖励|红包|现金|补偿|领取|给(您|你)?(发)?(个)?(红包|现金|礼品|\\d)|退(您|你)?[\\d一二三四五六七八九十两几]|领(取)?[\\d一二三四五六七八九十两几]|打[\\d一二三四五六七八九]折|优惠券|无门槛券|小礼品|赠品|全额退)';
const SECRET =
  '(验证码|校验码|动态码|短信码|支付密码|登录密码|账户密码|银行卡密码|密码(?!锁|箱|本|器|柜|设置|设定)|cvv|安全码)';
const ID_DATA = '(身份证(号码?|正反面|照片)?|银行卡(号|正面|照片|正反面)?|社保号|护照号)';
const ASK_VERB = '(发|告诉|报|给|提供|说|截图|拍|念|上传)';
// Asking forwards (告诉我一下您的支付密码) needs a recipient or a please-do, or 平台会给您发验证码 would count.
const ASK_FORWARD =
  '(提供|索要|跟我说|说给我|(需要|要|麻烦)(您|你)(的)?|(发|告诉|报|截图|拍|念|给|上传)(给)?(我|我们|一下|下))(一下|下)?';
const ASK_TAIL = '(给)?(我|我们|客服|过来|一下|下)';

export const LAWFUL_RETURN_EXEMPTION =
  '定制|订制|订做|定做|刻字|个性化|鲜活|生鲜|易腐|鲜花|绿植|活体|水果|海鲜|蔬菜|鲜肉|冻品|冷冻|数字商品|数字化|虚拟|激活码|兑换码|充值|点卡|会员卡|软件|光盘|音像|cd|dvd|电子书|报刊|报纸|杂志|期刊|穿过|洗过|用过|使用过|已使用|人为损坏|超过七天|超过7天|超出七天|过了七天|七天后|7天后|已过七天|过期了';
export const BUYER_CONFIRMED = '已确认|确认过|已勾选|勾选确认|已知晓|同意了不支持';
export const PRICE_REASON = '特价|清仓|促销|打折|折扣|秒杀|活动|福袋|处理|补贴|满减|特惠|尾货';

export const COMMON_RULES: RuleDef[] = [
  // ── invoice_refusal ──────────────────────────────────────────────────────────────────────────────
  {
    id: 'invoice.refuse',
    cat: 'invoice_refusal',
    sev: 'block',
    label: ['拒开发票', 'Refusing an invoice'],
    reason: ['消费者索要发票的，经营者应当出具纸质或电子发票', 'Sellers must issue a paper or e-invoice on request'],
    fix: INVOICE_FIX,
    re: '(不|没法|没办法|无法|不能|不可以|不给|不提供|不予|暂不|一律不|没有|没)(给(您|你)?|帮(您|你)?)?(开具?|提供|出具|带)?(纸质|电子|正规|增值税|专用|普通)?(发票|票)|(发票|开票|票)@{0,8}?(开不了|开不出来?|不给开?|不能开|没法开|没办法开|不开|(不|没法|没办法|无法|不能|暂不)提供|提供不了|给不了|别想|免谈|没戏)|开不(了|出来?)@{0,3}(发票|票)|(发票|票)(是|这边|我们)?@{0,4}?没有的?(?=哦|哈|呢|啦|[,.!?。~]|$)',
    ctx: 'deny',
    unless: '电子发票|电子版|(?<!不)可以开|(?<!不)能开|可以申请|订单页|免费开|正常开|照常开|不加价|不加钱',
  },
  {
    id: 'invoice.surcharge',
    cat: 'invoice_refusal',
    sev: 'warn',
    label: ['开票加价', 'Charging extra for an invoice'],
    reason: ['开票是法定义务，另收税点或费用属于变相拒开', 'Charging tax points or fees for an invoice obstructs it'],
    fix: '开发票不收额外费用，确认收货后在订单页申请即可',
    re: `(开(个|张)?票|发票|要票|带票|含票)#{0,6}?(另外加|另加|另收|另外收|另外算|另算|单独算|单独收|要加|需要加|加收|多付|多收|补|加|收)#{0,3}?${NUM}?(个)?(的)?(点|税点|税|%|钱|费|手续费|差价|元|块)|(要|开|需要)发票(的话)?(就)?(不包邮|没有优惠|没优惠|不能用券|不参加活动|不送赠品)|(开票|发票|带票|含票|要票)@{0,3}(价格?|费用)@{0,2}(另议|另算|另计|不一样|要加|重新算|会高|更贵)|不(含|带)(票|税)`,
  },
  {
    id: 'invoice.receipt-only',
    cat: 'invoice_refusal',
    sev: 'warn',
    label: ['以收据代替发票', 'A receipt instead of an invoice'],
    reason: ['收据不能代替发票', 'A receipt does not replace an invoice the buyer asked for'],
    fix: INVOICE_FIX,
    re: '(只能|只可以|只给|只有|只开|仅能|仅提供|仅有)@{0,3}收据|(给(您|你)?)?(写|开)(个|张)收据(可以吗|行吗|吧)',
  },
  // ── return_refusal ───────────────────────────────────────────────────────────────────────────────
  {
    id: 'return.refuse',
    cat: 'return_refusal',
    sev: 'block',
    label: ['拒绝七天无理由退货', 'Refusing a no-reason return'],
    reason: [
      '网购商品自收货起七日内可无理由退货，除法定例外（定制、鲜活易腐、拆封的数字商品、报刊等）外不得拒绝',
      '7-day no-reason return, bar the statutory exemptions',
    ],
    fix: RETURN_FIX,
    re: '(不|概不|一律不|没法|没办法|无法|不能|不可以|不给|不让|不予|不接受|不支持|不提供|不办理)(负责|给|让|予|接受|支持|办理|提供)?(您|你)?(七天|7天)?(无理由)?(退换|退货|退款|换货|退(?!差|运费|邮费|出|订金|定金|优惠|券|红包|回|还))|退不了|(不|没法|没办法|无法|不能|不支持|不接受|不适用)(七天|7天)?无理由|只有质量问题才(能|可以|给|支持)退',
    ctx: 'deny',
    guard: 'lawful-return',
  },
  {
    id: 'return.unpacked',
    cat: 'return_refusal',
    sev: 'block',
    label: ['拆封不退', 'No return once unpacked'],
    reason: [
      '消费者为检查商品拆封的，不影响七日无理由退货（网络消费纠纷规定（一）第三条）',
      'Unpacking to inspect does not void the 7-day return',
    ],
    fix: '拆封验货不影响七天无理由退货，商品完好即可退',
    re: '(拆|开封|开箱|拆开|拆封|试穿|试用|打开)@{0,6}?(不能|不给|不支持|不接受|没法|没办法|无法|就不|不)(再)?(七天|7天)?(无理由)?(退换|退货|退(?!差|运费))',
    ctx: 'deny',
    guard: 'lawful-return',
  },
  {
    id: 'return.sale-item',
    cat: 'return_refusal',
    sev: 'block',
    label: ['特价/清仓不退', 'No return on sale items'],
    reason: ['特价、清仓、促销商品同样适用七日无理由退货', 'Sale and clearance goods carry the same 7-day return'],
    fix: '活动商品同样支持七天无理由退货',
    re: `(${PRICE_REASON})@{0,8}?(不退不换|概不退换|不退|不支持退|不能退|不给退|不接受退|不支持七天|不支持无理由|售出不退|一律不退|不予退)`,
    ctx: 'deny',
    guard: 'lawful-return',
  },
  {
    id: 'return.deduction',
    cat: 'return_refusal',
    sev: 'warn',
    label: ['退货扣费', 'Deductions on a return'],
    reason: ['无理由退货买家只承担退回运费，另扣折旧费、手续费属于变相拒退', 'Only return shipping may be charged'],
    fix: '七天无理由退货只需承担退回运费，退款全额原路退回',
    re: '退(货|款)@{0,4}(要|需要|得)?扣@{0,4}(%|折旧|手续费|包装费|费用)|退货@{0,3}(收取|收)@{0,3}(折旧费|手续费)',
  },
  // ── off_platform ─────────────────────────────────────────────────────────────────────────────────
  {
    id: 'offplatform.wechat',
    cat: 'off_platform',
    sev: 'block',
    label: ['引导加微信', 'Moving the buyer to WeChat'],
    reason: ['引导加微信属于站外引流，平台按严重违规处理', 'Moving buyers to WeChat is off-platform diversion'],
    fix: '有问题直接在这里留言，我们随时为您处理',
    re: '(加|\\+|➕|添加|联系|找|私聊|扫|关注|进|来|用|到|通过|走|搜)(我|我们|客服|店主|老板|店长|个|下|一下|一个|的)*#{0,3}?(微信(?!支付|付款|支付分)|(?<![a-z])v(?![a-z]))|微信(号|群|名|上|里|聊|说|联系|沟通|私聊|转|加|公众号|小程序|视频号|搜|扫|:|是|多少|同号)|(?<![a-z0-9])v(:|号|是)[a-z0-9_-]{4,}|(?<![a-z])v我',
  },
  // Decision: 微信支付 / 微信付款 is a checkout method on Pinduoduo, Douyin, JD and Kuaishou (and partly Tmall), so
  // naming it as a way to pay is never flagged; paying a person by WeChat (微信转我, 扫我的码) is offplatform.payment.
  {
    id: 'offplatform.wechat-mention',
    cat: 'off_platform',
    sev: 'warn',
    label: ['提及微信', 'Mentioning WeChat'],
    reason: ['会话中提及微信易被判为站外引流', 'Mentioning WeChat in platform chat reads as diversion'],
    fix: '有问题直接在这里留言，我们随时为您处理',
    re: '微信(?!支付|付款|支付分)',
  },
  {
    id: 'offplatform.qq',
    cat: 'off_platform',
    sev: 'block',
    label: ['引导加QQ', 'Moving the buyer to QQ'],
    reason: ['引导加QQ属于站外引流', 'Moving buyers to QQ is off-platform diversion'],
    fix: '有问题直接在这里留言，我们随时为您处理',
    re: '(加|\\+|添加|联系|找|进)(我|我们|客服|个|下|一下|的)*#{0,2}?qq|qq(号|群|:|是|联系|上|聊)|(加|添加|联系|找)(我|我们|个|下|一下|的)*企鹅|企鹅(群|号)|(qq|企鹅)@{0,2}[\\d零〇幺一二三四五六七八九]{5,}',
  },
  {
    id: 'offplatform.phone',
    cat: 'off_platform',
    sev: 'block',
    label: ['发送电话/账号', 'Sending a phone number or account id'],
    reason: ['会话中留电话、QQ号、微信号属于站外引流', 'Phone numbers and chat ids move the buyer off the platform'],
    fix: '有问题直接在这里留言，我们随时为您处理',
    re: '',
    detector: 'contact-number',
  },
  {
    id: 'offplatform.payment',
    cat: 'off_platform',
    sev: 'block',
    label: ['平台外付款', 'Payment outside the platform'],
    reason: [
      '私下转账、扫码付款让买家失去平台交易保障',
      "Private transfers and QR payments lose the platform's protection",
    ],
    fix: '请在平台下单付款，交易有保障',
    re: '(支付宝|银行卡|银行|微信|私下|直接|线下)#{0,3}?(转账|转(给)?(我|您|你)|打款|打钱|汇款|付给我)|(转账|打款|汇款)(给|到)(我|我们|店主|老板)|收款码|(扫|扫描)@{0,4}?(码|二维码)@{0,4}?(付|支付|转|给钱)|私下(交易|付款|转账|联系|沟通|处理|补偿|给)|线下交易|线下付|(不用|不走|绕过|绕开|别走)平台|平台外(交易|付款|支付)|(直接|私下)(打|转)(给|到)(您|你|我)|(打|转|付)(到|给)(我的?|我们的?)(支付宝|微信|银行卡|卡|账户|账号)|(银行卡号|支付宝账号|支付宝号)#{0,6}?(发|给|告诉|报)',
  },
  {
    id: 'offplatform.contact',
    cat: 'off_platform',
    sev: 'warn',
    label: ['索要或留联系方式', 'Exchanging contact details'],
    reason: ['会话中交换电话、联系方式易被判为站外引流', 'Exchanging contact details reads as off-platform diversion'],
    fix: '有问题直接在这里留言，我们随时为您处理',
    re: '留(个|下|一下)?(您的?)?(电话|手机号?|联系方式)|(发|给|留)#{0,3}?联系方式|加(个|我|下)?好友|(直接|以后)@{0,4}?找我(下单|买|拿货|要货|订)|(下单|要货|拿货|订货)@{0,3}直接找我',
  },
  {
    id: 'offplatform.other-platform',
    cat: 'off_platform',
    sev: 'warn',
    label: ['引导去其他平台', 'Sending the buyer to another platform'],
    reason: ['引导到其他平台或渠道交易属于站外引流', 'Sending buyers to another channel diverts the trade'],
    fix: '就在本店下单即可，售后有保障',
    re: '(去|到|在|上)(别的|其他|其它|别家|外面的?)(平台|网站|app|渠道)@{0,4}?(买|拍|下单|搜|找|联系)',
  },
  // ── review_manipulation ──────────────────────────────────────────────────────────────────────────
  {
    id: 'review.reward',
    cat: 'review_manipulation',
    sev: 'block',
    label: ['好评返现', 'Paying for reviews'],
    reason: ['以返现、红包等诱导好评属于虚构评价', "Rewards for reviews fake the shop's reputation"],
    fix: '收到货满意的话，欢迎给我们一个真实的评价',
    re: `${REVIEW_WORD}&{0,16}?${REWARD}|${REWARD}@{0,6}?(好评|五星|晒图|带图评价)`,
  },
  {
    id: 'review.remove',
    cat: 'review_manipulation',
    sev: 'block',
    label: ['要求删改差评', 'Pressing to delete or change a bad review'],
    reason: ['以补偿或反复要求删改差评，干扰评价真实性', 'Pressing buyers to delete or change reviews distorts them'],
    fix: '给您带来不好的体验很抱歉，问题我们先帮您处理好',
    re: '(删|删除|撤|撤销|撤回)(一下|掉|了)?(您的|你的)?@{0,1}(差评|中评)|(差评|中评)@{0,6}?(删|撤|改(一下|下|掉|了|成|过来|回|为))',
  },
  {
    id: 'review.pressure',
    cat: 'review_manipulation',
    sev: 'block',
    label: ['以售后要挟评价', 'Threats tied to reviews'],
    reason: ['以售后、骚扰要挟买家给好评或不给差评', 'Tying after-sale service or harassment to a review'],
    fix: '无论评价如何，售后问题我们都会负责处理',
    re: '(不给|没有|不)(好评|五星)@{0,10}?(不好处理|不处理|不给|不退|不发|不补|没有售后)|(给|打)?(差评|中评)的话&{0,10}?(一直|天天|每天|找您|联系您|骚扰|不处理|拉黑)|(差评|中评)&{0,8}?(天天找|一直找|每天找|天天打|一直打|天天联系|一直联系|骚扰|拉黑|找上门|算账)|好评(才|就)(给|发|退|补)',
    ctx: 'none',
  },
  // ── order_manipulation ───────────────────────────────────────────────────────────────────────────
  {
    id: 'order.confirm-first',
    cat: 'order_manipulation',
    sev: 'block',
    label: ['先确认收货再处理', 'Confirm receipt first, then refund'],
    reason: ['诱导先确认收货再退款或补发，买家会失去售后保障', "Confirm-first strips the buyer's protection"],
    fix: '您在订单页直接申请退款或售后，我们马上为您处理',
    re: '(先|您先|请先|麻烦先)@{0,3}?(点|点击)?确认收货&{0,14}?(退款|退钱|退给|补发|补偿|返|差价|赔|退(您|你)?\\d)|确认收货(后|了|之后)&{0,6}?(给(您|你)|我(们)?|再|马上|立刻|就)&{0,4}?(退款|退钱|退差价|补发|补偿|返|赔|退(您|你)?\\d|退运费)',
  },
  {
    id: 'order.cancel-reorder',
    cat: 'order_manipulation',
    sev: 'warn',
    label: ['取消订单重拍', 'Cancel and re-order'],
    reason: ['引导取消订单或退款重拍，平台视为干扰交易', "Cancel-and-reorder distorts the platform's order data"],
    fix: '地址或规格需要修改的话，我们这边直接帮您改好，不用重新下单',
    re: '(取消|撤销|关闭)@{0,4}?(订单)?&{0,8}?(重新|再)(拍|下单|下一单|买)|(退款|退掉|退了)&{0,8}?重新(拍|下单|下一单|买)|退款重拍|(取消|退)了?重拍|重拍一单|(退了|退掉)@{0,3}重新拍',
  },
  {
    id: 'order.false-reason',
    cat: 'order_manipulation',
    sev: 'block',
    label: ['引导填写不实售后原因', 'Misdirecting the after-sale reason'],
    reason: ['引导隐瞒质量问题、改选退货原因，规避店铺考核', 'A false return reason hides quality problems'],
    fix: '退货原因请按实际情况选择，质量问题的运费由我们承担',
    re: '(退货|退款|售后|申请)@{0,4}(原因|理由)@{0,4}(选|写|填|勾)@{0,3}(不想要|不喜欢|拍错|多拍|七天无理由|7天无理由|其他|不合适|没有理由|无理由)|(别|不要|不用)(选|写|填|勾)@{0,3}(质量问题|破损|描述不符|商品破损|质量)|(原因|理由)@{0,3}(别|不要)(选|写)',
    ctx: 'none',
  },
  {
    id: 'order.avoid-aftersale',
    cat: 'order_manipulation',
    sev: 'warn',
    label: ['劝阻走平台售后', "Talking the buyer out of the platform's after-sale"],
    reason: ['劝阻买家申请售后、平台介入或投诉，侵害售后权利', 'Dissuading buyers from after-sale or complaints'],
    fix: '您可以在订单页申请售后，我们会第一时间处理',
    re: '(别|不要|不用|千万别|先别|没必要)(?!着急|急着)@{0,2}?(申请|点|走|找|发起)@{0,2}?(售后|退款|退货|仅退款|平台介入|介入|平台客服|小二|投诉|纠纷)|(撤销|撤回|取消)(一下|掉|了)?(您的|你的)?(投诉|举报|纠纷|平台介入|售后申请?|退款申请)',
    ctx: 'none',
    // 不用申请退款，已经给您退了 is news, not steering.
    unless: '已经(给您)?(退|补发|处理|安排)|已(退款|退回|补发)|自动退',
  },
  {
    id: 'order.fake',
    cat: 'order_manipulation',
    sev: 'block',
    label: ['刷单/空包', 'Fake orders'],
    reason: ['虚构交易、刷单冲量属于虚假交易', "Fake orders fake the shop's sales"],
    basis: '《电子商务法》第十七条；平台虚假交易规则',
    re: '(拍|下)(一单|个单|单)&{0,10}?(不发货|不发|空包|佣金)|刷单|空包|冲(个|一下)?销量',
  },
  // ── absolute_claims ──────────────────────────────────────────────────────────────────────────────
  {
    id: 'absolute.lowest-price',
    cat: 'absolute_claims',
    sev: 'warn',
    label: ['最低价', '"Lowest price"'],
    reason: ['“全网最低”“史上最低价”属于绝对化用语', '"Lowest price anywhere" is an absolute term'],
    fix: '这款性价比很高',
    re: '(全网|全国|全平台|史上|历史|行业|市场|市面上?|同行|同类|绝对)@{0,2}(最低|最便宜|最优惠)价?|最低价|价格最低',
  },
  {
    id: 'absolute.best',
    cat: 'absolute_claims',
    sev: 'warn',
    label: ['最好/第一/顶级', '"Best", "No.1", "top"'],
    reason: ['“最好”“第一”“国家级”“顶级”等属于绝对化用语', 'Superlatives like best, No.1, national-grade are banned'],
    fix: '这款品质很好，回购的顾客很多',
    re: '(全网|全国|全球|世界|市面上?|行业|业内|同类|同价位|国内|史上)@{0,4}?(最好|最佳|最强|最优|最高级|第一|顶级|顶尖|领先|唯一|冠军|无敌)|(最好|最佳|最强|最优|最高级)的?(产品|商品|宝贝|质量|品质|效果|面料|材料|材质|配方|工艺|款|选择)|(质量|品质|效果|做工|面料|材质|口碑|性能|续航|配置)@{0,2}(最好|最佳|最强|最优|第一|顶级|一流)|(是|就是)最(好|棒|强|优秀)的(了)?(?=[,.!?。~]|$|哦|呢|啦|啊)|没有之一|最高级|国家级|世界级|宇宙级|顶级|顶尖|极品|王牌|巅峰|no\\.?1(?!\\d)|销量(第一|冠军)|第一品牌|独一无二|最强|最佳(?!赏味|食用|饮用|使用|观赏)|国际领先|遥遥领先|最先进|唯一(指定|正品|授权|真品)|万能(?!胶|充|表|钥匙|贴|插头|转换|插座|轮)',
  },
  {
    id: 'absolute.guarantee',
    cat: 'absolute_claims',
    sev: 'warn',
    label: ['百分百有效', '“100% effective”'],
    reason: ['“100%有效”“百分百见效”属于绝对化承诺', '“100% effective” is an absolute promise'],
    fix: '多数顾客反馈效果不错，具体因人而异',
    re: '(100%|百分百|百分之百|百分之一百)@{0,2}(有效|见效|治愈|安全|无副作用|不反弹|成功|管用|满意)|绝对(有效|见效|安全|不反弹)',
  },
  // ── medical_claims ───────────────────────────────────────────────────────────────────────────────
  {
    id: 'medical.cure',
    cat: 'medical_claims',
    sev: 'block',
    label: ['宣称治疗疾病', 'Claiming to treat disease'],
    reason: ['非药品、非医疗器械不得宣传治疗、治愈疾病', 'Non-medical goods may not claim to cure or treat disease'],
    fix: '这款是日常保养用的，不能替代药物，身体不适请咨询医生',
    re: '根治|治愈|药到病除|包治|专治|治好|医治|疗效|除根|断根|祛病|(能|可以|可|会|帮(您|你)?|有助于|辅助|帮助)#{0,2}?治(?!理|安|疗期间|疗中|疗的人|疗过程)(疗)?|治疗(作用|效果|功效)|对@{0,6}?(病|炎|症|癌)@{0,4}?(有效|有治疗|有疗效|管用)|比(吃药|药物|药|医院|打针)(还)?(管用|强|好|有效)',
  },
  {
    id: 'medical.disease-effect',
    cat: 'medical_claims',
    sev: 'block',
    label: ['宣称防病功效', 'Claiming medical effects'],
    reason: ['降血压、防癌、消炎等属于疾病功效，普通商品不得宣称', 'Blood pressure, cancer etc. are medical claims'],
    fix: '这款是日常保养用的，不能替代药物，身体不适请咨询医生',
    re: '降(血压|血糖|血脂|三高|尿酸)|(防|抗)癌|抗肿瘤|消炎|抗炎|抗病毒|排毒|壮阳|止痛|(预防|防止)@{0,3}?(心脏病|糖尿病|高血压|癌症|中风|感冒|流感|骨质疏松|疾病)',
  },
  // ── abuse ────────────────────────────────────────────────────────────────────────────────────────
  {
    id: 'abuse.insult',
    cat: 'abuse',
    sev: 'block',
    label: ['辱骂买家', 'Insulting the buyer'],
    reason: ['辱骂、嘲讽买家违反服务规范，会被投诉扣分', "Insults break the platform's service rules"],
    fix: '不好意思让您着急了，我这边马上帮您处理',
    re: '(你|您)(是不是)?有(病|毛病)|有病(吧|啊)|有毛病(吧|啊)|神经病|脑子(是不是)?(有问题|有病|进水|坏了)|脑残|弱智|白痴|傻[逼b叉x]|(?<![a-z])sb(?![a-z])|你(是不是)?傻|你(是不是|这么|那么|真|太)?(听不懂|穷)|穷鬼|傻子|蠢货|你蠢|(眼|你)瞎|瞎了|听不懂人话|(你|您)(真)?不是人(?!工)|(?<![翻打圆混])滚(?![筒轮动珠刷梳烫水边针床圆蛋雪石])|滚蛋|去死|垃圾(买家|客户|顾客)',
  },
  {
    id: 'abuse.dismissive',
    cat: 'abuse',
    sev: 'block',
    label: ['怼客、推诿', 'Hostile or dismissive'],
    reason: ['怼客、推诿的话会被投诉扣分', 'Dismissive replies break the service rules'],
    fix: '理解您的心情，我这边帮您跟进处理，请稍等',
    re: '爱买不买|要买就买|不买(就)?(别|不要)(问|烦|bb|逼逼|废话)|要就拍&{0,3}不要拉倒|不要拉倒|穷(就|的话)?(别|不要)买|没钱(就)?(别|不要)(买|问|来|看)|买不起(就)?(别|不要)|嫌贵(就)?(去|别|不要)|不差你(一个|这一单|这点)|爱咋咋|随便你(?=吧|了|啊|[,.!?。~]|$)|爱投诉就投诉|(你|您)(去)?投诉(去|吧|啊)|投诉去吧|有完没完|烦不烦|烦死了|别(来)?烦我|说了?(多少|几|好几|八百|[三四五六七八九十])遍|爱要不要|浪费我(的)?时间|(你|您)(这个?人)?怎么这么(烦|多事|啰嗦|墨迹|难缠)|(你|您)这个?人(真|很|太)?(烦|难缠|事多)|问(了)?(十|八|几|多少|好几)遍|事(儿)?(真|太|怎么这么)多|找茬|自己不会看|不会自己看|自己看去|不识字|看不懂字|(你|您)这种(买家|人|顾客)|不归我管|不关我(的)?事|关我(什么|啥)事|跟我(说|讲)(有)?(什么|啥)用|又不是我|找快递去|找平台去',
  },
  // ── privacy ──────────────────────────────────────────────────────────────────────────────────────
  {
    id: 'privacy.secret',
    cat: 'privacy',
    sev: 'block',
    label: ['索要验证码或密码', 'Asking for a code or password'],
    reason: ['任何情况下都不能索要验证码、密码，这是典型诈骗话术', 'Never ask buyers for codes or passwords'],
    fix: '我们不会索要验证码或密码，您在订单页操作就可以',
    // 需要您输入支付密码完成付款: the buyer types it into the platform, nobody asks for it.
    unless: '输入|设置|修改|重置|找回|保管|妥善',
    re: `${ASK_FORWARD}#{0,6}?${SECRET}|${SECRET}#{0,6}?${ASK_VERB}${ASK_TAIL}|(索要|要)#{0,3}?${SECRET}`,
  },
  {
    id: 'privacy.id',
    cat: 'privacy',
    sev: 'block',
    label: ['索要身份证或卡号', 'Asking for ID or card numbers'],
    reason: [
      '会话中索要身份证号、银行卡号等敏感个人信息，违反个人信息保护要求',
      'ID or card numbers must not be collected in chat',
    ],
    fix: '需要核实的信息请在平台页面填写，我们不会在聊天中收集',
    re: `${ASK_FORWARD}#{0,6}?${ID_DATA}|${ID_DATA}#{0,6}?${ASK_VERB}${ASK_TAIL}`,
    unless: '清关|海关|填写|输入|实名认证',
  },
  {
    id: 'privacy.others',
    cat: 'privacy',
    sev: 'block',
    label: ['泄露其他买家信息', "Exposing another buyer's data"],
    reason: ['透露其他买家的姓名、电话、地址，属于泄露个人信息', "Sharing another buyer's data leaks it"],
    fix: '为了保护隐私，其他顾客的信息我们不能透露',
    re: '(上一个|上一位|另一个|另一位|另外一个|另外那个|别的|其他|刚才那位|刚才那个|之前那位|之前那个|隔壁那?个?|那个|那位)(买家|客户|顾客|客人)&{0,30}?(电话|手机|地址|姓名|名字|身份证|住址|住在|家住|联系方式|\\d{7,}|[省市]\\S{1,8}?[区县路街])',
  },
  // ── unfair_terms ─────────────────────────────────────────────────────────────────────────────────
  {
    id: 'unfair.final-say',
    cat: 'unfair_terms',
    sev: 'warn',
    label: ['最终解释权归商家', '"Final interpretation rests with the shop"'],
    reason: ['“最终解释权归本店”是无效格式条款', 'A shop\'s "final say" clause is a void standard term'],
    fix: '活动规则以页面说明为准，有疑问随时问我们',
    re: '(最终|最后)?解释权(归|属于|在)@{0,8}|(保留|拥有|享有|有)@{0,4}?(最终)?解释权|有权不予(解释|退换|处理)|最终解释权',
  },
  {
    id: 'unfair.deemed-accepted',
    cat: 'unfair_terms',
    sev: 'warn',
    label: ['签收即视为合格', '"Signing means accepted"'],
    reason: [
      '“签收即视为合格”“签收后概不负责”等条款无效，不影响售后权利',
      'Deemed-acceptance clauses do not bind the buyer',
    ],
    fix: '签收后发现问题也可以随时联系我们处理',
    re: '(签收|收货|拆封|下单|付款)(了|后)?(即|就|就算)(代表|视为|表示|等于|算)?@{0,4}?(视为|代表|表示|认可|同意|等于)?@{0,6}?(合格|无误|满意|认可|同意|没问题|完好)|签收(后|以后|之后)@{0,8}?(概不负责|不予处理|不处理|不负责|不管|不受理)|(\\d+|[一二三四五六七八九十两几]+)(小时|天)(内)?#{0,4}?(不反馈|未反馈|没反馈|不联系|没联系|没有反馈)&{0,5}?(视为|就算|当作)|以本店(判断|解释|说明)为准',
    ctx: 'none',
  },
  {
    id: 'unfair.transit-risk',
    cat: 'unfair_terms',
    sev: 'warn',
    label: ['运输风险推给买家', 'Pushing transit risk onto the buyer'],
    reason: [
      '商品交付前的运输损坏、丢件风险由经营者承担',
      "Transit damage and loss before delivery are the seller's risk",
    ],
    basis: '《电子商务法》第二十条',
    fix: '运输途中损坏或丢件由我们负责，您拍照给我们马上处理',
    re: '(运输|快递|物流|路上|途中|丢件|破损|摔坏|损坏|丢失)#{0,10}?(概不负责|不负责|不承担|不在我们|与本店无关|跟我们没关系|和我们没关系|跟我们无关|与我们无关|不关我们|不赔)',
    ctx: 'none',
  },
  {
    id: 'unfair.sold-final',
    cat: 'unfair_terms',
    sev: 'warn',
    label: ['一经售出概不退换', '"No returns once sold"'],
    reason: ['“一经售出概不退换”是无效格式条款', '"No returns once sold" is a void standard term'],
    fix: RETURN_FIX,
    re: '(一经|一旦)(售出|出售|拆封|签收)@{0,4}?(概不|不予|不)(退换|退货|负责)|售出(后)?(概不|不)(退换|负责)',
    ctx: 'deny',
  },
  // ── counterfeit ──────────────────────────────────────────────────────────────────────────────────
  {
    id: 'counterfeit.admit',
    cat: 'counterfeit',
    sev: 'block',
    label: ['高仿/A货', 'Replica or fake goods'],
    reason: [
      '销售高仿、A货属于欺诈，需三倍赔偿（最低500元）',
      'Selling fakes is fraud: triple refund, 500 yuan minimum',
    ],
    fix: '我们只卖正品，支持专柜验货',
    re: '高仿|精仿|仿品|仿牌|假货|a货|超a|(?<!官方)复刻|原单(?!号|据|返|退|寄)|尾单|莆田(货|鞋|纯原|版|工厂|产)|纯原|1:1(做工|还原|复刻|原版|正品|仿)|(1比1|一比一)(还原|做工|复刻|原版)|大牌同厂|(跟|和|与)(正品|真的?|真货)(一样|一模一样|差不多|没区别)|专柜验不出|看不出(是)?(假|仿)',
  },
];
