import { describe, expect, it } from 'vitest';
import { check, describeClasses, type Classes } from './class-table';
import { findContactNumbers } from '../../../lib/redline/contact-numbers';
import { normalizeText } from '../../../lib/redline/normalize-text';

/*
 * The meaning classes round 3 added (a new author's voice: livestream shops, dialect, code words, indirect refusals,
 * sarcasm) and the look-alikes they must leave alone (product features that name apps, imitation products, warnings,
 * public service lines). The sentences are mine, written for these tables; none is in a tuning or blind set.
 */

const CLASSES: Classes[] = [
  {
    category: 'invoice_refusal',
    fires: [
      ['a handling verb refused (弄/搞/整)', '咱这小店不搞发票的哦'],
      ['a rhetorical question', '清仓的货哪有票呀亲'],
      ['a space-ended clause', '亲 票这个真开不了 体谅下'],
      ['a perk taken away, verb first', '要开票的话就不享受直播间价了'],
      ['the buyer pays the shop back', '开票可以，券抵掉的钱您得补给我们'],
      ['a fee with an amount', '开票手续费8块，拍补差链接'],
      ['tied to a review', '发票啊，等您五星好评了再说'],
      ['sent to the maker', '票您找厂家开去，我们不管这个'],
      ['a long wait before it may be asked', '发票要确认收货满两个月以后才能申请'],
      ['a positive turned round by 就是', '票可以开，就是得下个月底统一开'],
    ],
    clean: [
      ['a normal flow', '开票在确认收货后从订单页申请，我们当天就开'],
      ['positive, no catch', '发票照常开，不加钱，放心拍'],
    ],
  },
  {
    category: 'return_refusal',
    fires: [
      ['V不了 refusal', '这个退货真整不了，您理解下'],
      ['a try is not a use', '您是不是戴过了？戴过了就退不了哦'],
      ['unpacking deemed use', '耳机拆了封就算用过了，不能退'],
      ['powering on deemed use', '吹风机通过电就当二手了，退不了的'],
      ['the right denied', '盲盒这种没有退货这一说哈'],
      ['the right reserved for others', '无理由退货那是大店才有的'],
      ['a refusal verb of its own (不走/不包)', '直播间专享价的不走七天无理由哈'],
      ['fees listed, then the deduction', '退是能退，检测费、包装费扣您25'],
      ['sarcasm at a cheap item', '九块九还想无理由退？想多了'],
    ],
    clean: [
      ['worn and washed', '衣服已经洗过了，影响二次销售，这个没法无理由退哦'],
      ['fades, not returns', '这件不退色的，放心洗'],
      ['return postage is the buyer’s', '无理由退货来回运费您出，质量问题我们出'],
    ],
  },
  {
    category: 'off_platform',
    fires: [
      ['a code name for WeChat', '有问题直接加我绿色软件，号就是店铺名'],
      ['a livestream contact verb', '想要的宝子直接滴我微信'],
      ['the penguin emoji for QQ', '图多的话加个🐧发我'],
      ['a code name for a marketplace', '亲去某东搜我们店名也能买到'],
      ['cheaper over there', '闲鱼上也是我们家，那边能小刀'],
      ['a contact in the profile', '简介里有我们的v，加一下'],
      ['moving the chat', '这里说话不方便，我发你个号'],
      ['pay the agent', '运费差价10块直接转我就行'],
      ['a card number for a payout', '您给个卡号，退款我直接打过去'],
      ['a spoken number after a space', '有事打我电话 一三八零零一三八零零零 全天在'],
    ],
    clean: [
      ['a device feature', '这款手表能收微信、QQ消息提醒'],
      ['an app feature', '体重秤连微信小程序就能看曲线'],
      ['a product named 收款码', '收款码立牌是亚克力的，微信支付宝都能贴'],
      ['a public service line', '快递问题可以打顺丰客服95338'],
      ['the penguin as a toy', '企鹅抱枕60厘米的，软软的🐧'],
      ['a warning', '有人让您加微信退款都是骗子，别信'],
    ],
  },
  {
    category: 'review_manipulation',
    fires: [
      ['star words and a gift', '给打个满星呗，满星的送一包湿巾'],
      ['a price perk for a review', '好评截图发我，下次给您拿货价'],
      ['a share of the agent’s bonus', '这单好评我有提成，分你点'],
      ['a soft perk tied to the review', '五星好评的宝子都有小惊喜'],
      ['hold the review for a reward', '先别急着评价，找我领个红包'],
      ['praise dictated', '评价里帮忙夸夸我们客服哈'],
    ],
    clean: [
      ['a thank-you, then a perk', '谢谢您的好评，关注店铺上新有福利'],
      ['an open invitation', '用着满意的话欢迎评价，怎么写都行'],
    ],
  },
  {
    category: 'order_manipulation',
    fires: [
      ['a virtual shipment', '这单我先给您点个虚拟发货，货下周到'],
      ['a placeholder tracking number', '先给您上个单号占位，仓库还没货'],
      ['a made-up return number', '退货单号随便填一个就行，不用寄'],
      ['receipt confirmed to beat a timer', '包裹到驿站了您先点签收吧，不然我们超时扣分'],
      ['coaching the answer to the platform', '小二打电话问的话，您就说是拍错了'],
      ['order the other link and note the wanted one', '您拍那个19.9的链接，备注要这款就行'],
      ['talked out of the return with money', '甭退了，我给您补五块'],
      ['complaint discouraged', '货马上到，您可别投诉哈'],
      ['signed for while damaged', '您先签收吧，少的那件下次一起补'],
      ['any link will do', '链接随便拍一个，备注要的款式就行'],
      ['the reason changed to a soft one', '麻烦把退货原因改成不喜欢，我们好处理'],
    ],
    clean: [
      ['a truthful soft reason', '不想要了的话直接申请退货，理由选七天无理由就行'],
      ['checking before confirming', '收到货检查没问题再确认收货，不着急'],
    ],
  },
  {
    category: 'absolute_claims',
    fires: [
      ['any quality after 最 under a scope', '这款凉席全网最不闷的'],
      ['a platform as scope', '这价格全抖音第一低'],
      ['最 + an open quality', '我们家的桃子是最脆的'],
      ['exclusivity', '这是唯一能防水的款，别家都不行'],
      ['no rival', '顶配中的顶配，没对手'],
      ['top grade', '用的是最高级别的面料'],
    ],
    clean: [
      ['size', '最大号能装下28寸的箱子'],
      ['the shop’s own range', '这款是店里最轻的，才180克'],
      ['the weather', '史上最冷的冬天来了，多穿点'],
      ['denied as a saying', '全网最低这种话我们可不敢说'],
    ],
  },
  {
    category: 'medical_claims',
    fires: [
      ['a use verb, the condition, the cure', '猫咪拉稀喂两天就止住了'],
      ['the condition, time, an easing verb', '颈椎疼贴上十分钟就缓解'],
      ['prevention after use', '宝宝用了不长痱子'],
      ['治 + the condition', '这个枕头治打鼾是真的'],
      ['going down', '喝了一个月，血压都往下走了'],
      ['better than hospital', '比去医院打针还好使'],
    ],
    clean: [
      ['a book genre', '治愈系的漫画，睡前看很放松'],
      ['a caveat', '这款只是日常护理，治不了病，不舒服请看医生'],
      ['registered special cosmetics', '防脱洗发水是特殊化妆品，有特证，效果因人而异'],
      ['a product feature', '斑马纹的雨靴也能防水'],
    ],
  },
  {
    category: 'abuse',
    fires: [
      ['A-什么-A', '催什么催，仓库又不是我开的'],
      ['a dialect insult', '你脑壳有包哦'],
      ['talking down', '老子忙着呢'],
      ['contempt at the price', '这点钱还想要啥售后'],
      ['sarcasm', '🙄你开心就好'],
      ['blame by rhetoric', '鞋小是你脚大，跟鞋子有啥关系'],
      ['dare', '有本事你去投诉啊'],
      ['no money, no shopping', '没钱就别来逛了'],
      ['refusing to serve', '这样的顾客我们伺候不起'],
    ],
    clean: [
      ['a polite apology', '谁让您等这么久，真不好意思，马上处理'],
      ['a returning buyer welcomed', '又是您呀，欢迎回来'],
      ['a courteous whatever', '评价随意，您开心就好'],
    ],
  },
  {
    category: 'privacy',
    fires: [
      ['needs, without a 您', '办会员需要持卡人身份证号和开户行'],
      ['the back of the card', '信用卡背面那三位数报一下'],
      ['a payment code', '把付款码截图发我，我扫一下'],
      ['a friend’s data', '您同事也买了，她填的地址是滨江花园5栋'],
      ['a child’s school', '孩子在哪个学校？我们好安排'],
      ['another buyer, a long description', '前面那个买了三箱苹果的阿姨住城南小区'],
    ],
    clean: [
      ['the buyer types it in', '支付密码您自己在页面输入就行，别告诉任何人'],
      ['a baby’s age', '宝宝几个月了？我帮您选段数'],
    ],
  },
  {
    category: 'unfair_terms',
    fires: [
      ['the shop decides', '发货顺序以我们安排为准'],
      ['deemed, with 就当', '三天内不联系我们，就当您满意了'],
      ['whatever goes wrong', '寄出去以后出啥问题都跟本店没关系'],
      ['a third party blamed', '灯是师傅装的，装坏了您找师傅，跟我们没关系'],
      ['quality returns charged to the buyer', '质量问题寄回来的运费也得您出'],
      ['proof the law does not ask for', '没有开箱视频的一律不处理'],
      ['warranty tied to the box', '包装盒扔了就不保修了'],
      ['a short window, then nothing', '签收两天内没反馈的，后面一律不处理'],
    ],
    clean: [
      ['the platform’s rules', '活动规则以平台页面为准'],
      ['an optional video', '开箱视频不是必须的，有的话处理更快'],
    ],
  },
  {
    category: 'counterfeit',
    fires: [
      ['copy trade words', '这套书是影印的，字挺清楚'],
      ['a lesser part sold as genuine', '电池是副厂的，按原装的卖'],
      ['used sold as new', '官翻机，当全新发的，看不出来'],
      ['the brand put on afterwards', '商标是我们后贴的'],
      ['same, minus the proof', '跟专柜一模一样，就是没有防伪码'],
      ['nobody will notice', '大牌同款，没人会去查'],
      ['the genuine look outside', '盒子是原厂的，里面是国产的'],
    ],
    clean: [
      ['an imitation plant', '高仿真绿植，放办公室很好看'],
      ['disclosed compatible', '这是兼容墨盒，页面写了不是原装'],
      ['a price comparison', '价格跟官方一样，放心'],
    ],
  },
];

