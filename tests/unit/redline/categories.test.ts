import { describe, expect, it } from 'vitest';
import { createRedlineEngine, type CategoryId, type PlatformId } from '../../../lib/redline';

const engines = new Map<PlatformId, ReturnType<typeof createRedlineEngine>>();
function check(text: string, platform: PlatformId = 'generic') {
  let e = engines.get(platform);
  if (!e) engines.set(platform, (e = createRedlineEngine({ platform })));
  return e.check(text);
}
const categoriesOf = (text: string, platform?: PlatformId) => new Set(check(text, platform).map((f) => f.category));

interface Table {
  category: CategoryId;
  /** Must be flagged with this category (and the named rule, when one is given). */
  fires: Array<[text: string, rule?: string]>;
  /** Look dangerous, must not be flagged at all. */
  clean: string[];
}

const TABLES: Table[] = [
  {
    category: 'invoice_refusal',
    fires: [
      ['亲，这款不开发票哦', 'invoice.refuse'],
      ['发票开不了呢亲', 'invoice.refuse'],
      ['我们小店开不了发票', 'invoice.refuse'],
      ['开票要加6个点', 'invoice.surcharge'],
      ['发票另外收钱的', 'invoice.surcharge'],
      ['开发票要多付百分之六的税点', 'invoice.surcharge'],
      ['要发票就不包邮了哈', 'invoice.surcharge'],
      ['带票价格另议', 'invoice.surcharge'],
      ['只能给收据', 'invoice.receipt-only'],
      ['只有收据哦亲', 'invoice.receipt-only'],
      ['發票開不了'],
    ],
    clean: [
      '不会不给您开发票的',
      '开发票不收额外费用',
      '我没有说不给开哦',
      '能开发票吗？能的亲，电子发票确认收货后在订单页申请',
      '可以开发票的亲，不加钱',
      '包裹里没有纸质发票，电子发票在订单页下载',
      '不存在开不了发票的情况',
      '我们这里没有收据，只开正规发票',
      '您需要开发票吗？',
      '开票是免费的，不用加钱',
    ],
  },
  {
    category: 'return_refusal',
    fires: [
      ['拆了就不能退了哦', 'return.unpacked'],
      ['开封了就不接受无理由退货', 'return.unpacked'],
      ['特价商品不退不换', 'return.sale-item'],
      ['清仓款概不退换哦', 'return.sale-item'],
      ['这款不支持七天无理由', 'return.refuse'],
      ['亲，这个退不了哦', 'return.refuse'],
      ['非质量问题不退的', 'return.refuse'],
      ['只有质量问题才能退', 'return.refuse'],
      ['退货要扣20%折旧费', 'return.deduction'],
      ['不是质量问题不给退哦'],
    ],
    clean: [
      '定制商品不支持七天无理由，页面已标注',
      '生鲜属于鲜活易腐商品，不支持七天无理由',
      '软件拆封后不支持无理由退货',
      '激活码一经激活不支持退货',
      '报刊杂志不支持无理由退货',
      '这款您下单时已确认不支持七天无理由退货',
      '不是不给退，是需要您先寄回来',
      '支持七天无理由，拆封不影响退货',
      '拆开了可以退，不影响',
      '降价了不退差价哦，可以领券',
      '超过七天就不能无理由退了，质量问题还能处理',
      '不存在特价不退这种说法',
    ],
  },
  {
    category: 'off_platform',
    fires: [
      ['加我威信', 'offplatform.wechat'],
      ['加我薇信吧', 'offplatform.wechat'],
      ['VX：abc123', 'offplatform.wechat'],
      ['加个vx', 'offplatform.wechat'],
      ['加我V信', 'offplatform.wechat'],
      ['+V 领券', 'offplatform.wechat'],
      ['加v发您图', 'offplatform.wechat'],
      ['加我扣扣', 'offplatform.qq'],
      ['加我企鹅', 'offplatform.qq'],
      ['加Q Q聊', 'offplatform.qq'],
      ['支付宝 转账给我就行', 'offplatform.payment'],
      ['我发个收款码给您', 'offplatform.payment'],
      ['私下交易更便宜', 'offplatform.payment'],
      ['打我电话 1 3 8 1 2 3 4 5 6 7 8', 'offplatform.phone'],
      ['电话１３８１２３４５６７８', 'offplatform.phone'],
      ['手机幺三八幺二三四五六七八', 'offplatform.phone'],
      ['一三八一二三四五六七八，打这个', 'offplatform.phone'],
      ['我的QQ是 3 8 6 5 2 7 1 9 0'],
      ['您留个电话吧', 'offplatform.contact'],
      ['去别的平台买更便宜', 'offplatform.other-platform'],
    ],
    clean: [
      '请勿私下转账',
      '不要加任何人微信',
      '平台外付款没有保障哦',
      '支持微信支付和支付宝付款',
      '可以用微信支付',
      '如果有人让您加微信，千万别信',
      '您问能不能加微信？不好意思，平台不允许',
      '这款是V领的',
      'VIP会员9折',
      '电压220V',
      '快递单号SF1381234567890',
      '订单号230918123456789',
      '尺寸138cm',
      '价格1380元',
      '充电宝20000毫安',
      '核对一下收货地址：张女士 13912345678 杭州市余杭区',
      'QQ音乐会员卡充值后不退',
      '小企鹅毛绒玩具很可爱',
      '我直接转给售后同事处理',
    ],
  },
  {
    category: 'review_manipulation',
    fires: [
      ['五星好评返3元', 'review.reward'],
      ['晒图返现', 'review.reward'],
      ['好评截图发我返您2块', 'review.reward'],
      ['删差评给您发红包', 'review.remove'],
      ['差评能删掉吗', 'review.remove'],
      ['不给好评的话售后不好处理', 'review.pressure'],
    ],
    clean: [
      '感谢您的好评',
      '满意的话麻烦给个五星好评哦',
      '我们不做好评返现',
      '好评返现是违规的，我们不做',
      '我们会改进差评里提到的问题',
    ],
  },
  {
    category: 'order_manipulation',
    fires: [
      ['先确认收货我再给您退款', 'order.confirm-first'],
      ['确认收货后给您退5元', 'order.confirm-first'],
      ['您取消订单重新拍一下', 'order.cancel-reorder'],
      ['退货原因选“不想要了”就行', 'order.false-reason'],
      ['别选质量问题', 'order.false-reason'],
      ['别申请售后了，我私下补偿您', 'order.avoid-aftersale'],
      ['拍一单我们不发货，冲个销量', 'order.fake'],
    ],
    clean: [
      '确认收货后在订单页申请发票就行',
      '确认收货后如果有问题也可以申请退款',
      '退货原因请如实选择',
      '不用申请退款，已经给您退了',
      '收到货检查没问题再确认收货',
      '您不需要取消订单，我们帮您备注',
    ],
  },
  {
    category: 'absolute_claims',
    fires: [
      ['全网最低价', 'absolute.lowest-price'],
      ['国家级工艺', 'absolute.best'],
      ['100%有效', 'absolute.guarantee'],
      ['销量全网第一', 'absolute.best'],
      ['市面上最好的面料', 'absolute.best'],
      ['NO.1爆款', 'absolute.best'],
      ['唯一指定供应商', 'absolute.best'],
      ['我们家这款是最好的', 'absolute.best'],
    ],
    clean: [
      '最近发货比较快',
      '最快明天到',
      '最好的办法是先拍照给我们',
      '第一次购买有新人券',
      '唯一的区别是颜色',
      '面料是100%纯棉',
      '最佳赏味期6个月',
      '第一时间给您发货',
      '我们不说全网最低，但性价比很高',
      '万能转换插头',
    ],
  },
  {
    category: 'medical_claims',
    fires: [
      ['这个能根治脚气', 'medical.cure'],
      ['喝了能降血压', 'medical.disease-effect'],
      ['可以治疗失眠', 'medical.cure'],
      ['比吃药还管用', 'medical.cure'],
      ['能防癌', 'medical.disease-effect'],
    ],
    clean: [
      '我们是普通食品，不能治疗疾病',
      '不具有治疗作用',
      '治疗期间请遵医嘱',
      '降温贴是物理降温的',
      '不能替代药物治疗',
    ],
  },
  {
    category: 'abuse',
    fires: [
      ['你有病吧', 'abuse.insult'],
      ['爱买不买', 'abuse.dismissive'],
      ['穷就别买', 'abuse.dismissive'],
      ['滚', 'abuse.insult'],
      ['这事不归我管', 'abuse.dismissive'],
      ['你眼瞎啊', 'abuse.insult'],
    ],
    clean: [
      '滚筒洗衣机可以洗',
      '滚轮很静音',
      '神经酰胺面霜',
      '颜色随便你挑',
      '收到的有毛病可以退',
      '客服不是人工的话会自动回复',
    ],
  },
  {
    category: 'privacy',
    fires: [
      ['把验证码发我', 'privacy.secret'],
      ['银行卡密码告诉我', 'privacy.secret'],
      ['身份证号发一下', 'privacy.id'],
      ['上一个买家的电话是13812345678', 'privacy.others'],
    ],
    clean: [
      '请勿向任何人透露验证码，客服不会向您索要',
      '我们不会要您的银行卡密码',
      '平台会给您发验证码，填进去就行',
      '跨境商品清关需在下单页填写身份证信息',
      '密码锁说一下密码设置方法',
      '其他顾客的订单也是今天发',
    ],
  },
  {
    category: 'unfair_terms',
    fires: [
      ['最终解释权归本店所有', 'unfair.final-say'],
      ['签收即视为质量合格', 'unfair.deemed-accepted'],
      ['运输途中损坏本店概不负责', 'unfair.transit-risk'],
      ['一经售出概不退换', 'unfair.sold-final'],
    ],
    clean: ['签收前请先验货', '快递途中损坏的话我们负责补发', '签收后发现问题也可以联系我们', '最终价格以下单页为准'],
  },
  {
    category: 'counterfeit',
    fires: [
      ['这是高仿的', 'counterfeit.admit'],
      ['复刻版，细节一比一还原', 'counterfeit.admit'],
      ['A货', 'counterfeit.admit'],
      ['原单货', 'counterfeit.admit'],
    ],
    clean: [
      '我们不卖高仿',
      '绝不卖A货',
      '原单号发我一下',
      '仿古设计',
      '仿真花',
      '官方复刻的经典款，有防伪码',
      '不是高仿哦，专柜可验',
    ],
  },
];

