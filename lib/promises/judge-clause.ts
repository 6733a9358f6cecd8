/**
 * Is a clause that names an action the agent's commitment to do it? Checked in this order, the first that applies wins:
 *
 * - quote:    the buyer's words given back (您说的…, 您的意思是…); quoted text itself is masked before this.
 * - question: a question or a proposal waiting for the buyer's yes (需要给您开发票吗, 明天给您发，可以吗).
 * - offer:    a conditional offer the buyer has not accepted (您需要的话可以给您补发, 也可以给您退差价); a condition on
 *             the buyer in the clause before counts too (如果您不满意，我们给您退款; 您可以在订单页点催发货，仓库会优先
 *             处理). A condition on an event the agent waits for (有结果的话, 到货后) is not an offer: that promise holds.
 * - conditional: goods or money promised only if a search succeeds or a problem persists (找到了给您寄, 明天还没动我再
 *             给您补发). A word back after a result (查到了告诉您) still holds: the agent answers either way.
 * - policy:   how the shop works in general (一般48小时内发货, 下午四点前付款当天发, 寄回后仓库签收给您退款). A promise
 *             that waits on the buyer's own act (付款, 寄回, 签收) is policy too: nothing is due until the buyer acts.
 *             The shop's own receipt alone (仓库一签收就给您退) is not: the promise holds, due when the result comes.
 * - report:   done already (已经给您退款了, 刚刚补发了, 给您换好了), going on now (现在在跟快递核实), or said in this
 *             very message (提前跟您说一声).
 * - fact:     someone outside the shop acts (快递员明天会给您打电话, 物流明天给您派送): a forecast, not the agent's word.
 *             Legwork aimed at them (快递那边我去催) is the agent's act.
 * - negation: 今天发不了, 没办法给您退款, 不支持换货.
 * - request:  the buyer is asked to act (您明天收到后确认一下, 麻烦您把商品寄回来). 您 as owner (您这单, 您的退款, 您要
 *             的发票) is not the buyer acting.
 * - none:     no sign the agent commits, or only a need (我得问下技术: a reason given, not a step promised). Signs that count: 给您/帮您/为您 or an action aimed at 您 (回复您, 通知您),
 *             the agent or the shop as subject (我, 我们, 这边, 仓库), 保证/一定/肯定/争取/安排, or any time said
 *             (明天发出), vague ones included (马上安排).
 */
import { AGENT, YOU } from './address-words';
import type { KindMatch } from './classify-kind';

export type NonPromiseReason =
  | 'quote'
  | 'question'
  | 'offer'
  | 'conditional'
  | 'policy'
  | 'report'
  | 'fact'
  | 'negation'
  | 'request'
  | 'none';
export type Verdict = 'promise' | NonPromiseReason;

export interface ClauseContext {
  /** The clause, width-normalised, with quotes and polite set phrases masked. */
  text: string;
  /** The delimiters after the clause. */
  terminator: string;
  /** The action picked for the clause. */
  action: KindMatch;
  /** A time (exact or vague) was said in the clause or carried over from a time-only clause before it. */
  hasTime: boolean;
  /** An exact time (not only a vague word) was said or carried over. */
  hasExactTime: boolean;
  /** The clause before, in the same sentence (masked like `text`), if any. */
  previous?: string;
  /** The clause after, in the same sentence, if any. */
  next?: string;
  /** The clause before, in the same sentence, was a promise: a plain next step (…，换货的新衣服同步寄出) continues it. */
  afterPromise?: boolean;
}

const QUOTE = new RegExp(
  `^${YOU}(?:刚才|刚刚|刚|之前|上次|昨天|昨晚|前面)?(?:说|讲|问|提到|备注|留言)|^${YOU}(?:的意思|意思是|是说)|买家(?:说|留言|备注)`,
);

const QUESTION_WORDS =
  /要不要|需不需要|用不用|是否|能不能|可不可以|行不行|好不好|对不对|可以吗|好吗|行吗|方便吗|是吗|对吗|还是|什么时候|什么|哪|怎么|多少/;
