import { describe, expect, it } from 'vitest';
import { describeClasses, type Classes } from './class-table';
import { measure, readLabelled, report } from './labelled-metrics';

/*
 * The meaning classes round 7 added (three more voices: a 东北 mum answering for a luxury consignment shop and a pet
 * shop, a terse 义乌 factory-shop trader, a BPO team lead across eight shops) and the look-alikes they must leave
 * alone. The sentences are mine, written for these tables; none is in a tuning or blind set.
 */

const CLASSES: Classes[] = [
  {
    category: 'abuse',
    fires: [
      ['scorn for a cheap order', '十几块的拖鞋还想要啥自行车呀'],
      ['scorn for fussiness over money', '五块钱的东西穷讲究什么'],
      ['the buyer crying poor', '少在这哭穷了'],
      ["the buyer's mind", '讲了三回了，能不能长点脑子'],
      ["the buyer's schooling", '这字都打不明白，初中毕业没'],
      ['ask a grown-up', '你家没大人啊，叫你爸来'],
      ['look it up yourself', '这种事百度不会吗'],
      ['not worthy', '你这样的人不配用好东西'],
      ['do as you please', '你爱怎么说就怎么说'],
      ['your kind of customer', '您这种客户我们伺候不了'],
      ['your own habits', '狗乱叫是你自己惯的'],
      ['blame turned back on quality', '猫抓烂的也来赖我们质量'],
    ],
    clean: [
      ['a lint roller rolls', '这个滚轮一滚就干净了'],
      ['a panda sticker', '送您一张滚滚熊猫贴纸'],
      ['polite advice to read the manual', '说明书第三页有图解，您可以对照着装'],
    ],
  },
  {
    category: 'review_manipulation',
    fires: [
      ["the agent's appraisal as leverage", '亲给个五星吧，这个月考核就靠您了'],
      ["the agent's pay as leverage", '评分低了要扣我奖金的，帮帮忙'],
      ['a lower score called bad', '三星在我们这就算差评了哦'],
      ['a score by number with a perk', '打个5分，下次给您减五块'],
      ['paid reviews', '能帮忙刷几个好评吗'],
      ['a waived cost', '评价改一改，邮费就给您免了'],
      ['a review shown before posting', '追评发之前先发我看看行吗'],
      ['dictated praise', '评价里写两句好的呗'],
    ],
    clean: [
      ['thanks for a review', '谢谢您给的五星，我们会继续努力'],
      ['appraisal of the installer', '安装师傅的服务我们会纳入考核，谢谢反馈'],
      ['fixing what a review said', '差评里提到的包装问题，我们在改了'],
      ['the score is the buyer’s to give', '五星好评那是您的心意，我们不强求'],
    ],
  },
  {
    category: 'invoice_refusal',
    fires: [
      ['the shop keeps out of it', '发票这块我们店不碰的'],
      ['refusing to take part', '促销款不参与开票哦'],
      ['a title type refused', '个人抬头我们这边不开，只对公'],
      ['quota used up', '今年的额度用完了，开不了'],
      ['no point in one', '这么点钱没必要开票吧'],
      ['the loss named', '开了票我们就亏本了'],
      ['put off to next year', '票的事等过完年再说'],
      ['tax money refused', '税钱我们不出的'],
      ['charge after a yes', '开是能开，就是要另外加8个点'],
    ],
    clean: [
      ['issued free of charge', '发票可以开，电子发票免费，订单页申请就行'],
      ['a personal title is fine', '个人抬头也可以开，填姓名就行'],
    ],
  },
  {
    category: 'unfair_terms',
    fires: [
      ['not any liability', '过敏反应本店不承担任何责任'],
      ['blanket exclusion', '颜色有偏差概不负责'],
      ['not our responsibility', '延误几天不算我们的责任'],
      ['breakage not ours', '摔坏了一律跟店里无关'],
      ['someone else’s', '出了质量问题归厂家管'],
      ['the buyer carries it', '路上磕了都算您自个儿的'],
      ['capped then nothing', '最多补您3块，其他的不管了'],
      ['the shop decides', '坏没坏判定权在我们这边'],
      ['collection point counts as signed', '放快递柜也算您签收了'],
      ['reason refused in advance', '不接受以尺码为由的退换'],
    ],
    clean: [
      ['the shop takes transit risk', '路上摔坏了算我们的，不用您去找快递'],
      ['the shop is responsible', '漏发的我们负责补'],
    ],
  },
  {
    category: 'privacy',
    fires: [
      ["another buyer's masked phone", '上一个买这款的是李女士，158****2231，您可以问问'],
      ["another buyer's number spelled out", '收件人是王先生，电话幺三九一二三四五六七八'],
      ['a neighbour named', '你们小区的刘姐也在我这买了'],
      ["a third party's address passed on", '那个买家的地址我发你'],
      ['order data shared', '您的姓名电话已经同步给合作的保险公司了'],
      ['a code by length', '刚才短信发的那个四位数报一下'],
      ['an ID fragment', '身份证后6位发我核对一下'],
      ['a face scan', '点链接刷个脸认证一下'],
    ],
    clean: [
      ['a warning about codes', '任何人问您要验证码都别给'],
      ['the buyer’s own order', '您这单的收件地址是滨江路吗，我核对一下'],
    ],
  },
  {
    category: 'medical_claims',
    fires: [
      ['straightened', '这个矫姿带戴两个月，驼背就正过来了'],
      ['shrunk', '喝这个茶，结节都能缩小'],
      ['eased', '关节痛的垫上这个鞋垫，疼都轻了'],
      ['prevented', '天天梳头，脱发都能防'],
    ],
    clean: [
      ['not a medicine', '这是普通食品，不能代替药物，生病请就医'],
      ['a comfort feature', '鞋垫软一点，走路脚不累'],
    ],
  },
  {
    category: 'absolute_claims',
    fires: [
      ['nothing comes near', '市面上找不到比它还轻的了'],
      ['no second one', '这个价全网买不到第二个'],
      ['the ceiling', '这款做工就是天花板'],
      ['forever', '这胶水粘上永不脱落'],
      ['scope exclusivity', '整个平台就我们家有这个颜色'],
      ['certainty of genuineness', '百分百正品，放心拍'],
    ],
    clean: [
      ['a tool name', '万能角度尺今天到货'],
      ['not perfect', '不完美的地方是包装有点简单'],
      ['a model scale', '这个模型是1比18的'],
    ],
  },
  {
    category: 'counterfeit',
    fires: [
      ['a mark put on by the shop', '鞋标是我们自己印的'],
      ['brand on request', '要啥牌子给你贴上'],
      ['a copy said to match', '1比1复制的，logo都一模一样'],
      ['a lying label', '标上写的大牌，其实不是'],
      ['repacked', '油是散装灌的，瓶子原装'],
      ['the wink', '这价格你懂的，别问真假'],
    ],
    clean: [
      ['a denial', '不是高仿，有专柜小票'],
      ['a licensed print', '图案是品牌授权的，吊牌上有授权码'],
    ],
  },
  {
    category: 'off_platform',
    fires: [
      ["evading the platform's cut", '直接找我发货，省得被平台抽成'],
      ['cash to the driver', '钱现场给送货师傅就行'],
      ['a pay code', '我发您个收款码，扫了就行'],
      ['a side account', '加一下我们的企业号，有事找她'],
      ['change the venue', '这里不方便，换个地方聊'],
      ['a rival channel by initials', '去dy搜我们店名，那边便宜'],
    ],
    clean: [
      ['a pay-code stand sold as goods', '这款收款码立牌是亚克力的'],
      ['a tracking number sent', '补发的单号出来发您'],
    ],
  },
  {
    category: 'order_manipulation',
    fires: [
      ['after-sale skipped', '补发就别申请了，我直接寄给您'],
      ['the platform talked down', '平台介入没什么好处，咱们私下商量'],
      ['refund held for figures', '等月底考核过了再退吧'],
      ['inflated claim', '理赔金额填高点没事'],
      ['marked shipped', '先给您标成已发货，过两天才走'],
      ['signed for the shop', '麻烦帮忙点个签收，我好结算'],
      ['borrowed tracking number', '先借别的单子的单号填上'],
    ],
    clean: [
      ['an unpaid order closing itself', '没付款的订单超时会自动关闭'],
      ['after-sale through the platform', '您在订单页申请售后，我这边马上同意'],
    ],
  },
  {
    category: 'return_refusal',
    fires: [
      ['the right switched off', '七天无理由我们店没开'],
      ['out of scope', '这个不在七天无理由范围'],
      ['a refund refused in advance', '您点退款我这边也是拒'],
      ['store credit instead', '钱只能转成店铺余额'],
      ['treated as custom', '普通款我们也按定制处理'],
      ['talked out of it', '别折腾了，留着用吧'],
      ['opened called used', '包装拆开就算用过了'],
    ],
    clean: [
      ['lawful digital goods', '电子兑换码已激活，属于数字商品，页面已提示不支持无理由'],
      ['the right offered', '七天无理由支持的，您放心申请'],
    ],
  },
];

describeClasses('round-7', CLASSES);

/*
 * Round 7: writers p (东北 mum, consignment + pet shop), q (义乌 factory-shop trader) and r (BPO team lead), measured
 * once through `kefu check` (rules + model) before tuning: p 80.9% / false 9.2%, q 72.3 / 3.1, r 75.5 / 6.9. Rules
 * alone before round 7: p 138/220 = 62.7% (false 12/130), q 132/220 = 60.0% (3/130), r 130/220 = 59.1% (8/130). These
 * sets were then tuned on by meaning class, so these floors only keep the gain; they say nothing about unseen text.
 */
const FIXTURES = new URL('../../fixtures/round7/', import.meta.url);
describe.each(['redline-p.jsonl', 'redline-q.jsonl', 'redline-r.jsonl'])(
  'accuracy on round7/%s (tuned on in round 7)',
  (file) => {
    const rows = readLabelled(new URL(file, FIXTURES).pathname);
    const figures = measure(rows);
    console.log(report(file, figures));

    it('keeps what round 7 gained, rules alone', () => {
      expect(figures.recall).toBeGreaterThanOrEqual(0.84);
      expect(figures.falseRate).toBeLessThanOrEqual(0.08);
    });
  }
);