describe.each(TABLES)('$category', ({ category, fires, clean }) => {
  it.each(fires)('flags 「%s」', (text, rule) => {
    const flags = check(text).filter((f) => f.category === category);
    expect(flags.length, JSON.stringify(check(text))).toBeGreaterThan(0);
    if (rule) expect(flags.map((f) => f.rule)).toContain(rule);
    for (const f of flags) {
      expect(f.message).toMatch(/依据：/);
      expect(f.end).toBeGreaterThan(f.start);
    }
  });
  it.each(clean)('leaves 「%s」 alone', (text) => {
    expect(check(text)).toEqual([]);
  });
});

describe('flags carry the why and a compliant rewording', () => {
  it.each([
    ['全网最低', '这款性价比很高'],
    ['不开发票', '可以开具电子发票，确认收货后在订单页申请即可'],
  ])('「%s」 → 「%s」', (text, suggestion) => {
    const [flag] = check(text);
    expect(flag?.suggestion).toBe(suggestion);
  });

  it('cites the law in the message', () => {
    const [flag] = check('亲，这款不开发票哦');
    expect(flag?.message).toContain('电子商务法');
    expect(flag?.severity).toBe('block');
  });
});

describe('one draft, several red lines', () => {
  it('reports each category once, sorted by position', () => {
    const text = '亲，开票要加6个点，五星好评返3元，加我威信';
    const flags = check(text);
    expect(flags.map((f) => f.category)).toEqual(['invoice_refusal', 'review_manipulation', 'off_platform']);
    for (let i = 1; i < flags.length; i++) expect(flags[i]!.start).toBeGreaterThanOrEqual(flags[i - 1]!.start);
  });

  it('never reports overlapping flags of the same category', () => {
    for (const text of [
      '一经售出概不退换',
      '加我微信号abc123',
      '特价商品拆了就不能退了',
      '您先确认收货我再给您退款，别申请售后',
    ]) {
      const flags = check(text);
      for (const a of flags)
        for (const b of flags)
          if (a !== b && a.category === b.category) expect(a.end <= b.start || b.end <= a.start, text).toBe(true);
    }
  });

  it('flags a multi-category sentence with both', () => {
    expect(categoriesOf('本店商品一经售出概不退换')).toEqual(new Set(['return_refusal', 'unfair_terms']));
  });
});