const QUESTION_END = /(?:[吗么嘛]|不|没有?|对吧|是吧|好吧)$/;
/** 给您答复能不能加急, 问下能不能给您优惠: the question is what the agent will answer or ask, not one put to the buyer. */
const EMBEDDING_VERB =
  /答复|回复|告诉|通知|问(?:一?下|问)?|确认(?:一下)?|看看|看一下|看下|查(?:一?下|查)?|核实(?:一下)?|对(?:一?下)|说说|说下|说明|商量|讲(?:一?下|讲)?|教/;
const CONFIRMATION =
  /^(?:您看|这样)?(?:可以|好|行|方便|同意|怎么样|如何|ok|OK)(?:吗|么|不|嘛|呢|吧)?$|^您看(?:呢|怎么样|如何|行吗|可以吗)?$/;

const OFFER = new RegExp(
  `^(?:中|行|可以|好|同意|愿意|接受|没问题|满意|要|需要|觉得行|觉得可以|ok|OK)的话|^要[^，]{0,6}?的话|^(?:顺丰|中通|圆通|韵达|申通|极兔|京东|邮政|EMS|德邦|快递)的话|(?:需要|想要?)[^，]{0,6}?的话|(?:如果|要是|假如|若是?|如需|只要|万一).{0,8}?${YOU}|(?<![给帮为替跟和向对发传])${YOU}(?:要是|如果|需要|要的话|想要?|同意|愿意|接受|不介意|方便的话|看|觉得|不满意|不喜欢|不想)|需要的话|的话.{0,4}?(?:可以|能)|(?:可以|也可以|还可以|都可以)(?:先)?(?:给|帮|为)${YOU}`,
);
/** 退款或者补发 offers a choice; 答复您是修还是换 names what the answer will settle. */
const CHOICE = /或者|或是|还是/;
const BUYER_CONDITION = new RegExp(
  `^(?:如果|要是|假如|只要)[^，]{0,10}?(?:付款|付了|下单|拍下?|同意|确认|选|需要|改)|${YOU}(?:要是|如果|假如|若是?)|(?:找|联系|告诉)我$|^${YOU}?先(?:拍|付款|下单)|(?:需要|要|想)[^，]{0,6}?的话|(?:跟|和|告诉)我(?:说|讲)?(?:一声|一下)?$|联系我$|(?:如果|要是|假如|若是?|如需|只要|万一).{0,8}?${YOU}|${YOU}.{0,10}?的话$|需要的话$|^${YOU}(?:需要|要(?!的)|想|同意|愿意|接受|不介意|不满意|不喜欢|觉得|看|可以|自己|直接)|(?:就行|就可以了?|就好)$|的话$|(?:要是|如果|假如|万一).{0,8}?(?:没|不)|(?:没|不)[^，]{0,4}的话`,
);
/** 回电的话，我今天六点前打给您: "as for the callback", a topic, not a condition on the buyer. */
const TOPIC_ONLY =
  /^(?:那个|这个|您那个|你那个|您的|你的|您要的|你要的)?(?:回电|电话|发票|专票|普票|票|退款|差价|换货|补发|快递|物流|单号|赔偿|补偿)(?:的事|这事|那事|这块|那块)?的话$/;
/** 物流一直不动的话: a condition on the parcel, not on the buyer; the agent's legwork then still holds. */
const EVENT_CONDITION = /^(?:物流|快递|包裹|货|件)/;
/** 您那边现在不方便的话: the buyer's availability sets when the agent calls back, not whether. */
const BUSY_BUYER = /不方便|在忙|没空|不在/;
/** 麻烦您稍等 (masked): courtesy, no act asked of the buyer. */
const POLITE_ONLY = /^(?:麻烦|请|辛苦|劳烦)?[＿]*$/;
const CONDITIONAL = /^(?:等)?(?:找到|找着|找得到)(?:了|的话)?|还(?:没|不|是没).{0,8}?再|不行的话|不够的话/;
const WORD_BACK: ReadonlySet<string> = new Set(['reply', 'callback']);

