import { describe, expect, it } from 'vitest';
import { check, describeClasses, show, type Classes } from './class-table';
import { normalizeText } from '../../../lib/redline/normalize-text';

/*
 * The meaning classes round 4 added (two new voices: a polite outsourced call-centre script that disguises the red line,
 * and a farmer typing by voice: homophones, no punctuation, blunt) and the look-alikes they must leave alone. The
 * sentences are mine, written for these tables; none is in a tuning or blind set.
 */

const CLASSES: Classes[] = [
  {
    category: 'abuse',
    fires: [
      ['read it before asking, politely', '您好，参数页面都有的，请您仔细看完再来问哈'],
      ['not your servant', '亲，客服也不是您的秘书，这种事您自己弄'],
      ['look elsewhere', '这种要求小店实在伺候不了，您另请高明'],
      ['cannot read a chart', '洗涤说明都看不懂吗？小学生都会'],
      ['cannot afford it', '买不起可以不买，没人逼您'],
      ['we know your kind', '您这种顾客我们见多了，就是想白拿'],
      ['blame: your own fault', '皮肤过敏是您自己没做测试，责任不在我们'],
      ['blame: the shop named with 店', '丢件跟我们店没关系，您自己找快递'],
      ['voice-typed curtness', '至于嘛你 几块钱也计较'],
      ['voice-typed contempt', '你这人咋这么事多'],
    ],
    clean: [
      ['a real invitation to look', '尺码表在详情页第三张图，您看一下，有问题随时问我'],
      ['reassurance', '这种情况我们处理过很多次，您放心交给我们'],
      ['the shop takes the blame', '是我们打包没做好，责任在我们，马上给您补发'],
    ],
  },
  {
    category: 'unfair_terms',
    fires: [
      ['buying means accepting', '付款就等于认了本店的规矩'],
      ['silence means accepting', '到货三天不吭声就当您满意了'],
      ['a right lost for a review', '给了差评的话，店铺就不再为您提供质保了'],
      ['warranty void without the box', '盒子扔了保修就自动失效了'],
      ['the shop’s own installer’s damage on the buyer', '上门师傅装坏了我们不负责赔'],
      ['transit risk: yours once it leaves', '包裹出了门就跟我们没关系了'],
      ['jurisdiction clause', '有争议只能到本店所在地的法院起诉'],
      ['stored value lapses', '会员卡余额年底清零，不退'],
      ['quality problems excluded', '福利款质量问题也不管的哈'],
    ],
    clean: [
      ['the shop bears it', '运输途中损坏由我们负责，拍照给我就行'],
      ['a lawful presale deposit', '预售定金在尾款没付的情况下不退，下单页有提示'],
    ],
  },
  {
    category: 'return_refusal',
    fires: [
      ['the right denied in other words', '咱店不搞七天那一套哈'],
      ['no-reason return opted out', '七天无理由这块我们小店不参加'],
      ['refund bluntly refused', '退钱没有，只能换'],
      ['approval refused in advance', '你申请了我们也不会同意'],
      ['proof demanded first', '想退货先拍视频证明没用过，没视频不受理'],
      ['unpacking called resale damage', '撕了膜就影响二次销售了，没法退'],
      ['half refund', '可以退，不过只退一半'],
      ['fee deducted before its name', '退货要扣百分之十的折旧费'],
    ],
    clean: [
      ['a lawful exemption stated', '定制刻字的商品不支持七天无理由，下单页已提示'],
      ['a double negative', '不是说拆了就不能退，您放心'],
    ],
  },
  {
    category: 'counterfeit',
    fires: [
      ['the label says one thing, the inside another', '盒子上印的是大牌，里面其实是杂牌'],
      ['the brand printed by the shop', '这个商标是我们自己印上去的'],
      ['the same mould without a licence', '跟品牌货一个模具出来的，就是没拿授权'],
      ['proof that does not verify', '防伪码扫不出来很正常，东西一样'],
      ['a wink', '正品什么价您心里清楚，您懂的'],
      ['refilled bottles', '瓶子是回收的，酒是我们自己灌装的'],
      ['sold as new', '官换机翻新的，页面写的全新'],
    ],
    clean: [
      ['an imitation product sold openly', '仿真绿植不用浇水，放在家里很好看'],
      ['an antique style', '这是仿古样式的茶盘，不是哪个牌子的'],
    ],
  },
  {
    category: 'order_manipulation',
    fires: [
      ['receipt before the goods arrive', '包裹还在路上，您先点个收货，明后天就到'],
      ['receipt for the shop’s settlement', '麻烦您先确认收货，不然我们这边压着没法结算'],
      ['a shipment marked before it leaves', '这单我先改成已发货，货下周才出'],
      ['a number filled in before the goods', '单号我先填上，东西过几天再寄'],
      ['orders bought from friends', '让您朋友帮忙拍一单，拍完钱退给他'],
      ['a refund by other means', '多付的钱我用别的方式退给您'],
      ['the platform’s flow skipped', '换货就不走平台的流程了，您直接寄回来'],
    ],
    clean: [
      ['a reminder after delivery', '快递显示已经送到驿站了，您取到后检查没问题再确认收货'],
      ['the platform shipped it', '订单已发货，单号在订单详情里可以看到'],
    ],
  },
  {
    category: 'off_platform',
    fires: [
      ['a landline to call instead', '这个问题您打我们售后专线0551-6666888，处理得快'],
      ['an official account instead of the shop', '扫码关注我们的公众号，以后售后在那边处理'],
      ['paid to a company account', '量大的话走我们对公账户，账号发您'],
      ['cash to the courier', '不想走平台的话到货给快递员现金就行'],
      ['not here, find me', '以后要货别在店里拍了，直接找我'],
      ['voice input: 支付包', '支付包转我就行'],
      ['voice input: the green app', '去绿色的那个软件找我'],
    ],
    clean: [
      ['a public service line', '有疑问可以拨打消费者热线12315'],
      ['stay in the chat', '有问题直接找我就行，我在线'],
    ],
  },
  {
    category: 'privacy',
    fires: [
      ['a face video', '麻烦录一段人脸视频发过来，核实一下'],
      ['a service password', '手机卡的服务密码告诉这边，帮您查'],
      ['a login code', '把登录码发我，我帮你改地址'],
      ['work unit', '您在哪上班，单位叫什么'],
      ['screen sharing', '麻烦您打开屏幕共享，我远程帮您操作'],
      ['another buyer named by when they bought', '上周那个大姐13812345678也买了这个'],
    ],
    clean: [
      ['the buyer types it into the platform', '支付的时候在收银台输入您的支付密码就可以'],
      ['a warning', '我们不会让您共享屏幕或提供验证码，请提高警惕'],
    ],
  },
];

