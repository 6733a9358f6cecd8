/**
 * Shop-chat concepts: the words buyers use and the words replies use for the same thing rarely overlap (buyer: 多久到;
 * reply: 预计2-3天送达), so both sides are mapped onto shared concept tokens. Terms are matched as substrings of the
 * normalised text (lowercase, half-width). Buyer typos and homophones that pinyin matching cannot catch go here too.
 *
 * `weak` concepts (greetings, thanks) are real intents when a message has nothing else, and noise when it does.
 */
import { isHan } from './normalize';
import { readingsOf } from './pinyin';

export interface Concept {
  id: string;
  terms: string[];
  weak?: boolean;
}

export const CONCEPTS: Concept[] = [
  { id: 'greeting', weak: true, terms: ['人呢', '有人没', '在吗', '在不在', '在么', '有人吗', '有人在', '你好', '您好', '哈喽', 'hello', 'hi', '客服在吗', '客服在不在', '老板在', '掌柜', '店家在'] },
  { id: 'thanks', weak: true, terms: ['不客气', '没别的', '先拍了', '拜拜', '再见', '没问题了', '没事了', '先这样', 'ok了', '好嘞', '行吧', '谢谢', '多谢', '感谢', '辛苦', '麻烦你了', 'thx', '3q', '谢啦', '好的', '知道了', '明白了'] },
  { id: 'wait', weak: true, terms: ['稍等', '等一下', '等等', '等会', '马上', '请稍'] },
  { id: 'human', terms: ['人工', '真人', '机器人', '转接', '找客服', '换个客服', '主管', '负责人', '领导'] },
  { id: 'offhours', terms: ['下班', '晚上', '夜间', '几点上班', '几点下班', '工作时间', '上班时间', '在线时间', '周末', '放假', '节假日', '过年', '春节', '国庆', '休息'] },
  { id: 'invoice', terms: ['receipt', '发票', '开票', '专票', '普票', '电子票', '纸质票', '增值税', '抬头', '税号', '税点', '报销', '发漂', '发飘', '开个票', '开张票', '票据', 'invoice'] },
  { id: 'ship_time', terms: ['发货', '发出', '发走', '寄出', '出库', '几时发', '多久发', '啥时候发', '什么时候发', '何时发', '今天发', '今天能发', '明天发', '当天发', '发了没', '发了吗', '还没发', '没发货', '怎么还不发', '催发', '快点发', '几天发', '能发吗', '现货'] },
  { id: 'delivery_time', terms: ['多久到', '几天到', '多少天到', '啥时候到', '什么时候到', '何时到', '能到', '到货', '送达', '时效', '几天能收到', '多久能收到', '收到要', '要几天', '多长时间', '到我这', '明天能到', '后天能到'] },
  { id: 'courier', terms: ['快递', '快第', '物流公司', '顺丰', '圆通', '中通', '申通', '韵达', '邮政', 'ems', '京东快递', '京东物流', '极兔', '德邦', '百世', 'sf', 'yd', '哪家', '什么快递', '啥快递', '指定快递', '发邮政', '到付'] },
  { id: 'shipping_fee', terms: ['包邮', '邮费', '运费', '快递费', '补邮', '补运费', '加钱', '差价', '补差'] },
  { id: 'ship_from', terms: ['发货地', '从哪发', '哪里发', '哪发货', '仓库在', '产地', '从哪里寄', '哪里寄'] },
  { id: 'area', terms: ['拉萨', '乌鲁木齐', '喀什', '伊犁', '西宁', '呼和浩特', '银川', '三亚', '海口', 'overseas', 'abroad', 'malaysia', 'singapore', 'usa', 'japan', 'australia', 'canada', 'ship to', '偏远', '新疆', '西藏', '青海', '内蒙', '宁夏', '甘肃', '海南', '港澳台', '香港', '澳门', '台湾', '海外', '国外', '乡镇', '农村', '村里', '能发到', '能寄到', '送到', '配送范围', '送货上门', '上门', '派送', '驿站', '菜鸟'] },
  { id: 'logistics', terms: ['运输中', '在路上', '躺了', '转运中心', '几天没动', '丢件了', '件丢了', '放驿站', '驿站', '快递柜', '没打电话', '派送员', 'tracking', '物流', '快递到哪', '到哪了', '到哪里了', '单号', '运单', '查不到', '查询不到', '没动', '不动', '不更新', '没更新', '停了', '卡住', '卡着', '停滞', '轨迹', '派件', '派送', '签收', '显示签收', '没收到', '还没到', '没到', '丢件', '丢了', '被别人拿', '拒收', '退回了', '中转'] },
  { id: 'logistics_stuck', terms: ['躺了', '几天没动', '没动', '不动', '不更新', '没更新', '停了', '卡住', '卡着', '停滞', '一直在', '还在中转', '转运中心', '好几天了', '物流停', '不走'] },
  { id: 'logistics_lost', terms: ['丢件', '丢了', '件丢了', '找不到包裹', '包裹丢', '弄丢', '遗失', '丢失'] },
  { id: 'signed_missing', terms: ['显示签收', '已签收', '签收了', '没收到', '被别人拿', '谁签收', '谁帮我签', '驿站', '放驿站', '快递柜', '代收', '门卫', '没打电话', '不送上门'] },
  { id: 'tracking_no', terms: ['单号', '运单', '快递单', '物流单号', '查不到物流', '查询不到', '物流信息', '到哪了', '到哪里了', '快递到哪'] },
  { id: 'price', terms: ['别家', '比你便宜', '人家卖', '便宜5', '便宜10', '比价', '其他店', '抹个零', '便宜点', '少点钱', '能少', '再少', '便宜', '优惠', '打折', '折扣', '降价', '少点', '少一点', '砍价', '议价', '讲价', '最低', '底价', '价格', '多少钱', '贵', '让点', '抹零', '包个邮', '批发', '量大', '多买', '团购', '拿货'] },
  { id: 'coupon', terms: ['优惠券', '券', '满减', '领券', '红包', '活动', '秒杀', '大促', '双十一', '双11', '618', '会员价', '第二件', '折上折', '店铺券'] },
  { id: 'gift', terms: ['送东西', '送啥', '有送', '送赠品', '附赠', '配送品', '赠品', '送什么', '小礼物', '礼品', '赠送', '买一送一', '送的', '小样', '试用装', '有礼'] },
  { id: 'price_protect', terms: ['保价', '价保', '降价了', '买贵了', '差价退', '退差价', '刚买就降'] },
  { id: 'size', terms: ['大一码', '小一码', '拍大', '拍小', 'size', 'size chart', '尺码表', '尺码', '码数', '尺寸', '大小', '偏大', '偏小', '正码', '标准码', '身高', '体重', '多大', '多高', '几码', '什么码', '哪个码', '穿多大', '选码', '多少斤', '斤穿', '斤能穿', '斤选', '斤左右', 'cm', '腰围', '胸围', '肩宽', '脚长', '码子', 'xl', 'xxl', 'l码', 'm码', 's码', '均码', '宽松', '修身', '太紧', '紧了'] },
  { id: 'stock', terms: ['什么时候到货', '啥时候有货', '有货', '没货', '现货', '库存', '缺货', '补货', '断码', '预售', '还有吗', '有没有货', '卖完', '售罄', '下架', '到货通知', '什么时候有', '还会有'] },
  { id: 'out_of_stock', terms: ['通知我', '到了告诉', '到货告诉', '没货', '断货', '缺货', '卖完', '售罄', '卖光', '补货', '到货通知', '选不了', '拍不了', '没库存', '无货', '啥时候有', '什么时候有', '还会有', '断码'] },
  { id: 'storage', terms: ['保存', '存放', '储存', '怎么存', '怎么放', '冰箱', '冷藏', '冷冻', '密封', '避光', '阴凉', '防潮'] },
  { id: 'sample', terms: ['小样', '试用装', '试饮', '试吃', '小包装', '尝尝', '尝一下', '体验装', '旅行装', '分装', '尝鲜', '先试试', '试一下'] },
  { id: 'quality', terms: ['旗舰店', '翻新', '二手', '全新', '是新的吗', '拆过', '正品', '是真的吗', '真货', '假的', '假货', '正不正', '保真', '质量', '品质', '好不好', '耐用', '授权', '品牌', '专柜', '官方', '防伪'] },
  { id: 'material', terms: ['材质', '面料', '纯棉', '成分', '起球', '掉色', '褪色', '缩水', '掉毛', '透气', '厚薄', '厚不厚', '薄不薄', '加绒', '味道', '异味', '甲醛'] },
  { id: 'color', terms: ['颜色', '色差', '什么色', '哪个色', '好看', '图片', '实物', '实拍', '与图', '和图'] },
  { id: 'usage', terms: ['怎么设置', '设置', '定时', '预约', '配对', '连接', '连不上', '怎么连', '重置', '恢复出厂', '不会用', '不懂怎么', 'how to use', '怎么用', '怎么使用', '使用方法', '用法', '说明书', '安装', '怎么装', '教程', '视频', '操作', '怎么弄', '充电', '保养', '清洗', '洗涤', '怎么洗', '能机洗'] },
  { id: 'warranty', terms: ['开胶', '脱胶', '能修', '修吗', '保不保', '保修吗', '还能修', '返修', '寄修', '过保', '保修期', '保休', '免费维修', '换新', '保修', '质保', '维修', '坏了修', '包修', '包换', '保多久', '售后保障', '三包'] },
  { id: 'shelf_life', terms: ['保质期', '生产日期', '过期', '临期', '新鲜', '日期', '批次', '有效期'] },
  { id: 'skin', terms: ['过敏', '敏感肌', '孕妇', '宝宝能用', '小孩能用', '儿童', '刺激', '成分安全'] },
  { id: 'address', terms: ['搬家', '寄到公司', '改寄', '电话号码', '号码填错', '手机号', '地址', '改地址', '换地址', '修改地址', '地址错', '地址填错', '写错地址', '收货人', '收件人', '电话错', '改电话', '手机号错', '改个地址', '寄到别', '换个地方'] },
  { id: 'merge', terms: ['合并', '一起发', '一起寄', '一块发', '一起邮', '两单', '几单', '多个订单', '分开发', '拼单', '凑单', '同一个包裹'] },
  { id: 'pay', terms: ['付款', '支付', '拍下', '下单', '没付', '未付', '待付款', '怎么拍', '怎么买', '付不了', '付钱', '花呗', '信用卡', '分期', '货到付款', '拍了', '买了'] },
  { id: 'cancel', terms: ['取消订单', '取消', '不要了', '拍错', '买错', '下错单', '撤销', '不想买了'] },
  { id: 'missing', terms: ['少东西', '漏寄', '没给我', '没有放', '没看到', '没找到', '没有说明书', '说明书呢', '配件呢', '转接头', '附件', '少发', '漏发', '少了', '少一', '缺了', '缺少', '少件', '只有一', '只收到', '数量不对', '没有配件', '配件没', '少个', '差一个', '没放'] },
  { id: 'wrong', terms: ['寄来的是', '发来的是', '收到的是', '发的是', '不是我拍的', '拍的是', '发错', '错了', '不是我要的', '不是我买的', '不一样', '不对', '颜色不对', '尺码不对', '型号不对', '款式不对', '发成'] },
  { id: 'damaged', terms: ['开胶', '脱胶', '掉底', '有个洞', '破了个', '成渣', '碎成', '裂开', '摔坏', '压烂', '口子', '破洞', '开线', '掉渣', '撞坏', '碰坏', '磕坏', '扁了', '坏的', '破损', '坏了', '碎了', '压坏', '破了', '烂了', '裂了', '开裂', '漏了', '漏液', '变形', '划痕', '瑕疵', '脏了', '污渍', '损坏', '瘪了', '凹', '断了', '不能用', '用不了', '打不开', '不亮', '没反应', '质量问题', '有问题'] },
  { id: 'return', terms: ['七天', '用过了', '试用', '用了一次', '不太满意', '能退不', 'return', '退货', '退回', '退掉', '退了', '能退', '可以退', '想退', '要退', '七天无理由', '7天无理由', '无理由', '不想要', '不合适', '不喜欢', '退吗', '拆了能退', '拆封', '寄回'] },
  { id: 'exchange', terms: ['换货', '换一个', '换个', '换码', '换尺码', '换大', '换小', '换颜色', '调换', '更换', '能换', '可以换', '换吗'] },
  { id: 'refund', terms: ['没退钱', '钱没退', '钱也没退', '没退给我', '钱啥时候', '钱什么时候', '钱呢', '退的钱', '钱还没', '钱到', 'refund', '退款', '退钱', '钱退', '到账', '退回来', '仅退款', '退宽', '什么时候退', '钱呢', '返款', '退费', '原路'] },
  { id: 'return_fee', terms: ['运费险', '退货运费', '来回运费', '邮费谁出', '运费谁出', '谁承担', '寄回运费', '退运费'] },
  { id: 'return_address', terms: ['退货地址', '寄回地址', '寄到哪', '退到哪', '地址发我', '退货寄哪'] },
  { id: 'complaint', terms: ['没人解决', '搞什么', '问三遍', '问了几遍', '几遍了', '没人处理', '服务太差', '没人管', '气人', '搞成这样', '不负责', '投诉', '生气', '差评', '太慢', '垃圾', '失望', '什么破', '骗子', '骗人', '坑人', '无语', '服了', '态度', '不满意', '太差', '12315', '举报', '维权', '曝光', '退一赔', '气死'] },
  { id: 'urgent', terms: ['来得及', '赶得上', '着急用', '要用', '等着用', '着急', '急用', '急着', '赶时间', '加急', '快点', '尽快', '能快点'] },
  { id: 'review', terms: ['评价', '好评', '晒图', '追评', '评论', '五星'] },
  { id: 'confirm_receipt', terms: ['确认收货', '确认收到', '自动收货'] },
  { id: 'order_change', terms: ['改订单', '修改订单', '改规格', '改颜色', '改尺码', '备注', '留言', '改数量'] },
  { id: 'feet', terms: ['鞋', '脚宽', '脚背', '脚肥', '脚瘦', '脚长', '鞋码', '穿鞋', '挤脚', '磨脚', '夹脚'] },
  { id: 'fresh', terms: ['生鲜', '水果', '车厘子', '樱桃', '海鲜', '鲜活', '易腐', '蔬菜', '冷链', '软了', '坏果', '烂果', '不新鲜', '化了', '解冻'] },
  { id: 'fraud', terms: ['理赔', '诈骗', '骗子电话', '陌生电话', '冒充', '点链接', '发链接', '退款链接', '要验证码', '要我银行卡', '打电话说', '防骗', '谨防'] },
  { id: 'clarify', terms: ['什么意思', '啥意思', '没看懂', '没明白', '看不懂', '具体是', '具体说', '您是想', '哪方面'] },
  { id: 'broken', terms: ['不响', '没声音', '没有声音', '不出声', '杂音', '电流声', '不转', '不出风', '不出热风', '没反应', '不亮', '灯不亮', '充不进', '充不上', '不充电', '充不了电', '开不了机', '开不机', '死机', '失灵', '接触不良', '断连', '断开', '卡顿', '不工作', '不能用了', '坏了', '用不了', '故障', '不好使', '不灵'] },
  { id: 'safety', terms: ['发热', '发烫', '很热', '烫手', '太烫', '爆炸', '着火', '冒烟', '安全吗', '会不会坏', '伤手机', '伤电池', '充坏', '过充', '漏电', '3c认证', '认证'] },
  { id: 'compat', terms: ['能用这个', '可以用吗', '能充吗', '能给', '通用吗', '通用', '配不配', '匹配', '能用吗', '能用不', '能不能用', '适用', '适配', '兼容', '支持什么', '插得进', '能插', '能充', '型号', '接口', '苹果', 'iphone', '安卓', '华为', '小米', '荣耀', 'oppo', 'vivo', '三星', 'type-c', 'typec', 'type c', 'lightning', '闪电头', '笔记本', '电脑', '平板', 'ipad'] },
  { id: 'clean', terms: ['水洗', '机洗', '手洗', '干洗', '洗衣机', '洗涤', '能洗', '可以洗', '先洗', '烘干', '清洗', '怎么洗', '洗一下', '脏了', '清洁', '擦', '消毒', '除垢'] },
  { id: 'wholesale', terms: ['公司要', '单位', '企业', 'logo', '团建', '年会', '员工福利', '批发', '批量', '大量', '公司要买', '公司采购', '采购', '团购', '买50', '买100', '多买点', '企业购', '定制logo'] },
  { id: 'duration', terms: ['啥时候', '什么时候', '多久', '几天', '多长时间', '何时', '要多久', '工作日', '小时内', '天内', '时效', '最晚'] },
  { id: 'slow_reply', terms: ['人呢', '不回', '不理人', '没人回', '没人理', '半天不回', '等了半天', '等了十分钟', '等了好久', '回复慢', '回这么慢', '怎么不说话', '久等', '回复晚', '回复不及时', '咨询的人', '咨询量', '人比较多'] },
  { id: 'q_how', terms: ['怎么弄', '怎么操作', '怎么申请', '怎么设置', '咋弄', '咋整', '如何', '怎样', '方法', '步骤', '操作', '点击', '进入', '打开', '长按', '第一步', '教程'] },
  { id: 'q_status', terms: ['了吗', '了没', '好了没', '开了吗', '发了吗', '退了吗', '到了吗', '处理了吗', '进度', '怎么还没', '还没', '都一周', '等了', '帮您查', '跟进', '正在处理', '加急'] },
  { id: 'gift_pack', terms: ['礼盒', '礼物', '送人', '送礼', '包装成礼', '礼品包装', '包一下', '贺卡', '礼品袋', '手提袋', '价格标签', '吊牌'] },
];