const POLICY =
  /^(?:以后|今后|往后|下次)|也(?<![给帮为替][您你]也)(?=发货|寄|送货|上班|营业|正常|照常)|一般|通常|一直(?:都)?是|一向|向来|历来|从来都|正常情况|正常来说|默认|截单|付款|拍下|(?<!给您|帮您|重新)下单|前拍的|拍的当天|[点前]的(?:单|订单)(?!号)|付完款|付好款|下完单|的订单|(?<![您你]|换货|退货|补发|售后)的单子|订单(?:都|会|一律)|预售|按.{0,4}?顺序|为准|(?<![给帮为替](?:您|你)|好|[点午天早晚号儿末]|之前|以前)寄回(?!给?(?:您|你))|退回(?:后|之后|以后)|(?<!(?:仓库|库房|我们|这边|那边)一?)签收|收到(?:货|退货|商品|寄回|退回)?(?:后|之后|以后)|(?:完成|通过|成功|提交|申请)(?:后|之后|以后)|确认收货(?!地址|人|信息)|审核(?:后|之后|通过后|完成后)|(?<!(?:今天|明天|后天|今晚|明早|稍后|马上|晚点|一会儿?)[^，]{0,6})原路(?![^，]*?(?:今天|明天|后天|今晚|明早|稍后|马上|晚点|一会))|一律|照常(?<!(?:您|你)(?:这|那|的)[^，]{0,12}照常)|规定|政策|自动|运费险|会(?:有)?(?:延迟|延误|推迟|顺延)|时效|顺延/;
/** 双十二发货会慢一点, 回你会慢点: a slowdown foretold, not a promise. */
const SLOWDOWN = /(?:会|都|要)(?:慢|晚)(?:一点|一些|点|一两天)?(?=$|[，,。哈哦呢啦呀吧噢~～＿])/;
/**
 * Only policy when nothing ties it to this buyer: 周末正常发货 is policy; 明天正常给您发 and 我们后天统一安排发货 are not
 * (addressed to the buyer, or the shop naming a day).
 */
const WEAK_POLICY = /最后(?:一[天批班趟]|发货日|的发货)|统一|正常|平时|每天|都是|都会|都在|现货|恢复|陆续|第二天|次日|隔天/;
const ADDRESSED = new RegExp(`(?:给|帮|为|替)${YOU}`);
/** 你这单1月1号照常发: the routine said of this buyer's order with its day is a plan for it. */
const OWN_ORDER = new RegExp(`${YOU}(?:这|那|的)(?:一?单|订单|件|台)`);
/** The buyer's own steps a routine waits on. */
const BUYER_ACT = /付款|付完|拍下|拍的|下单|下的单|签收|确认收货|申请|寄回|退回|收到/;
/** What only this buyer is owed (an invoice, a resend, an exchange, money back): done with a batch, still theirs. */
const OWN_THINGS: ReadonlySet<string> = new Set(['invoice', 'resend', 'exchange', 'refund']);
const AGENT_SUBJECT = new RegExp(`${AGENT}|仓库`);
/** A day named for this order (您这单周六肯定出, 发票下周一统一开), not a routine (每周一统一发). */
const SPECIFIC_DAY = /今天|明天|后天|今晚|明早|(?:下|这|本)(?:周|礼拜|星期)[一二三四五六日天]/;
/** The routine words a specific day turns into this order's plan; 恢复/陆续/现货 stay policy whatever day is named. */
const BATCH = /统一|正常/;
/** 退款要周一才能审: a constraint on when something can happen, not a commitment to do it. */
const CONSTRAINT = /要.{0,6}?才(?:能|可以|会|[走发到出])|才(?:能|可以)|(?<!就|再)才[发寄走出开退]|得等到?/;

/** 上回跟您说一周内到货, 本来说今天下午给您回电话的: an earlier word recounted, not given now. */
const RECOUNTED = new RegExp(`(?:上回|上次|本来|原本|原来|当时)(?:跟|和|给)?${YOU}?(?:说|讲|答应|约|承诺|说好)`);
const REPORT_BEFORE =
  /以经|上周|上礼拜|上星期|上个月|已经|已(?=[为给帮发寄退换开安处申联催])|刚刚|刚才|刚(?=[给帮发寄退换开安处申联催])|(?<![一明今清大])早就|昨天|昨晚|昨儿|昨日|前天|前几天|之前(?:就|已)/;
