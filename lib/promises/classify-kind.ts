/**
 * Which action a clause talks about. One clause may name several (我问下仓库然后给您回复, 给您补发的配件今天寄出); the kind
 * kept is the one the BUYER waits for, by this priority:
 *   resend > exchange > refund > invoice > ship > restock_notice > callback > reply > other > logistics > warehouse.
 * Goods and money outrank words; a word to the buyer (reply/callback) outranks the agent's own legwork (asking the
 * warehouse, chasing the courier), which the buyer never sees. 补发 outranks 发 because a resend is also a shipment.
 *
 * Actions are read by structure, not by listing sentences: a verb class per kind, with the nouns that decide between
 * kinds where one verb serves several (发您 + 单号/链接/视频 is a reply, 发您 + goods a shipment; 催/问/联系 + 仓库/库房
 * is warehouse legwork, + 快递/网点/物流 logistics, + 主管/厂家/师傅 other). Object-fronted clauses (链接稍后发您,
 * 单号晚点给您, 库房那边我去催一下, 地址我下午帮您改好) are read the same way: the noun may stand before the verb.
 */
import { YOU } from './address-words';
import type { PromiseKind } from './types';

export interface KindMatch {
  kind: PromiseKind;
  start: number;
  end: number;
  /**
   * The verb names a thing or a condition, not the action promised: 补发的配件 (attributive), 发货后会有短信 (condition),
   * 换货单号 (a compound noun). Such a match helps pick the kind when another action is in the clause, and sets the topic
   * for the next clause.
   */
  mention: boolean;
  /** The agent's own step towards an answer (asking the warehouse, a courier or a colleague), not what the buyer gets. */
  legwork?: true;
}

export const KIND_PRIORITY: readonly PromiseKind[] = [
  'resend',
  'exchange',
  'refund',
  'invoice',
  'ship',
  'restock_notice',
  'callback',
  'reply',
  'other',
  'logistics',
  'warehouse',
];

/** Where goods wait and the people there. */
export const WAREHOUSE_NOUN =
  '(?:仓库|库房|仓管|库管|仓储|发货部|打包部|打包员|发货员|[\u4e00-\u9fa5]{0,2}[\u4e00-\u9fa5](?<![到入出进发回在退调下])仓(?![库储管位]))';
/** Couriers and carriers: the agent's logistics legwork is aimed at them. */
export const COURIER_NOUN =
  '(?:快递公司|快递网点|快递员|快递小哥|快递站|快递|物流公司|物流专员|物流客服|物流|派件员|配送员|配送站|站点|网点|驿站|中转站|转运中心|分拣中心|包裹|顺丰|中通|圆通|韵达|申通|极兔|京东快递|邮政|德邦|京东物流)';
/** People inside the shop or its suppliers the agent asks or applies to: legwork of kind other. */
const STAFF_NOUN =
  '(?:主管|组长|领导|经理|店长|老板娘?|技术|师傅|厂家|厂里|工厂|财务|同事|售后|运营|设计师?|主播|助理|场控|鉴定师?|质检|品控|平台客服|技师|门店|供货商?|供应商|渠道|货源|上游|驻店医生|医生|药师|评估师|会计|出纳|品牌方|代理商?|出版社|农技站|农技员|技术员)';
/** Those who install or repair at the buyer's home: booking one is the agent's act of kind other. */
const TECHNICIAN = '(?:安装|维修|售后|上门)?师傅';
/** Information the agent sends as words or pictures: sending it is a reply, not a shipment. */
const INFO_NOUN =
  '(?:(?:物流|快递)?单号|运单号|工单号|序列号|SN码?|编号|型号|工号|姓名|[员傅的]电话|电话号码?|手机号码?|联系方式|链接|图片|照片|实拍图?|实物图|截图|视频|尺寸表|尺码表|表格|说明书|电子版|资料|教程|地址|信息|详情|参数|明细|清单|凭证|报告|方案|意见|批次号|排期表?|授权书?|证书|图|对账单|报价单?|估价单?|账单|价格表|价目表|拍照|检测单|鉴定单)';
/**
 * Pictures, videos and documents the agent makes and sends (拍个视频发您, 检测报告周日前发您, 链接两小时后弄好): labelled
 * other by most authors (58 single-promise lines against 13 labelled reply), while words sent (单号, 地址, 方案) stay a reply.
 */