describeClasses('round-4', CLASSES);

describe('quoting to refuse and distancing', () => {
  it.each([
    ['the buyer’s request refused', '你让我帮你刷单 不干'],
    ['a claim called hype', '能治胃病那是瞎吹的 我们不这么说'],
    ['a claim the shop will not make', '您说的降血脂 我们可不敢这么说'],
    ['trade words named to reject them', '"原单""尾单"那种说法我们不用'],
    ['a warning against people who ask', '请不要相信任何让您加微信或者私下转账的人'],
  ])('stays quiet (%s): 「%s」', (_why, text) => {
    expect(check(text), show(text)).toEqual([]);
  });

  it('a boast that is not hype still fires', () => {
    expect(check('这是全国销量冠军款，No1不是瞎吹的').map((f) => f.category)).toContain('absolute_claims');
  });
});

describe('voice-input spellings', () => {
  it.each([
    ['支付包', '支付宝'],
    ['好评反现', '好评返现'],
    ['优惠卷', '优惠券'],
    ['加下wei', '加下微信'],
  ])('「%s」 reads as 「%s」', (typed, canonical) => {
    expect(normalizeText(typed).text).toBe(canonical);
  });

  it('an English word holding wei is left alone', () => {
    expect(normalizeText('weight 2kg').text).toBe('weight2kg');
  });
});