/** Going on as the agent writes: 现在在跟快递那边核实, 正在给您处理. */
const PROGRESSIVE = /正在|(?:现在|这边|还|我)在(?=跟|和|给|帮|处理|核实|查|联系|催|问|打)/;
/** 到了我在跟您说, 看完了在回您: after a step still to come, 在 is 再 mistyped, not "going on now". */
const TYPO_AGAIN = /(?:了|完|好)(?:我|这边)?在/;
/** 提前跟您说一声: the message itself is the word to the buyer. */
const PERFORMATIVE = new RegExp(`(?:提前|先)(?:跟|和|给)${YOU}(?:说|讲)(?:一声|一下)?`);
const FUTURE_WORD = /会|要|就要|马上|立刻|这就|等下|稍后|明天|后天|下周|待会|一会|晚点|再|明早|明晚|上班/;
/** 今儿就给您把退款退了: 就/把 with a time said make the 了 one of a plan done by then. */
const PLANNED = /就|把|先|一定|肯定|保证|争取/;
// 过 in 寄过去 / 发过来 is a direction, not the past.
const DONE_AFTER = /^(?:了|过(?![去来])|完了|好了)/;
const PAST_DE = /^(?:去|来|过去|过来)?的$/;
/** 把…V了 with a time or a next-step word is a plan (明儿下午帮您把发票开了, 一上班我先把您这单发了). */
const PLAN_STEP = /先|再|就|会|要|一定|肯定|保证|争取|尽量/;
/** A 了 after an embedded question belongs to it, not to the action (问一下仓库是不是发错了). */
const EMBEDDED_QUESTION = /是不是|有没有|能不能|可不可以|是否|会不会|还有没|到哪|在哪|哪里|哪儿|为啥|为什么|怎么回事/;
const TRAILING_PARTICLES = /[哈哦呢啦呀吧噢喔哟~～＿的]+$/;

/** 旧的快递员上门取: a courier or the platform acting right before the verb, wherever the clause starts. */
const THIRD_PARTY_ACTOR =
  /(?:快递员?|快递小哥|快递师傅|派件员|配送员|平台|系统)(?:会先|会|也会|就会|明天|今天|后天|下午|上午|晚上|自动)?$/;
/** 仓库那边说明天发, 师傅说明天上门: someone else's word passed on, not the agent's. */
const HEARSAY =
  /(?:仓库|库房|快递|物流|顺丰|中通|圆通|韵达|申通|极兔|邮政|德邦|配送站|网点|驿站|站点|品牌方?|师傅|厂家|工厂|财务|他们|那边|领导|主管|同事|系统|主播|小二|老板|店长|运营|平台|页面|详情页|公告)(?:公司)?(?:客服|的人)?(?:那边)?(?:说|讲|反馈|回复|表示|通知|答复|告诉我|上?写(?:了|着|的))(?:说|我们?)?(?!明(?![天早晚儿日]))/;
/** 到货前会有短信提醒: the system's notice, not the agent's. */
const AUTOMATIC_NOTICE = /会有(?:短信|消息|电话|系统|通知)|(?:系统|平台|运营商|银行)(?:会|也会)?(?:自动)?(?:发)?(?:短信|消息)?(?:提醒|通知)/;
const THIRD_PARTY_SUBJECT =
  /^(?:快递员?|快递小哥|派件员|配送员|物流|顺丰|中通|圆通|韵达|申通|极兔|京东快递|邮政|驿站|平台|系统)(?![的那这单信])/;

const NEGATION_BEFORE = /不|没|别(?![的家人处])|无法|未|停/;
/** 不会不给您开发票 commits twice over. */
const DOUBLE_NEGATION = /(?:不会|不可能|不能|没有|没)不/;
/** 退款这块我们没法加快: the action named as a topic, then refused. */
const FRONTED_NEGATION = /没法|无法|没办法|做不到|办不到|(?<!能)不能(?!不)|不支持|不是(?!不)/;
const NEGATION_AFTER = /^.?(?:不了|不出|不到|不掉|不来|不成|不过来)|^[^，]{0,8}?(?:不敢|不能|没法|不好)(?:答应|保证|打包票|承诺)/;