const MEDIA_NOUN = /图|照片|拍照|对账单|报价|估价|账单|价格表|价目表|检测单|鉴定单|视频|截图|实拍|说明书|电子版|资料|教程|报告|证书|表格|[尺寸码排期]表|清单|链接|授权书/;
/** 补了/补到了 after a stock topic (月底补，补了通知您); not 给您补了, which is a resend. */
const ARRIVAL = '(?:到货(?<!收到货)|货一到|补上(?=就|后)|补货|补到|有(?:了)?新?货|来货|货到|上架|新货到|到仓|进仓|补(?<![给帮您你]补)(?:了|上了|上货了?|回来了?))';
/** 踢/戳/喊/cue/@ 您 are chat slang for pinging the buyer. */
const NOTIFY = '(?:通知|告诉|联系|提醒|告知|叫|私信|留言|说|讲|发消息|踢|戳|喊|吱|滴滴|dd|cue|艾特|@)';
const SEND = '(?:发|传|给|同步|告诉)';
const LEGWORK_VERB = '(?:催促?|问|联系|找|跟|和|给|去|跑|让|叫|盯|查|戳)';
/** Verbs aimed at a courier: asking, chasing, booking a pickup. */
const COURIER_VERB = '(?:催促?|问|联系|找|跟|盯|查|追|约|预约|叫|去|提醒|对)';

/** Patterns whose match is one promise of `kind`; `yieldsTo` kinds found in the same clause win over this one. */
interface KindPattern {
  kind: PromiseKind;
  re: RegExp;
  /**
   * Characters of which every match holds at least one: a clause without any skips the pattern (most clauses name one
   * or two actions, and the full patterns are the costly part of reading a clause).
   */
  gate?: RegExp;
  yieldsTo?: ReadonlySet<PromiseKind>;
  legwork?: true;
}

/**
 * Patterns in the order they are tried; each match hides its characters from the later ones, so 发单号 is read as a reply
 * before the ship pattern can see its 发, 到货了通知您 as a restock notice before the reply pattern sees 通知您, and
 * 跟主管申请一下运费补偿 as the agent's application (other) before the refund pattern sees 补偿.
 */
