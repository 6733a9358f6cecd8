import { describe, expect, it } from 'vitest';
import { describeClasses, type Classes } from './class-table';
import { measure, readLabelled, report } from './labelled-metrics';

/*
 * The meaning classes round 6 added (two more voices: a 家电/大件家具 flagship senior who passes the buck in polite
 * words, and a night-shift student agent for small shops who cuts corners) and the look-alikes they must leave alone.
 * The sentences are mine, written for these tables; none is in a tuning or blind set.
 */

const CLASSES: Classes[] = [
  {
    category: 'abuse',
    fires: [
      ['buck-passing: whoever did it, go to them', '烟机是物流送坏的，谁送的您就找谁去'],
      ['buck-passing: not my department', '安装预约的事别来问我，我这边只管卖'],
      ['threat to stop answering', '您还这么催的话我就不回了'],
      ['mock expert', '您这么专业，那空调您自己装呗'],
      ['mock kneeling', '那您说怎么办，要我给您磕一个吗'],
      ['mock literacy', '上面写得清清楚楚，字都认得吧'],
      ['mock fussiness', '两百块的床垫，要求比买房还高'],
      ['nobody made you buy', '不满意就别买嘛，没人拦着你'],
      ['blame turned back', '门框量错了还来怪我们送不进去'],
      ['body shaming', '裤子紧是您长胖了，不是我们版型的事'],
      ['huffy elsewhere', '嫌贵的话可以去别家比比'],
      ['counting the repeats', '我已经解释第四遍了'],
    ],
    clean: [
      ['an apology naming the courier', '不好意思，快递那边送晚了，我这边帮您催一下'],
      ['a praise of the buyer', '您对参数这么了解，这款应该很适合您'],
      ['a real magnifier sold', '这款台灯自带放大镜，看小字很方便'],
      ['not blaming the buyer', '这个问题不怪您，是我们发货前没检查到'],
    ],
  },
  {
    category: 'return_refusal',
    fires: [
      ['installed counted as used', '洗衣机装上了就算二手了哦，不好退'],
      ['powered on counted as used', '烤箱插过电就视为已使用，退不了'],
      ['the right opted out', '七天无理由是平台的规矩，我们家大件一律不参与'],
      ['the right denied to exist', '这台是样机，不存在退货这一说'],
      ['the class of reason refused', '不喜欢这种理由我们不受理这类'],
      ['fee with its unit', '退回来要收20元的检测费'],
      ['parts deducted at list price', '要退也行，安装辅材都按原价扣'],
      ['not doing the seven days', '这批是代购回来的，不走七天的'],
    ],
    clean: [
      ['inspection does not stop a return', '拆开看了不影响二次销售，七天内照样可以退'],
      ['a custom piece shown at purchase', '定制尺寸的沙发不支持七天无理由，下单页已标注'],
      ['an installed item returned at no charge', '装好之后不满意也可以退，师傅上门拆机免费'],
    ],
  },
  {
    category: 'invoice_refusal',
    fires: [
      ['talked out of it', '这么小的单子就别开票了吧'],
      ['leave us alone about it', '活动价已经很低了，发票就别为难我们了'],
      ['written as something else', '发票只能开成办公用品，开不了家具'],
      ['yes, then a condition after the contrast', '票可以开，但得先给个五星才能申请'],
      ['a long cycle called normal', '开票要排队，两个月内都算正常'],
      ['a receipt offered instead', '发票没有，收据倒是可以给您盖章'],
      ['a different price once invoiced', '要发票的话就不是这个价了'],
    ],
    clean: [
      ['issued on request', '发票可以开，确认收货后在订单页申请电子发票就行'],
      ['receipt and invoice both', '发票和收据都能给您开'],
    ],
  },
  {
    category: 'review_manipulation',
    fires: [
      ['a better trade-in for a review', '给五星的话旧机我多给您算80'],
      ['priority for a review', '给个好评的话以后售后优先处理'],
      ['pay docked unless full stars', '星星不点满的话我这个月要扣工资'],
      ['a benefit released only after a review', '好评之后才能申请价保'],
      ['reviews from friends paid per review', '让朋友帮忙评一下，评一条给三块'],
      ['review without the goods', '帮忙给个好评呗，没收到也没事'],
      ['graded reviews asked for', '等处理完了记得评好一点'],
    ],
    clean: [
      ['a thank-you', '感谢您的好评，欢迎再来'],
      ['an honest invitation', '用得满意的话方便时可以写个评价，真实感受就好'],
    ],
  },
  {
    category: 'order_manipulation',
    fires: [
      ['refuse then reorder at the new price', '价保不了您就拒收，拒收了再重新拍一单'],
      ['signed before the damage is settled', '您先点签收，磕碰的地方后面再说'],
      ['tracking shown as delivered', '我让系统先显示已签收，货过两天到'],
      ['a return never sent', '退货单号填上就行，不用真的寄回来'],
      ['any reason will do', '申请退款的时候原因随便选一个'],
      ['a false address for a free service', '地址填成市区就能免远程费'],
      ['the work order closed on request', '工单先关掉，我再给您重新派'],
    ],
    clean: [
      ['inspect before signing', '送到后请先开箱验货，没问题再签收'],
      ['tracking explained', '物流显示已签收但您没收到的话，我这边马上帮您查'],
    ],
  },
  {
    category: 'off_platform',
    fires: [
      ['pay the fitter’s code', '安装费扫师傅的码付就可以'],
      ['pay my code', '直接扫我的码，省手续费'],
      ['refund by Alipay', '差价我用支付宝退你吧'],
      ['settle the rest privately', '剩下的差价私下结就行'],
      ['move the deal offline', '量大的话咱们走线下'],
      ['the number in the avatar', '看我头像上那个号码'],
      ['leave a QQ', '留个扣扣，我发高清图'],
      ['scan into a group', '扫卡片上的码进群领券'],
      ['the fitter contacts privately', '取消安装服务，回头师傅私下约您'],
    ],
    clean: [
      ['a warning about scanning strangers’ codes', '请勿扫描陌生人的收款码，付款都在平台完成'],
      ['the platform’s own flow', '安装费在订单里一起付，走平台有保障'],
    ],
  },
  {
    category: 'unfair_terms',
    fires: [
      ['warranty tied to the shop’s fitter', '非我们指定的师傅安装，不予保修'],
      ['warranty voided by a paid service', '每年要找我们清洗一次，否则保修作废'],
      ['the shop is the only judge', '损坏原因由我们师傅说了算'],
      ['no independent testing', '不接受第三方检测报告'],
      ['only our price counts', '价保只认我们店的标价'],
      ['not inspected on the spot', '没有当场验货的，事后一律不认'],
      ['deemed the buyer’s fault', '超过三天没反馈的都视为买家原因'],
      ['a lawful right traded away', '买了延保就不能再找厂家保修了'],
      ['whatever arrives is it', '收到什么样就是什么样'],
      ['price changes by right', '本店有权随时调价'],
      ['shown as done when it is not', '后台没显示到账也算到账了'],
    ],
    clean: [
      ['an ordinary warranty', '整机保修一年，主要部件三年'],
      ['an inspection tip', '签收前建议当面验货，有磕碰可以直接拒收'],
    ],
  },
  {
    category: 'counterfeit',
    fires: [
      ['a 副厂 part', '电机是副厂的，不影响使用'],
      ['a part swapped', '表带换过副厂的'],
      ['a 莆田 source', '这双是莆田产的，做工很好'],
      ['B货', '这是b货，价格才这么低'],
      ['serial that does not verify called normal', '序列号查不到很正常'],
      ['side by side nobody can tell', '跟正品放一块对比不出来'],
      ['same maker, minus the proof', '和大牌是同一个代工厂，只是没有防伪码'],
    ],
    clean: [
      ['a 副厂 part disclosed at sale', '滤芯是副厂的，标题写了不是原装，价格也低'],
      ['a genuine serial', '序列号可以在官网查询真伪'],
    ],
  },
  {
    category: 'medical_claims',
    fires: [
      ['an easing effect on a condition', '这款按摩椅对腰椎间盘突出有调理作用'],
      ['a regulating claim', '负离子能调节内分泌'],
      ['never ill again', '用了以后孩子再也没得过手足口'],
      ['a pet disease prevented', '这个喷剂连猫瘟都能防'],
      ['a killing claim', '开机就能杀灭流感病毒'],
      ['eyesight turned back', '护眼灯用久了近视能往回降'],
    ],
    clean: [
      ['cleaning, not curing', '烘干功能可以除螨除菌，被子更干爽'],
      ['see a doctor', '孩子咳嗽的话建议先去医院看看'],
    ],
  },
  {
    category: 'absolute_claims',
    fires: [
      ['an all-time low', '这是史低了，错过就没了'],
      ['nothing lower anywhere', '全网都找不到更便宜的'],
      ['ranked within a scope', '同价位里就数它最安静'],
      ['only one in the country', '全国就这一台'],
      ['only we have it', '这个版本只有我们家有'],
      ['exclusive', '这个渠道是官方独家'],
      ['a hundred percent, no problem', '质量百分百没问题'],
    ],
    clean: [
      ['the shop’s own best price', '这个价格已经是最低了，实在没法再便宜了'],
      ['a comparative', '这款是我们家卖得比较好的'],
      ['a retracted slogan quoted', '"全网最低"那个说法我们已经撤下来了'],
    ],
  },
  {
    category: 'privacy',
    fires: [['another buyer’s phone', '他手机尾号是6612，您问问他']],
    clean: [['a warning naming secrets', '只需要您的账号ID，密码和验证码千万别发给任何人']],
  },
];

describeClasses('round-6', CLASSES);

/*
 * Round 6: writer K (家电/大件家具 flagship) and writer L (night-shift student agent), measured once through `kefu check`
 * (rules + model) before anyone tuned on them: K 74.0% / false 3.0%, L 85.3% / false 3.0%. Rules alone before round 6:
 * K 81/150 = 54.0% (false 0/100), L 117/150 = 78.0% (false 4/100). These sets were then tuned on by meaning class, so
 * these floors only keep the gain from sliding back; they say nothing about unseen text.
 */
const FIXTURES = new URL('../../fixtures/round6/', import.meta.url);
describe.each(['redline-k.jsonl', 'redline-l.jsonl'])('accuracy on round6/%s (tuned on in round 6)', (file) => {
  const rows = readLabelled(new URL(file, FIXTURES).pathname);
  const figures = measure(rows);
  console.log(report(file, figures));

  it('keeps what round 6 gained, rules alone', () => {
    expect(figures.recall).toBeGreaterThanOrEqual(0.9);
    expect(figures.falseRate).toBeLessThanOrEqual(0.03);
  });
});