const REQUEST_START = new RegExp(
  `^(?:麻烦|请|辛苦|劳烦|记得|务必|建议)|^${YOU}(?=先|把|记得|自己|直接)|^${YOU}.{0,14}?(?:就可以了?|就行了?|即可)$`,
);
/** 到货通知可以点商品页的“到货提醒”, 您在页面点一下就行: how the buyer can do it, not what the agent will do. */
const HOW_TO = new RegExp(
  `可以(?<![我这边们]可以)(?:点|去|到|在|自己|直接)|${YOU}在[^，]{0,8}?(?:点|操作)[^，]{0,4}?(?:就行|即可|就可以)`,
);
/** 下周一之前请把退货寄出: 请 before the buyer's act, wherever it stands (not 申请, 请示). */
const REQUEST_ANYWHERE = new RegExp(`(?<!申)请(?=把|${YOU}|尽快|及时)`);
/** 您 that is not the object of the agent's action (给您, 帮您 …) makes the buyer the one who acts. */
const BUYER_SUBJECT =
  /(?<![给帮为替跟和向对让问找系知诉])(?:您|你|侬)(?![们的这那]|[^，]{0,5}?(?:要的|买的|订的|拍的|选的|说的|提的|反馈的|申请的|填的|留的)|家的|之前|上次|刚才|昨天)/;
const AGENT_BEFORE = new RegExp(`${AGENT}|客服`);

/** 我得问下技术: a need explained, not a step promised; 我好给您登记: the purpose of the buyer's act. */
const NECESSITY = /(?:我|这个?|那个?)得(?=[问去找跟查看])|得先|(?:我|这边)好(?=[给帮为])|以便|好让/;
/** …unless the next clause answers once the asking is done (我得问下快递公司，问清楚了今天下午回您). */
const AFTER_ASKING = /^(?:等)?(?:问|确认|核实|查)(?:清楚|好|完|到)/;
/** 这个得问一下保税仓，上午回您消息 / 睡醒了就去查物流，中午前跟您说: legwork the answer after it depends on is a step promised. */
const WORD_BACK_NEXT = new RegExp(`回(?:${YOU}|复|话|个话)|答复|(?:告诉|通知)${YOU}|(?:跟|和|给)${YOU}(?:说|讲|个|消息)`);
/** 到账可能要明天: a guess at when money lands, not the agent's act. */
const MONEY_LANDS = /到[账帐]/;
/** 系统显示明天到账, 银行那边到账: someone else's forecast of the money. */
const MONEY_SOURCE = /显示|系统|银行|平台/;
/** A day or a deadline for this money (后儿到账, 中午之前到账), not a span (一到三天到账). */
const DAY_OR_DEADLINE = /前|今天|明天|后天|今晚|今儿|明儿|后儿|[点号]/;
const HEDGE = /可能|估计|应该|预计|大概|一般/;

const BUYER_WORD = new RegExp(YOU);
const COMMITMENT = new RegExp(`(?:给|帮|为|替)${YOU}|${AGENT}|仓库|客服|保证|一定|肯定|争取|尽量|安排|务必`);

/** 等仓库回复了 awaits the word; only a word already given is hearsay. */
export function isHearsay(text: string): boolean {
  const m = HEARSAY.exec(text);
  return m !== null && !/等到?$/.test(text.slice(0, m.index));
}

function onlyBatch(text: string): boolean {
  return WEAK_POLICY.test(text.replace(new RegExp(BATCH.source, 'g'), '')) === false;
}

function stripParticles(text: string): string {
  return text.replace(TRAILING_PARTICLES, '');
}

export function isQuestion(text: string, terminator: string): boolean {
  if (/[？?]/.test(terminator)) return true;
  const stripped = stripParticles(text);
  const embedding = EMBEDDING_VERB.exec(text);
  // 我去仓库看看您那单打包没: the yes/no question is what the agent will find out, not one put to the buyer.
  // …问下厂家有没有: an A-not-A question after the verb is what the agent will ask too.
  if (QUESTION_END.test(stripped) && !(embedding && /[没不]$|(.)[没不]\1$/.test(stripped) && embedding.index > 0))
    return true;
  return QUESTION_WORDS.test(embedding ? text.slice(0, embedding.index) : text);
}