const PATTERNS: readonly KindPattern[] = [
  {
    kind: 'restock_notice',
    gate: /[货补架仓]/,
    re: new RegExp(`${ARRIVAL}(?:了|后|之后|以后|的话|的时候)?.{0,8}?${NOTIFY}${YOU}?|到货(?:通知|提醒)`, 'g'),
  },
  {
    // 快递一有动静就通知您: watching the parcel for the buyer
    kind: 'logistics',
    gate: /有/,
    re: new RegExp(
      `(?:${COURIER_NOUN}.{0,3}?(?:一)?有|(?:一)?有${COURIER_NOUN}(?:的)?)(?:动静|消息|更新|进展|变化)(?:了|就)?.{0,4}?${NOTIFY}${YOU}?`,
      'g',
    ),
  },
  {
    kind: 'warehouse',
    gate: /[仓库部员调]/,
    re: new RegExp(
      `催促?(?:一下|下)?(?:我们|咱们)?的?${WAREHOUSE_NOUN}(?:那边)?[^，]{0,8}?(?:发|寄|出库|打包)|(?:对|盘|核对|清点)(?:一下|下|一遍|一对)?库存|查完库存|锁(?:个|住|一下)?库存|(?:打(?:个)?电话|去|跑)?到${WAREHOUSE_NOUN}(?:那边)?.{0,4}?(?:确认|核|问|看|查|催|找|翻)|库里(?:翻|找|看)|(?:从)[^，]{0,6}?仓[^，]{0,6}?调|调(?:货|拨)|(?:打(?:个|一个)?电话)?${LEGWORK_VERB}(?:一下|下|一声|过|了|完|好|问|一问|一?趟|看看|看一下|看下|翻翻)?(?:我们|咱们)?的?${WAREHOUSE_NOUN}(?:那边)?(?:.{0,4}?(?:确认|核实|问问|问一下|看看|看一下|查|催|找找?|加急处理|加急|处理))?|${WAREHOUSE_NOUN}(?:那边)?[^，]{0,12}?(?:确认|核实|问问|问一下|看看|看一下|看一眼|查|催|找|盯|跟着|跟进|说一声|打(?:个)?招呼|交代)`,
      'g',
    ),
  },
  {
    // 拦截退回 sends the parcel back to the shop: the courier's work the agent applies for, not yet a refund.
    kind: 'logistics',
    gate: /[快物派配网驿转拣顺通韵兔邮邦裹拦投送取单件]/,
    re: new RegExp(
      `(?:给|跟|和|帮${YOU})${COURIER_NOUN}(?:那边)?打(?:个|一个|一通)?电话|${COURIER_VERB}(?:一下|下|一催|问|一问|查|一查|着|一次|一声)?(?:那个|这个|您的|您那个)?${COURIER_NOUN}(?:那边)?(?:.{0,4}?(?:核实|确认))?(?:[^，]{0,3}?(?:上门取件|上门揽收|上门|来取件|取件))?|${COURIER_NOUN}(?:那边)?[^，]{0,6}?(?:我|这边|帮${YOU}|再|去)[^，]{0,5}?(?:联系|催|问|查|跟进|跟踪|核实|追|盯|跟)|(?:${COURIER_NOUN}|单号|件)[^，]{0,12}?(?:查|核实|核|问|对接)(?:清楚|明白|一遍|遍|一下|下)|(?:就|去|再|先)查件|查(?:清楚|明白)[^，]{0,3}?(?:件|包裹|快递|物流)|(?:跟|和)${COURIER_NOUN}(?:那边)?[^，]{0,4}?(?:核实|对接|沟通|确认|扯)|打(?:个)?(?:电话)?给${COURIER_NOUN}|(?:盯|跟|追)(?:着|一下|紧)?(?:物流|快递|包裹|派件|派送|配送)|(?:给|跟|向)${COURIER_NOUN}(?:那边)?(?:发|提|报)(?:个|一个)?(?:工单|投诉|申请)|${COURIER_NOUN}(?:那边)?[^，]{0,4}?(?:联系|约|预约|安排)(?:好|上|妥)|(?:看看|看一下|看下|瞅瞅|瞧瞧)(?:${YOU}的?)?(?:物流|快递|包裹)(?:走到|到哪|信息)|(?:再|去|我)(?:看|瞅|瞧|刷|查)(?:一眼|一下|下|看|一遍|遍)?(?:${YOU}的?)?(?:物流|快递|包裹)|(?:申请)?拦截(?:退回|回来|下来)?|拦(?:下来|回来|住)|(?:重新|再|安排)(?:给${YOU})?(?:派送|配送|派件|投递|送货)|安排(?:上门)?(?:取件|揽收|揽件)|(?:给|帮)${YOU}(?:重新)?(?:派送|配送|派件|投递)`,
      'g',
    ),
  },
  {
    kind: 'callback',
    gate: /[电话打拨回]/,
    re: new RegExp(
      `回拨|(?:[再在]|我|这就|就)(?:给${YOU})?(?:打|拨)(?=$|过去|过来|回去|一[个遍次通]|[哈哦呢啦呀吧噢~～＿])|回${YOU}(?:个|一个)?电话|(?:给|帮)${YOU}(?:打|拨)(?:一个|个|一通)(?=$|[哈哦呢啦呀吧噢~～＿])|(?:给|帮)${YOU}(?:打|回|拨)?(?:个|一个|一通|过)?电话|(?:打|回|拨)(?:个|一个|一通|过)?电话(?!给(?!${YOU})|到|去?(?:催|问|核实|确认|找|跟(?!${YOU})|和(?!${YOU})))(?:给${YOU})?|电话给${YOU}|电话回(?:过去|给${YOU}|${YOU})?|回电|致电|电话(?:联系|回访|通知)${YOU}?|(?:打|拨)(?:个|一个|一通)?语音(?:电话)?(?:给${YOU})?|(?:打|拨)(?:过去|回去)?给${YOU}|(?:给|帮)${YOU}(?:打|拨)(?:过去|回去|回来)|(?:打|拨)${YOU}(?:的|订单上的|留的)?(?:电话|手机)|给${YOU}来(?:个|一个|一通)?电话|(?<=[点半分右间后]|晚点|一会儿?|稍后|等下|等会儿?|过会儿?|待会儿?|马上|明天|上午|下午|晚上)(?:打|拨|回)(?:过去|回去|过来)(?=$|[哈哦呢啦呀吧噢~～＿])|(?<=[点半分右间]|晚点|一会儿?|稍后|等下|等会儿?|过会儿?|待会儿?|马上|明天|上午|下午|晚上)(?:打|拨)(?=$|[哈哦呢啦呀吧噢~～＿])|(?:打|拨)(?:个|一个)?电话问问?${YOU}`,
      'g',
    ),
  },
  {
    // An application to someone inside the shop (跟主管申请一下运费补偿) is the agent's own step, not yet the refund.
    kind: 'other',
    legwork: true,
    gate: /[主组领经店老技师厂工财同售运设助场平鉴质品申供渠货上医药评门会出代农]/,
    re: new RegExp(
      `(?:问问|问一下|问下|问一问|问完|问好|请教一下|请教|请示一下|请示|联系(?:一下|下)?|约(?:一下|下)?|催促?(?:一下|下)?)(?:我们|咱们)?的?${STAFF_NOUN}|(?:发|拿|送)(?:去)?(?:给)?(?:我们|咱们)?的?${STAFF_NOUN}|(?:给|让|请)${STAFF_NOUN}[^，]{0,4}?(?:看|鉴定|确认|验)|(?<![给帮为替]${YOU})申请(?:一下|下)?(?:补偿|赔偿|赔付|理赔|保价)|(?:申请|工单)[^，]{0,4}?(?:提交|提|报)(?:上去|上)|转(?:给|交|到)(?:我们|咱们)?的?(?:[\u4e00-\u9fa5]{0,4}(?:组|部门|专员)|${STAFF_NOUN})(?!了)|(?:(?:补偿|赔偿|退款|差价|运费|价格|改价)(?:的事|这块|这事)?(?:我|这边)?(?:去|来)?)?(?:跟|和|向|找|问)(?:一下|下)?(?:我们|咱们)?的?${STAFF_NOUN}(?:那边)?(?:要|讨|拿|问问|问一下|问下|问|确认一下|确认下|确认|申请一下|申请|沟通一下|沟通|商量一下|商量|反映一下|反映|说一下|说下|说一声|核实一下|核实|对一下|请示一下|请示|定|约)(?:[^，]{0,6}(?:补偿|退款|运费|差价|优惠|工期))?`,
      'g',
    ),
  },
  {
    kind: 'invoice',
    gate: /[票开]/,
    re: new RegExp(
      `开(?:具|好|出|一?张|完)?(?:电子|纸质|增值税|专用|普通|个人|公司|专|普)?(?:发票|票)|重(?:新)?开(?:一张|一下|张)?|(?:发票|专票|普票)[^，]{0,12}?(?:开|寄|补|发|推|传)|(?:补|寄|发|推|传|重开|重新开)(?:寄|开|发)?(?:给${YOU})?(?:一张|个|一份)?(?:电子|纸质|增值税|专用|普通)?(?:发票|专票|普票)|把票.{0,4}?开|(?<![车门彩机船发专普补开])票[^，]{0,8}?开(?![心始会车门])|补开|开具`,
      'g',
    ),
  },
  {
    kind: 'reply',
    gate: /[发传给同告进]/,
    re: new RegExp(
      `${INFO_NOUN}.{0,8}?${SEND}(?:给)?(?:过来|过去)?${YOU}(?!看的)|${INFO_NOUN}.{0,8}?发(?:过来|过去)|发(?:给)?${YOU}?(?:个|一下|下|一个)?(?:物流|快递)?单号|(?:发|传)(?:给)?${YOU}(?:个|一下|下|一个)?.{0,4}?${INFO_NOUN}|(?:给${YOU}(?:发|拍|传|录)|帮${YOU}(?:发|传))(?:个|一个|一下|下|几张|一段)?.{0,4}?${INFO_NOUN}|(?:发|传)(?:个|一下|下)?.{0,4}?${INFO_NOUN}给?${YOU}|给${YOU}(?:个|一个)?(?:(?:物流|快递)?单号|链接|截图)|(?<!${YOU})把${INFO_NOUN}.{0,4}?(?:发|传)(?!货)|${INFO_NOUN}.{0,8}?发到|(?:给|拿|出)(?:个|一个)?(?:处理)?(?:方案|意见)|(?:更新|同步)(?:一次|一下|下)?进度`,
      'g',
    ),
  },
  {
    // 差价晚上给您补, 补您运费: money made up is a refund, not goods resent.
    kind: 'refund',
    gate: /[差运邮]/,
    re: new RegExp(
      `(?:差价|运费|邮费|差额)[^，]{0,8}?(?:补|退|返|转)|补(?:给${YOU}|${YOU})?(?:点)?(?:差价|运费|邮费|差额)`,
      'g',
    ),
  },
  {
    // 把会员积分补上, 送您一张优惠券: points and coupons are neither goods nor money back.
    kind: 'other',
    gate: /[积券会权]/,
    re: new RegExp(
      `(?:积分|优惠券|券|会员|权益)[^，]{0,10}?(?:补|加|返|发|送|给)|(?:补|加|返|送|发)(?:给${YOU})?[^，]{0,4}?(?:积分|优惠券|券|会员)`,
      'g',
    ),
  },
  {
    kind: 'resend',
    gate: /[补重再在]/,
    re: new RegExp(
      `补发|补寄|重新(?:给${YOU})?(?:下单)?(?:发|寄)|重发|重寄|[再在](?:给${YOU})?(?:发|寄)(?:一个|一份|一件|一次|一|个)|补(?![一两几]?次?货)(?:[一两几][个件份瓶支只条套张双盒包袋本]?|个|上|齐|起|给${YOU})(?:新的)?|(?<=[前点天号早午晚]|(?:跟[着到]|一起|一块)[^，]{0,5})补(?=$|[哈哦呢啦呀吧噢~～＿（(])|补出来|补(?:过去|过来)|(?<=一起|一块)补(?=$|[哈哦呢啦呀吧噢~～＿])|补到${YOU}?(?:手上|手里)|把.{0,8}?补上|补(?=的)`,
      'g',
    ),
  },
  {
    // 把新的寄出, 正确的色号给您寄: a replacement sent without the word 补发; an exchange said in the clause wins.
    kind: 'resend',
    gate: /[新正对]/,
    re: /(?:新的|正确的|对的).{0,10}?(?:寄|发)|(?:寄|发)(?:个|一个|一套|一块|一件)?(?:全新的|新的)/g,
    yieldsTo: new Set<PromiseKind>(['exchange']),
  },
  {
    kind: 'exchange',
    gate: /[换旧新]/,
    re: new RegExp(
      `换货|调换|更换|换给${YOU}|换新(?<!以旧换新)|取旧(?:的)?送新|送新(?:的)?取旧|换(?:过去|过来|出去)|(?<!兑)换(?:[A-Za-z0-9]|[\u4e00-\u9fa5]?(?:码|号))|把[^，]{0,8}?换(?:掉|了)|(?:给|帮)${YOU}(?:把.{0,6}?)?换(?:货)?|(?<!兑)换(?:一|个|件|双|套|只|条|好|码|尺码|颜色|成|大|小|本|款)|换(?<![退调更]换)(?=的)`,
      'g',
    ),
  },
  {
    kind: 'refund',
    gate: /[退返补赔报款打转到同]/,
    re: new RegExp(
      `退款|退钱|退差价|退运费|退邮费|退(?:一半|全款|部分)|全额退|全退|退(?:给)?${YOU}|退(?:到|回)(?:${YOU}的?)?(?:原?支付)?(?:账户|账上|支付宝|微信|银行卡|卡里?|余额)|退回(?!来)|把(?:钱|款)退|(?:给|帮|为)${YOU}(?:把.{0,6}?)?退|返(?:给|还)?${YOU}|返(?:现)?[0-9一二两三四五六七八九十]+|补偿|赔偿|赔付|赔(?:给)?${YOU}|(?:给${YOU})?报销(?:给${YOU})?|打款|原路退|(?:打|转)到${YOU}?的?(?:账户|账上|卡上|支付宝|微信|余额)|到[账帐]|(?:就|会|马上|立刻|今天|明天|下午|上午|晚上|今晚|前|点|早|整单|全单|一定|肯定|尽快|手动|补|稍后|后)退(?:掉|完)?(?=$|[了哈哦呢啦呀吧噢~～的＿]|回去)|(?:点|给${YOU}点)(?:个)?同意`,
      'g',
    ),
  },
  {
    kind: 'ship',
    gate: /[发寄送赶出处走到充包装拉sSjJ顺京]/,
    re: new RegExp(
      `装(?:上)?车|(?:给${YOU}|[俺我])?拉(?:过去|过来)|拉给${YOU}|[全都就](?:给${YOU})?送到(?![了过])|(?<=[点午天前早晚号儿末]|之前|以前)寄回(?!来)|寄回(?:给)?${YOU}|(?:会|就|能|肯定|一定)出去(?=$|[哈哦呢啦呀吧噢喔~～了＿])|(?:随|赶|跟|上)[^，]{0,6}?车走|(?<=(?:礼拜|星期)[一二三四五六日天])[寄发](?=$|[哈哦呢啦呀吧噢喔~～了＿])|发货|发出|发走|发过去|充(?:值|上)(?=$|[哈哦呢啦呀吧噢~～的了＿])|(?:去|就|马上|现在)充(?:值)?|寄出|寄走|寄过去|寄过来|(?:一定|肯定|保证|确保|准时|按时)(?:能|会|可以)?(?:送到|送达|到)(?![了过])|寄给${YOU}|赶出去|[出走](?<=(?:肯定|一定|保证|就|会|能|天|儿|早|午|晚上|号|点|半|前|周[一二三四五六日天]|指定|准时|批|最晚|最迟|仓|先给)[出走])(?=$|[哈哦呢啦呀吧噢~～了＿])|(?:寄|送|发)到(?:${YOU})?(?:手上|手里)|(?:去|就|先|马上|这就)打包(?:出去|好)?(?=$|[哈哦呢啦呀吧噢~～了＿])|打包(?:出去|发出)|(?<=(?:天|儿|早|午|上|点|号))(?:sf|SF|顺丰|jd|京东)(?=$|[哈哦呢啦呀吧噢~～＿])|送(?:过去|过来|给${YOU})|(?:给|帮)${YOU}(?:安排)?(?:发|寄)(?!票)|[发走](?:个|一个)?(?:顺丰|快递|冷链|中通|圆通|韵达|申通|极兔|京东|邮政|EMS|ems|德邦)|出库|(?:发|寄)完(?![了的])|发掉|打好包|第一批(?:就)?(?:发|走)|(?:发|给${YOU}发)(?:卡密|卡|码|兑换码|激活码)(?=$|[哈哦呢啦呀吧噢~～＿，])|交给(?:${COURIER_NOUN}|快递小哥)|送到${YOU}?(?:指定)?的?(?:那家|那个)?(?:门店|店里|家门口|楼下)|准发|就走(?=$|[哈哦呢啦呀吧噢~～的了＿])|处理.{0,3}?(?:单子|订单)|发(?<![打开头沙出收批]发)(?=$|[哈哦呢啦呀吧噢~～的了＿])|寄(?<=(?:就|会|再|去|今天|明天|后天|下午|上午|晚上|马上|明早|今晚|两天|号|周[一二三四五六日天])寄)(?=$|[哈哦呢啦呀吧噢~～的了＿])`,
      'g',
    ),
  },
  {
    kind: 'reply',
    re: new RegExp(
      `回复|答复|回${YOU}|回(?:个|一个)?(?:消息|信儿?|话|准话|准信)|(?:给|跟|和|同|向)${YOU}(?:再)?(?:个|一个)?(?:消息|答复|回复|结果|说法|交代|准信|准话|准数|反馈|回话|信儿?|说|讲|确认|汇报|解释)|给(?:个|一个)(?:说法|交代|答复|回复|准信|准话|准数|结果|反馈|回话)|${INFO_NOUN}.{0,8}?同步(?:过来|过去|给)|告诉${YOU}|通知${YOU}|提醒${YOU}|联系${YOU}|同步(?:给)?${YOU}|反馈给${YOU}|告知${YOU}?|私信${YOU}|(?:给${YOU})?(?<!的|看到|收到)留言|(?:来|再|去|回头)找${YOU}|(?:踢|戳|喊|cue|艾特|@)(?:一下)?${YOU}|给${YOU}回(?:复|话|信|个话)?(?=$|[哈哦呢啦呀吧噢~～＿])|(?:回|给)(?:个)?准话|(?<![寄退送拿带返发收召撤])回(?:个)?话|(?<![寄退送拿带返发收召撤拨打])回(?=$|[哈哦呢啦呀吧噢~～＿])|(?:过会儿?|一会儿?|回头)说(?=$|[哈哦呢啦呀吧噢~～＿])|(?<=就|第一时间|马上|立马)(?:说|讲)(?=$|[哈哦呢啦呀吧噢喔~～＿])|(?<=我|这边|第一时间|马上|就|到了)吱(?:一声|声|一下)(?=$|[哈哦呢啦呀吧噢~～＿])|(?<=了|就|第一时间|挨个|马上)(?:挨个)?(?:通知|说一声|发链接)(?=$|[哈哦呢啦呀吧噢~～＿])`,
      'g',
    ),
  },
  {
    kind: 'other',
    re: new RegExp(
      `(?<![请烦]|(?<![帮给替为])[您你]|您先|你先)(?:补)?拍(?:好|完|一段|几张|个|张|一下|下)?[^，]{0,6}?(?:视频|照片|图|合照)|改(?:个|一下)价|修(?:好|完)|(?:送|拿)去修|(?:核对|验|质检|绣|导)(?:完|好)|链接[^，]{0,6}?挂(?:出来|上)|(?<=[给帮替]${YOU}|[独先再])留(?:[一两几]?[件个条盒双份套只台罐瓶袋]|着)|保留到|结给${YOU}|处理|解决|弄完|(?<=[天午晚上早末点我])弄(?=$|[哈哦呢啦呀吧噢~～＿])|(?:安排|派|约|预约|定|叫)(?:上|好|个|一下|下)?(?:安装|维修|售后|上门)?的?(?:师傅|人|专人|同事|车)|${TECHNICIAN}[^，]{0,10}?(?:约|定|安排|派)(?:好|上|下来)?|拉走|(?:回收|取走)旧|上门|办理|操作|弄好|搞定|落实|备注|登记|审核(?:完|好)|修改|改(?:好|一下|下)?(?:价格?|地址|尺码|颜色|期)|改(?:好|一下|下|成|到|为|过来)|(?:马上|立刻|现在|这就|就|我来|去)改|调(?:到|整到)|(?:帮|给)${YOU}(?:安装|装|调试|申请)|远程|(?:做|刻|定制|赶)(?:好|出来)|出(?:稿|图|效果图|设计图)|(?:回收款|旧机款|补贴|国补|返利)[^，]{0,8}?(?:结|打|发|转)|结(?:掉|清)`,
      'g',
    ),
  },
  {
    // 去翻翻上回的进货单 / 看一眼后台 / 俺打听打听: the agent's own look-up in the shop's records, legwork of kind other.
    kind: 'other',
    legwork: true,
    gate: /[翻查看调打]/,
    re: /(?:去|再|先|我|俺|这就|马上|现在)(?:去|到|上)?(?:后台)?(?:翻|查|看|调)(?:翻|一下|下|一哈|一眼|看|一遍)?(?:上回|上次|之前|一下)?的?(?:后台|记录|进货单|出货本|出货单|监控|账本?|聊天记录|订单|出库单)|打听(?:打听|一下|下)?/g,
  },
  {
    // 我马上帮您查: the agent's own look-up, unless the clause names whom it asks (找快递公司给您查 is logistics).
    kind: 'other',
    gate: /查/,
    re: new RegExp(`(?:帮|给)${YOU}查`, 'g'),
    yieldsTo: new Set<PromiseKind>(['logistics', 'warehouse']),
  },
];

