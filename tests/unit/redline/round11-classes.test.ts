import { describeClasses, type Classes } from './class-table';

/*
 * The look-alikes round 11 showed the rules flagging (a jade livestream back office, a 汉服 studio, a 成都 consignment
 * senior, a 河南 农资 shop, a voice-typing 母婴 mum, an 安溪 tea farm), with the violations next to them that must still
 * fire. The sentences are mine, written for these tables; none is in a tuning or blind set.
 */

const CLASSES: Classes[] = [
  {
    category: 'counterfeit',
    fires: [
      ['fakes offered', '要高仿的话我们也有，便宜一半'],
      ['a copy said to equal the real thing', '这个包跟专柜的一模一样，放心背'],
      ['A货 sold as such', '这双是A货，价格才这么低'],
      ['对版 for a replica', '这批是对版的，细节都做到了'],
    ],
    clean: [
      ['jade A货 is natural jadeite', '这只翡翠手镯是A货，天然未处理，有国检证书'],
      ['a design proof matching', '样稿已经对版了，字体颜色跟您要的一样'],
      ["a publisher's reprint", '这套是出版社出的复刻本，有书号'],
      ['a carver copying an old style', '这款是照着明代老款复刻的，新料新工，详情页写了'],
      ['fakes refused', '复刻的东西咱不收，验出来就退回去'],
      ['the market warned about', '市场上高仿很多，认准我们的防伪码'],
      ['the trade word named as a saying', '原单那说法本身就不靠谱，我们都是专柜货'],
      ['fake flowers look real', '这盆是高仿真绿植，就是假花，摆客厅跟真的一样'],
    ],
  },
  {
    category: 'return_refusal',
    fires: [
      ['a refusal', '特价的东西不退不换'],
      ['opened means no return', '拆了就不能退了哈'],
    ],
    clean: [
      ['who told you so', '谁跟你说不退的？能退，申请就行'],
      ['the worry named', '别担心退不了，七天内都能申请'],
      ['a low price does not mean no return', '价格低不代表不能退，七天无理由照样有'],
    ],
  },
  {
    category: 'order_manipulation',
    fires: [
      ['receipt first, resend later', '您先点确认收货，少的我们再补'],
    ],
    clean: [
      ['told not to confirm yet', '您先别点确认收货，少件的事走售后'],
      ['told not to confirm before it arrives', '还没到的话，请先不要点确认收货'],
    ],
  },
  {
    category: 'off_platform',
    fires: [
      ['WeChat offered when the buyer is busy', '您不方便的话加我微信聊'],
    ],
    clean: [
      ['WeChat refused politely', '这边不方便加您微信哈，有事在这里留言就行'],
      ['a printed WeChat icon is no contact', '杯子上印的微信图标是设计元素，不是联系方式'],
    ],
  },
  {
    category: 'absolute_claims',
    fires: [
      ['lowest price claimed', '我们家是全网最低价，放心买'],
    ],
    clean: [
      ['the claim declined', '全网最低我可不敢说，这个价是实在的'],
      ["another shop's claim", '别家说全网最低我不清楚，我们是正常活动价'],
    ],
  },
  {
    category: 'medical_claims',
    fires: [
      ['a cure claimed', '这个红糖姜茶能治痛经'],
    ],
    clean: [
      ['a cure claim called nonsense', '说红糖能治痛经的那是网上瞎说的，我们只卖红糖'],
    ],
  },
  {
    category: 'abuse',
    fires: [
      ['dismissive', '爱买不买'],
    ],
    clean: [
      ['the abuse quoted to disown it', '买家说我们回复「爱买不买」？我们不会这么讲话'],
      ["someone else's words quoted", '「不归我管」这话是快递员说的吧？我来帮您催'],
    ],
  },
];

describeClasses('round 11', CLASSES);