interface TermEntry {
  term: string;
  concept: number;
}

/** Terms bucketed by first character so a scan costs one map lookup per position. */
const byFirstChar = new Map<string, TermEntry[]>();
CONCEPTS.forEach((concept, index) => {
  for (const term of concept.terms) {
    const first = term[0]!;
    let bucket = byFirstChar.get(first);
    if (!bucket) byFirstChar.set(first, (bucket = []));
    bucket.push({ term, concept: index });
  }
});

/**
 * Concept ids found in normalised text, with counts. Latin terms match only as whole Latin runs (so `hi` does not fire
 * inside `shipping`).
 */
export function findConcepts(normalized: string): Map<string, number> {
  const found = new Map<string, number>();
  for (let i = 0; i < normalized.length; i++) {
    const bucket = byFirstChar.get(normalized[i]!);
    if (!bucket) continue;
    for (const { term, concept } of bucket) {
      if (!normalized.startsWith(term, i)) continue;
      if (/^[a-z0-9]/.test(term) && !isWholeLatinRun(normalized, i, term.length)) continue;
      const id = CONCEPTS[concept]!.id;
      found.set(id, (found.get(id) ?? 0) + 1);
    }
  }
  return found;
}

/** A Latin term is a word of its own: `hi` not inside `shipping`; digits may follow (`iphone15`, `type-c`). */
function isWholeLatinRun(text: string, start: number, length: number): boolean {
  const before = start > 0 ? text[start - 1]! : '';
  const after = text[start + length] ?? '';
  return !/[a-z0-9]/.test(before) && !/[a-z]/.test(after);
}