/**
 * 给您开 / 帮您弄 / 发您: an action whose kind is the topic of the clause before (开票信息我记下了，今天给您开; 发票今天开好，
 * 晚上发您邮箱). With no topic, 发您 sends goods (卡密今晚发您).
 */
export const GENERIC_ACTION = new RegExp(
  `(?:给|帮|为)${YOU}(?:开|弄|办|做|搞|整|审核?|过|通过|批)|转(?:给)?${YOU}|开(?:出来|出|好)(?!了)|(?<=[点号天早午晚末]|周[一二三四五六日天])开(?:完|掉)?(?=$|[哈哦呢啦呀吧噢~～＿])|开给${YOU}|发(?<![打开头沙出收批]发)(?:给)?${YOU}|(?:给|帮|为)${YOU}安排(?:上|好|一下)?(?!师傅|人|专人|同事)`,
);
export const GENERIC_SEND = /发/;

/** 去催 / 催一下 / 问问 with no object: legwork aimed at whatever the clause before named (仓库没人了，九点我去催). */
export const GENERIC_LEGWORK = new RegExp(
  `(?:打(?:个)?电话|去|再|我)?(?:催|联系|问问|问一下|问下)(?:一下)?(?:他们|她们|对方)|(?:问|查|核实)(?:清楚|明白)|(?:去|再|(?:帮|给)${YOU})(?:催|问|查|盯|追|跟进|确认|核实)(?:一下|一催|问|一问|查|一查|下|着|催)?|去(?:给|帮)${YOU}找(?=$|[哈哦呢啦呀吧噢~～＿])|(?<=[点午天早晚]|明儿)查(?=$|[哈哦呢啦呀吧噢~～＿])|(?:催|问|查|盯|追)(?:一下|一催|一问|一查)`,
);