export function judgeClause(ctx: ClauseContext): Verdict {
  const { text, action } = ctx;
  const before = text.slice(0, action.start);
  const after = text.slice(action.end);
  // For patterns that look ahead into the action's first character (我得问, 现在在跟).
  const beforeAndFirst = text.slice(0, action.start + 1);

  if (QUOTE.test(text)) return 'quote';
  if (isQuestion(text, ctx.terminator)) return 'question';
  if (ctx.next !== undefined && CONFIRMATION.test(stripParticles(ctx.next))) return 'question';

  if (OFFER.test(text)) return 'offer';
  const embedding = EMBEDDING_VERB.exec(text);
  if (CHOICE.test(embedding && embedding.index < action.end ? text.slice(0, embedding.index) : text)) return 'offer';
  if (
    ctx.previous !== undefined &&
    BUYER_CONDITION.test(stripParticles(ctx.previous)) &&
    !TOPIC_ONLY.test(stripParticles(ctx.previous)) &&
    !(action.legwork && EVENT_CONDITION.test(ctx.previous)) &&
    !(WORD_BACK.has(action.kind) && BUSY_BUYER.test(ctx.previous))
  )
    return 'offer';
  // 麻烦您把照片发我，我这边登记: what the agent does next waits on the buyer's act, so nothing is due yet.
  if (
    ctx.previous !== undefined &&
    REQUEST_START.test(ctx.previous) &&
    !POLITE_ONLY.test(ctx.previous) &&
    !ctx.hasTime
  )
    return 'policy';
  if (!WORD_BACK.has(action.kind) && CONDITIONAL.test(text)) return 'conditional';

  // 我去问下仓库有没有现货: what the agent will ask about is not the shop's routine.
  // 中午之前答复哪个色还有现货: what follows a word to the buyer is what the answer is about.
  const asked = action.legwork ? EMBEDDED_QUESTION.exec(text.slice(action.end)) : null;
  const own = asked ? text.slice(0, action.end + asked.index) : WORD_BACK.has(action.kind) ? text.slice(0, action.end) : text;
  // 十月八号开工后按顺序为您发出 / 下午三点前原路给您退回去: the routine word said of this buyer's own thing, on a day
  // named, is a plan for it — unless it waits on the buyer's own act (付款, 下单, 签收).
  const ownPlan = ctx.hasExactTime && ADDRESSED.test(text) && !BUYER_ACT.test(text);
  if ((POLICY.test(own) && !ownPlan) || SLOWDOWN.test(text)) return 'policy';
  if (
    WEAK_POLICY.test(own) &&
    !ADDRESSED.test(text) &&
    !(ctx.hasExactTime && OWN_ORDER.test(text)) &&
    !(ctx.hasExactTime && AGENT_SUBJECT.test(text)) &&
    !(ctx.hasExactTime && SPECIFIC_DAY.test(text) && !/每/.test(text) && onlyBatch(text)) &&
    // 发票周一统一开 / 赠品下午统一补寄 / 11月1号统一发，您这单排第一批: this buyer's own invoice, resend or refund, or
    // their order named next, done with the batch (27 of 63 labelled 统一 lines are such promises).
    !(
      ctx.hasTime &&
      onlyBatch(text) &&
      !(ctx.previous !== undefined && POLICY.test(ctx.previous)) &&
      (OWN_THINGS.has(action.kind) || (ctx.next !== undefined && OWN_ORDER.test(ctx.next)))
    )
  )
    return 'policy';
  if (CONSTRAINT.test(text) && !ADDRESSED.test(text) && !OWN_ORDER.test(text)) return 'policy';
  if (HOW_TO.test(text)) return 'request';

  if ((PROGRESSIVE.test(beforeAndFirst) && !TYPO_AGAIN.test(beforeAndFirst)) || PERFORMATIVE.test(text)) return 'report';
  const recounted = RECOUNTED.exec(text);
  if (recounted && recounted.index < action.start) return 'report';
  // Searched in the whole clause: 已(?=帮) must see the 帮 that starts the action.
  // Up to the action's last character: an object-fronted action (发票昨天就开) holds its time word inside.
  const reportAt = text.search(REPORT_BEFORE);
  if (reportAt !== -1 && reportAt < action.end - 1 && !FUTURE_WORD.test(text.slice(reportAt + 2))) return 'report';
  // 退款昨天就点了: the past word after the fronted noun, the 了 closing it.
  if (reportAt !== -1 && /了$/.test(stripParticles(text)) && !FUTURE_WORD.test(text.slice(reportAt + 2))) return 'report';
  // 把 may open an object-fronted action (再去催财务把票开了), so it is looked for up to the action's end.
  const upToAction = text.slice(0, action.end);
  // 退款我今晚就给您点了: with the object fronted, the plan word stands after the action's noun.
  const planned =
    (ctx.hasExactTime && PLANNED.test(action.start === 0 ? stripParticles(text).replace(/了$/, '') : before)) ||
    (/把/.test(upToAction) && (PLAN_STEP.test(before) || ctx.hasExactTime));
  if (DONE_AFTER.test(after) && !planned) return 'report';
  // 今天早上发出去的: 是…的 tells when it was done.
  if (
    PAST_DE.test(after) &&
    /[出发寄走退开到去来]$/.test(text.slice(action.start, action.end)) &&
    !FUTURE_WORD.test(text) &&
    !PLAN_STEP.test(before)
  )
    return 'report';
  const stripped = stripParticles(text);
  if (stripped.endsWith('了') && !EMBEDDED_QUESTION.test(after) && !FUTURE_WORD.test(text) && !planned) return 'report';

  if (
    action.kind !== 'logistics' &&
    THIRD_PARTY_SUBJECT.test(text.replace(/^[＿亲]+/, '')) &&
    !AGENT_BEFORE.test(before)
  )
    return 'fact';
  // 快递拦截我这就去申请: the courier named as a topic, then the agent acts.
  if (AUTOMATIC_NOTICE.test(text)) return 'fact';
  if ((THIRD_PARTY_ACTOR.test(before) && !AGENT_BEFORE.test(after)) || isHearsay(before)) return 'fact';
  // 退款财务那边说了今天能到: a topic named first, then someone else's word about it.
  if (action.start <= 1 && isHearsay(after) && !AGENT_SUBJECT.test(after)) return 'fact';
  // 到账 alone is the money's doing; it is the agent's word only right after a refund promise (给您退，一会儿就到账).
  if (
    MONEY_LANDS.test(text.slice(action.start, action.end)) &&
    (HEDGE.test(text) ||
      (!ctx.afterPromise &&
        !ADDRESSED.test(text) &&
        !AGENT_SUBJECT.test(text) &&
        // 退款今晚十点前到账: a time said without a hedge or a source is the agent's word on this refund.
        !(ctx.hasExactTime && DAY_OR_DEADLINE.test(text) && !MONEY_SOURCE.test(text))))
  )
    return 'fact';

  const window = before.slice(-8);
  if (NEGATION_AFTER.test(after)) return 'negation';
  const fromAction = text.slice(action.start);
  if (action.start <= 1 && FRONTED_NEGATION.test(fromAction) && !DOUBLE_NEGATION.test(fromAction)) return 'negation';
  if (NEGATION_BEFORE.test(window) && !DOUBLE_NEGATION.test(window)) return 'negation';

  if (REQUEST_START.test(text) || REQUEST_ANYWHERE.test(text) || BUYER_SUBJECT.test(before)) return 'request';

  const answerAfter = action.legwork === true && ctx.next !== undefined && WORD_BACK_NEXT.test(ctx.next);
  if (NECESSITY.test(beforeAndFirst) && !(ctx.next !== undefined && AFTER_ASKING.test(ctx.next))) return 'none';
  const aimedAtBuyer = BUYER_WORD.test(text.slice(action.start, action.end));
  if (aimedAtBuyer || ctx.hasTime || COMMITMENT.test(text) || ctx.afterPromise || answerAfter) return 'promise';
  return 'none';
}
