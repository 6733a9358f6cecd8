import { describe, expect, it } from 'vitest';
import { createRedlineEngine, type CategoryId, type PlatformId } from '../../../lib/redline';

/*
 * Rules are frames — object + verb class + modifiers in any order, with gaps — not sentences. Each table lists the
 * shapes a category's frames must reach (verb classes, word orders, synonyms, numerals) and the look-alikes they must
 * leave alone. None of these sentences is in the tuning sets.
 */

const engines = new Map<PlatformId, ReturnType<typeof createRedlineEngine>>();
function check(text: string, platform: PlatformId = 'generic') {
  let e = engines.get(platform);
  if (!e) engines.set(platform, (e = createRedlineEngine({ platform })));
  return e.check(text);
}
const show = (text: string) => JSON.stringify(check(text).map((f) => [f.rule, text.slice(f.start, f.end)]));

interface Frames {
  category: CategoryId;
  /** [shape it exercises, reply]: must be flagged with the category. */
  fires: Array<[shape: string, text: string]>;
  /** [why it is fine, reply]: must not be flagged at all. */
  clean: Array<[why: string, text: string]>;
}

const FRAMES: Frames[] = [
  {
    category: 'invoice_refusal',
    fires: [
      ['refuse, object first, adverb between', '发票这块真的搞不定哈，见谅'],
      ['refuse, recipient after the verb', '票的话给不了您，抱歉'],
      ['refuse across a question mark', '发票？我们这边没有的哈'],
      ['refuse with a condition', '个人抬头的发票我们不开哦'],
      ['charge with a modifier and a plain verb', '开票的话需要另外付3个点'],
      ['charge by rate', '开具发票按8%收取税费'],
      ['charge: fee words', '电子票也要收10元服务费哦'],
      ['charge: the buyer bears the tax', '可以开，就是税点需要您自己承担'],
      ['charge: price goes up', '含税的话每件贵12块'],
      ['lose a perk for the invoice', '开票的话满减就用不了了'],
      ['receipt instead', '给您打个收据行不行'],
    ],
    clean: [
      ['negated charge', '开票不额外收钱，放心'],
      ['double negation', '不会不给您开票的'],
      ['another shop does it', '有的店开票要加点，我们家直接开'],
      ['quoted and denied', '“开票加税点”这种话您别信'],
      ['a delay that promises the invoice', '今天开不了，明天上班第一时间给您开'],
      ['paper vs electronic, both offered', '发票是电子的，订单页可以下载'],
    ],
  },
  {
    category: 'return_refusal',
    fires: [
      ['refuse with two auxiliaries', '尺码问题我们不负责给退'],
      ['refuse: object, question mark, verb', '退货？我们这边不办理的'],
      ['only quality problems', '我们只接受质量问题的退货'],
      ['only-if condition', '只有发错货才能退'],
      ['not a reason', '不喜欢不算退货理由'],
      ['not in scope', '色差不在售后范围哦'],
      ['shortened window', '收货三天内才可以退，过了就不行'],
      ['shortened window in hours', '我们家无理由退货只有24小时'],
      ['unpacked / tried on', '上身试过了就不能退了'],
      ['sale item', '福利款不支持七天无理由'],
      ['deduction', '退货要扣20元折旧费'],
      ['returned goods refused', '寄回来我们也不收的'],
      ['exchange only', '只能换不能退哦'],
    ],
    clean: [
      ['lawful goods: made to order', '照片定制的商品不支持七天无理由，页面有标注'],
      [
        'lawful when shown at purchase: opened food',
        '亲，零食属于食品，拆封后不支持无理由退货（下单页已提示）；没拆封的7天内可以退',
      ],
      ['lawful when shown at purchase: underwear', '内裤属于贴身衣物，拆封后不支持无理由退，详情页有注明'],
      ['presale deposit forfeited by the rules', '预售定金在不付尾款时不退，预售规则写明了'],
      ['A-not-A question', '三天内给您答复能不能退'],
      ['double negation', '我们从不拒绝合理的退货'],
      ['a warranty exclusion, not a return', '进水、摔坏不在免费保修范围内，可以有偿维修'],
      ['refund without return is more, not less', '直接给您仅退款，不用退货了'],
    ],
  },
  {
    category: 'off_platform',
    fires: [
      ['heart disguise', '加薇❤：abc_1234 领小样'],
      ['heart with variation selector', '加我V❤️发图'],
      ['digits split by emoji', '我的号码是13🌸86🌸77🌸90🌸32'],
      ['Q alone', 'Q我：87654321'],
      ['other chat apps', '钉钉号 dd_shop01，加了拉您进群'],
      ['own shop outside the platform', '我们有自己的小程序，在那边下单便宜'],
      ['bypass the marketplace', '下次来我们官网买，不用走京东'],
      ['contact on the parcel card', '电话在包裹的卡片上，直接打'],
    ],
    clean: [
      ['WeChat Pay as a checkout method', '付款可以选微信支付或支付宝'],
      ['one negator, two objects', '我们不会让您加微信或者私下转账'],
      ['a warning, coordinated and negated', '…不会让您私下转账或提供验证码，遇到类似情况请提高警惕'],
      ['not A and not B', '我们不加微信也不私下交易'],
      ['official site to check authenticity', '扫码到品牌官网查询真伪，放心购买'],
      ['an order number', '原单号码是123456的那单已经发货了'],
    ],
  },
  {
    category: 'review_manipulation',
    fires: [
      ['review … long gap … reward', '给个好评嘛亲，不给好评老板要扣我工资，给了我私人发你个红包'],
      ['reward: discount level', '您给个好评，我把您升成VIP，以后都打九折'],
      ['reward: cheaper next time', '写个好评，下次来买给您便宜点'],
      ['reward: lottery', '五星评价可以参加抽奖'],
      ['hold back a bad review for money', '能不能先不给差评，我补偿您20'],
      ['delete, far from the bad review', '看到您的差评了，是我们打包没做好，删了我马上转您50'],
      ['dictated text', '追评写一句“质量很好”就送您一包湿巾'],
      ['censored text', '评价里别提色差的事儿哈'],
      ['threat', '再给我们差评试试'],
    ],
    clean: [
      [
        'library reply: voluntary, no rebate',
        '亲，收到宝贝满意的话，方便时可以给我们一个评价，真实分享您的使用感受就好，评价全凭自愿，我们不做返现哦',
      ],
      ['negation in front of the whole frame', '我们不会因为好评给任何奖励'],
      ['the shop will improve', '我们会改进差评里提到的问题'],
      ['another actor', '如果有人以店铺名义让您删差评换钱，请直接举报'],
      ['no need to change it', '评价里提到的问题我们补发一个新的，评价您不用改'],
    ],
  },
  {
    category: 'order_manipulation',
    fires: [
      ['confirm first, as a question, then resend', '先确认收货好吗？确认之后缺的我们马上给补'],
      ['confirm "it", parcel context', '快递显示签收了，您先确认一下吧，没到我们再补'],
      ['price difference after receipt', '您先拍原价，收到货后我再返您差价'],
      ['cancel and order again, far apart', '这单能不能先申请取消，我们重新给您下一单'],
      ['cancel then trade privately', '要不您先把这单取消，我们私下交易'],
      ['soft reason, quoted', '退款原因选“其他”就行'],
      ['change the claim', '售后申请里的“未收到货”改成“已收到货”'],
      ['withdraw, object first', '退款申请帮忙撤销一下哈'],
      ['close the complaint', '建议您先把投诉关了，我们再聊'],
      ['settle privately', '别走售后了，我这边线下给您处理'],
      ["don't press the button", '催发货那个按钮别点了'],
      ['the platform is slow', '走平台退货流程太慢了，您直接寄回来'],
      ['ship fewer than bought', '您拍两件，我只发一件，凑个满减'],
    ],
    clean: [
      ['brief borderline: an unpaid order closes by itself', '付款的订单超时会自动关闭,您重新选好规格再拍一单就可以~'],
      ["the buyer's own wrong pick", '您拍错颜色的话可以直接申请退款重拍'],
      ['negated confirm-first', '不需要您先确认收货，我们收到退货就退款'],
      ['quote-back', '您说先确认收货再给补发？不用的亲'],
      ['honest reason', '退货原因按实际情况选，质量问题我们出运费'],
    ],
  },
  {
    category: 'absolute_claims',
    fires: [
      ['superlative + noun + "is ours"', '最好的苹果就是我们这个'],
      ['scope + superlative', '这是市面上最安全的材料'],
      ['nothing better', '没有比它更好的了'],
      ['beats everything in its class', '性能秒杀同价位所有机型'],
      ['ceiling', '品质天花板级别'],
      ['king of …', '全网断货王'],
      ['never / forever', '这款保温杯永不生锈'],
      ['100% on an effect', '除螨率100%'],
      ['absolutely never', '绝对不掉色不起球'],
    ],
    clean: [
      ['best-selling within the shop', '这款是我们店里销量最高的一款'],
      ['negated', '这款不是最便宜的，但做工扎实'],
      ['adverb 最好', '您最好先量一下肩宽'],
      ['fibre content', '面料是100%棉的'],
      ['reassurance, not a claim', '您绝对放心，有问题我们负责'],
    ],
  },
  {
    category: 'medical_claims',
    fires: [
      ['ease verb + symptom', '这个精油能缓解偏头痛'],
      ['correct + condition', '鞋垫可以矫正扁平足'],
      ['use … symptom goes away', '孩子咳嗽喝这个梨膏，两天就不咳了'],
      ['use first, then the symptom', '吃了这个，血压就稳了'],
      ['for a disease it is good', '这个茶喝了对胃病特别好'],
      ['weight claim', '一个月瘦十斤不是问题'],
      ['drug framing', '这款洗发水是药用配方'],
      ['no more hospital', '用了就不用去医院了'],
    ],
    clean: [
      ['negated inside the verb', '我们是普通食品，降不了血压的哈'],
      ['caveat in the sentence', '这款枕头睡着舒服，颈椎不舒服的话建议先咨询医生'],
      ['cannot replace medicine', '本品不能代替药物治疗'],
      ['cooling by physics', '退热贴是物理降温的，烧得厉害要看医生'],
    ],
  },
  {
    category: 'abuse',
    fires: [
      ['body-part insult', '是不是你鼻子有问题'],
      ['where is your brain', '脑子呢？拍之前不看清楚？'],
      ['contempt', '买个十几块的东西要求还挺多'],
      ['blame', '尺码表都有，是你自己的问题'],
      ['not our business', '跟我们一点关系都没有'],
      ['sarcasm', '行吧您说什么都对'],
      ['threat', '你地址我们可是有的'],
      ['go away', '不想买就走'],
    ],
    clean: [
      ['apology', '不是您的错，是我们没说清楚'],
      ['a courier problem, handled', '这个是快递那边的问题，但您别担心，我们来沟通'],
      ['reassuring', '没关系的，问多少次都可以'],
    ],
  },
  {
    category: 'privacy',
    fires: [
      ['secret first, comma, ask', '您刚收到一条短信验证码，念给我听一下'],
      ['a code described, not named', '手机上收到的6位数字告诉我一下'],
      ['asked as a question', '您的支付密码多少？我帮您付款'],
      ['card data then ask', '退款要填银行卡号，您发我一下'],
      ['another buyer by description', '另一个下单的客户地址是成都市武侯区科华北路65号'],
      ['a third person and a number', '这个快递是李建国签收的，他电话13812345678'],
    ],
    clean: [
      ['warning, negated ask', '验证码千万不要告诉任何人'],
      ['code for the courier', '快递要验证码签收的话，那是取件码，只给快递员就行'],
      ['someone else asks: hang up', '有人打电话自称客服要您银行卡信息的，请直接挂断'],
      ['VAT invoice data', '您需要开专票的话提供一下税号和开户行'],
      ['not needed', '退款会原路返回，不需要提供银行卡号'],
    ],
  },
  {
    category: 'unfair_terms',
    fires: [
      ['deemed acceptance on ordering', '拍下即认可尺码'],
      ['deemed acceptance, time limit', '收货后没有及时反馈的，一律视为满意'],
      ['any problem, no liability', '快递员走了以后出现的任何问题本店都不负责哦'],
      ['consequences borne by the buyer', '使用本产品产生的一切后果由买家自行承担'],
      ['no complaints accepted', '付款后不接受任何投诉'],
      ['unilateral rights', '店铺有权随时取消您的订单'],
      ['whatever the reason', '定金一经支付概不退还，无论任何原因'],
      ['penalty', '赠品没寄回的按原价三倍扣款'],
    ],
    clean: [
      ['the shop takes the risk', '运输途中的破损由我们负责'],
      ['the platform decides', '活动规则以平台公示为准'],
      ['a right of the buyer', '确认收货是您的权利，检查完再点'],
    ],
  },
  {
    category: 'counterfeit',
    fires: [
      ['1:1 mould', '这款AJ是1:1开模'],
      ['nobody can tell', '外人看不出来是不是真的'],
      ['waving away the check', '扫码显示不是正品不用担心，系统有时候不准'],
      ['same factory', '标是后来贴上去的，衣服是同厂的料子'],
      ['not authorised', '和旗舰店一个版，只是没授权'],
      ['cannot be genuine', '这个价格不可能是真货'],
      ['a kind of fake', '我们这是高端仿，做工好'],
    ],
    clean: [
      ["the brand's own re-issue", '这款是品牌官方出的经典款复刻'],
      ['refused', '高仿的我们不碰'],
      ['quoted jargon, denied', '“原单”是这行的黑话，我们家不卖原单，只卖正品'],
      ['the buyer’s worry', '怕买到假货的话可以选正品险'],
      ['a design, not a copy', '这是国产平替款，不是仿品'],
    ],
  },
];

describe.each(FRAMES)('$category frames', ({ category, fires, clean }) => {
  it.each(fires)('%s: 「%s」', (_shape, text) => {
    expect(
      check(text).map((f) => f.category),
      show(text)
    ).toContain(category);
  });
  it.each(clean)('leaves alone (%s): 「%s」', (_why, text) => {
    expect(check(text), show(text)).toEqual([]);
  });
});

describe('frames are judged at their predicate', () => {
  it('flags the charge a positive clause introduces, not the one a negator reaches', () => {
    expect(check('发票可以开的亲，不过要另外加6个点的税点哈').map((f) => f.rule)).toContain('invoice.surcharge');
    expect(check('开票不用额外加钱')).toEqual([]);
  });
  it('spans the whole frame in the original text', () => {
    const text = '亲，开 票 的话要另外加 6 个点';
    const flag = check(text).find((f) => f.rule === 'invoice.surcharge');
    expect(flag && text.slice(flag.start, flag.end)).toBe('开 票 的话要另外加 6 个点');
  });
});