/** The kind of legwork a noun names, for GENERIC_LEGWORK and for topics carried from clause to clause. */
const WAREHOUSE_TOPIC = new RegExp(WAREHOUSE_NOUN);
const COURIER_TOPIC = new RegExp(COURIER_NOUN);
const INFO_TOPIC = new RegExp(INFO_NOUN);
const STAFF_TOPIC = new RegExp(STAFF_NOUN);
/** Nouns that name what a generic action (给您开, 给您过, 给您弄) is about, in the clause or the ones before it. */
const NOUN_TOPICS: ReadonlyArray<readonly [RegExp, PromiseKind]> = [
  [/发票|专票|普票|开票|票|抬头|税号/, 'invoice'],
  [/退款|差价|退钱|运费|赔偿|补偿/, 'refund'],
  [/换货|换的/, 'exchange'],
  [/补发|补寄|少的|漏发|缺的/, 'resend'],
  // Top-ups and card codes are delivered like goods (充值我现在去处理 is the order going out).
  [/充值|点卡|卡密|话费|激活码|兑换码/, 'ship'],
];
export function nounTopic(text: string): PromiseKind | null {
  for (const [re, kind] of NOUN_TOPICS) if (re.test(text)) return kind;
  return null;
}

/** What 发您 sends when the clause itself does not say: information named before is a reply, else goods. */
export function sendTopic(text: string): PromiseKind | null {
  if (!INFO_TOPIC.test(text)) return null;
  return MEDIA_NOUN.test(text) ? 'other' : 'reply';
}