export function isWeakConcept(id: string): boolean {
  return CONCEPTS.find((c) => c.id === id)?.weak === true;
}

interface SyllableTerm {
  syllables: string[];
  concept: number;
}

let syllableIndex: Map<string, SyllableTerm[]> | null = null;

/** Concept terms by the pinyin of their first character, built on first use (pinyin-pro is not cheap to call). */
function buildSyllableIndex(): Map<string, SyllableTerm[]> {
  const index = new Map<string, SyllableTerm[]>();
  CONCEPTS.forEach((concept, c) => {
    for (const term of concept.terms) {
      const chars = [...term];
      if (chars.length < 2 || !chars.every(isHan)) continue;
      const syllables = chars.map((ch) => readingsOf(ch)[0] ?? '');
      if (syllables.some((s) => !s)) continue;
      let bucket = index.get(syllables[0]!);
      if (!bucket) index.set(syllables[0]!, (bucket = []));
      bucket.push({ syllables, concept: c });
    }
  });
  return index;
}

/**
 * Concepts written with the wrong characters but the right sounds — the typos of pinyin input methods: 保休 (保修),
 * 发漂 (发票), 退宽 (退款), 顺风 (顺丰). Run on buyer text only; replies are spelled right.
 */
export function findConceptsBySound(normalized: string): Map<string, number> {
  syllableIndex ??= buildSyllableIndex();
  const chars = [...normalized];
  // Only the common reading of what the buyer typed: a polyphone's rare reading (能 as nài) would hear 耐用 in 能用.
  const readings = chars.map((ch) => (isHan(ch) ? readingsOf(ch).slice(0, 1) : []));
  const found = new Map<string, number>();
  for (let i = 0; i < chars.length; i++) {
    for (const first of readings[i]!) {
      for (const { syllables, concept } of syllableIndex.get(first) ?? []) {
        if (i + syllables.length > chars.length) continue;
        let ok = true;
        for (let k = 1; k < syllables.length && ok; k++) ok = readings[i + k]!.includes(syllables[k]!);
        if (!ok) continue;
        const id = CONCEPTS[concept]!.id;
        found.set(id, (found.get(id) ?? 0) + 1);
      }
    }
  }
  return found;
}