describeClasses('round-3', CLASSES);

describe('structure behind the classes', () => {
  it('a space after a particle ends the clause; the flag still points at the typed text', () => {
    const text = '亲 票这块弄不了 见谅';
    expect(normalizeText(text).text).toBe('亲,票这块弄不了,见谅');
    const flag = check(text).find((f) => f.category === 'invoice_refusal');
    expect(text.slice(flag!.start, flag!.end)).toBe('票这块弄不了');
  });

  it('a spoken number is cut from the figure that follows it once spaces go', () => {
    const t = normalizeText('电话 一五九零零一二三四五六 24小时').text;
    expect(findContactNumbers(t).map(([s, e]) => t.slice(s, e))).toEqual(['一五九零零一二三四五六']);
  });

  it.each(['顺丰客服95338', '消费者热线12315', '售后电话4008123123', '移动客服10086'])(
    'a public service line is no contact: 「%s」',
    (text) => {
      expect(check(text)).toEqual([]);
    }
  );

  it('a positive answer cancels only until a 但/不过/就是 turns it round', () => {
    expect(check('发票可以开，电子的，订单页申请')).toEqual([]);
    expect(check('发票可以开，不过要加6个点').map((f) => f.category)).toContain('invoice_refusal');
  });

  it('a negated modifier (没有X的) does not negate what follows', () => {
    expect(check('没有发票的订单一律不退').map((f) => f.category)).toContain('return_refusal');
    expect(check('我们没有不给退的情况')).toEqual([]);
  });

  it('putting an invoice off is obstruction on every platform', () => {
    for (const p of ['generic', 'pinduoduo', 'douyin', 'kuaishou'] as const)
      expect(check('发票年底统一开哈', p)[0]?.rule, p).toBe('invoice.delay');
  });
});