/** 处理 / 操作 / 搞定: a verb that only says "do it", which after a concrete promise is that promise again. */
export const GENERIC_DO = /^(?:处理|操作|办理|弄好|搞定|落实|解决|弄)/;

export function legworkTopic(text: string): PromiseKind | null {
  if (WAREHOUSE_TOPIC.test(text)) return 'warehouse';
  if (COURIER_TOPIC.test(text)) return 'logistics';
  // 厂家那我再去催一遍: chasing the shop's own people or suppliers is legwork of kind other.
  if (STAFF_TOPIC.test(text)) return 'other';
  return null;
}

const LEGWORK_KINDS: ReadonlySet<PromiseKind> = new Set(['warehouse', 'logistics']);
const WORDS_TO_BUYER: ReadonlySet<PromiseKind> = new Set(['reply', 'callback']);

const PARTICLE = /[哈哦呢啦呀吧噢喔嘛哟亲~～＿]/;

/** 仓库回复了 / 师傅会先联系您 is someone else's act, which the agent then reports on; it is not the agent's reply. */
const THIRD_PARTY_BEFORE =
  /(?<![让叫请派排][^，]{0,4}|(?:查|问|催|盯|看|联系|找)(?:完|好|了|一下|下)?)(?:快递|厂家|师傅|那边|他们|对方|物流|平台|系统)(?:会先|会|也会|就会|都会|先|也)?$|(?<![让叫请派排])(?:仓库|财务|领导|主管)(?:先|也)?$/;
// The shop's own people who will answer (主管会给您回电话) commit the shop; outside parties (快递会联系您) do not.
/** 换货单号, 退款进度: the kind word names what a noun is about. */
const COMPOUND_NOUN_AFTER = /^(?:单号|申请(?=[^，]{0,4}?提)|进度|流程|原因|地址|信息|记录|政策|规则|运费险|时间|日期|方案|标准|金额|是|的事|这事|那事|这块|那块)/;
const CHASED_BEFORE = /(?:催|盯[着到]?)(?:一下|下)?(?:他们|她们|仓库|库房|对方)?$/;
/** 问下快递公司能不能改地址: what follows the question word is what the agent will ask about, not an action promised. */
const EMBEDDED_QUESTION = /能不能|可不可以|是不是|有没有|还有没|会不会|是否/;

/** A completed act that opens the clause is its condition: 发了第一时间把单号告诉您, 换好了告诉您. */
const DONE_CONDITION = /^(?:了|完|好了?)(?![哈哦呢啦呀吧噢~～的＿]|$)/;

/** `source` is the clause with earlier matches hidden: 问完仓库给您答复 is the agent's reply, the warehouse its object. */
function isMention(text: string, source: string, start: number, end: number, kind: PromiseKind): boolean {
  if ((kind === 'reply' || kind === 'callback') && THIRD_PARTY_BEFORE.test(source.slice(0, start))) return true;
  if (start <= 1 && end - start <= 2 && DONE_CONDITION.test(text.slice(end))) return true;
  if (!WORDS_TO_BUYER.has(kind) && COMPOUND_NOUN_AFTER.test(text.slice(end))) return true;
  // 去仓库盯着出库, 催他们发: the shipment is what the agent chases, not what the agent promises to do.
  if (kind === 'ship' && (CHASED_BEFORE.test(source.slice(0, start)) || CHASED_BEFORE.test(text.slice(0, start))))
    return true;
  const next = text[end];
  // 找仓库的同事: legwork names a place or a team; 的 after it leads to the person asked, not to a thing.
  if (next === '的' && LEGWORK_KINDS.has(kind)) return false;
  if (next === '的') {
    if (text[end + 1] === '话') return false; // 退差价的话… is a topic, not a thing
    const after = text[end + 1];
    // 补发的配件 names a thing; 会给您安排补发的哈 ends the sentence.
    return after !== undefined && !PARTICLE.test(after);
  }
  return /^(?:后|之后|以后)/.test(text.slice(end));
}

/** Every action the clause names, in order of appearance. */
export function findKindMatches(text: string): KindMatch[] {
  const hidden = text.split('');
  let source = text;
  const matches: Array<KindMatch & { yieldsTo?: ReadonlySet<PromiseKind> }> = [];
  for (const { kind, re, gate, yieldsTo, legwork } of PATTERNS) {
    if (gate && !gate.test(text)) continue;
    re.lastIndex = 0;
    let hid = false;
    for (let m = re.exec(source); m; m = re.exec(source)) {
      if (m[0].length === 0) {
        re.lastIndex += 1;
        continue;
      }
      const end = m.index + m[0].length;
      const match = {
        kind: kind === 'reply' && MEDIA_NOUN.test(m[0]) ? ('other' as const) : kind,
        start: m.index,
        end,
        mention: isMention(text, source, m.index, end, kind),
        yieldsTo,
      };
      matches.push(legwork || LEGWORK_KINDS.has(kind) ? { ...match, legwork: true } : match);
      for (let i = m.index; i < end; i++) hidden[i] = '＿';
      hid = true;
    }
    if (hid) source = hidden.join('');
  }
  const asked = matches.find((m) => m.legwork);
  const question = asked ? EMBEDDED_QUESTION.exec(text.slice(asked.end)) : null;
  const askedFrom = asked && question ? asked.end + question.index : Infinity;
  return matches
    .filter((m) => !m.yieldsTo || !matches.some((other) => m.yieldsTo!.has(other.kind)))
    .map(({ yieldsTo: _, ...match }) =>
      match.start >= askedFrom && !WORDS_TO_BUYER.has(match.kind) ? { ...match, mention: true } : match,
    )
    .sort((a, b) => a.start - b.start);
}

const SHIPMENT_DETAIL: ReadonlySet<PromiseKind> = new Set(['resend', 'exchange']);

/**
 * The action the buyer waits for, among the ones the clause really promises (not mere mentions). Of two with the same
 * priority the later wins: conditions come first in Chinese (等仓库回复了我告诉您). A shipment whose goods are named as a
 * resend or an exchange (给您补发的配件今天寄出) is that resend or exchange.
 */
export function pickKind(matches: readonly KindMatch[]): KindMatch | null {
  let best: KindMatch | null = null;
  for (const match of matches) {
    if (match.mention) continue;
    if (!best || KIND_PRIORITY.indexOf(match.kind) <= KIND_PRIORITY.indexOf(best.kind)) best = match;
  }
  if (best?.kind === 'ship') {
    const detail = matches.find((m) => m.mention && SHIPMENT_DETAIL.has(m.kind));
    if (detail) return { ...best, kind: detail.kind };
  }
  return best;
}
