import type { RuleDef, RuleText } from '../rule-def';

/*
 * Advertising law. Absolute terms (§9(3)): superlatives and rank words, guarantees, "beats everything"; a superlative
 * about a thing the shop sells, not 最近/最快/最好先量一下. Medical claims (§16–17): a cure or easing verb with a
 * disease or symptom ({CURE}@{DISEASE}), or a disease with what supposedly happens after using the product
 * ({DISEASE}…吃了…就好了), or a drug framing (药用配方, 比吃药还好, 不用去医院).
 */

const MEDICAL_FIX = '这款是日常保养用的，不能替代药物，身体不适请咨询医生';
// The agent taking the claim back: 不能代替药物, 建议咨询医生, 这个说法我们不能讲.
const MEDICAL_CAVEAT =
  '特殊化妆品|特证|妆特字|(不能|不可以|不可)(代替|替代)|没有(治疗|医疗)(作用|效果|功效)|不是药|不是医疗器械|咨询医生|问问?医生|遵医嘱|就医|看医生|去医院看|(不能|不敢|不可以|没法)(说|讲|承诺|保证|宣传)|这个说法|不敢说';
const SUPERLATIVE =
  '好|佳|棒|强|优|牛|全|专业|正宗|权威|安全|健康|适合|舒服|耐用|便宜|好用|好吃|好喝|过硬|实惠|火爆|纯正|优质|高端|划算';
// Any quality after 最 (最甜, 最耐穿, 最不红屁屁), but not time, order, quantity or size (最近, 最后, 最快明天到, 最少拍两件,
// 最大能装6升): those are facts, not praise.
// Within the shop's own range (全店最轻, 这几款里最薄) it compares, it does not claim the market; the weather is no claim.
const MOST =
  '(?<!(店|店里|店内|里面|之中|当中|系列里?|几款里?|两款里?|这些里?))最(?!近|后|先|早|晚|迟|快|慢|多|少|终|初|新|大|小|长|短|低|冷|热|难|忙|累|惨|好(?!的|用|吃|喝|看|穿))[\\u4e00-\\u9fa5]';
// Where a superlative claims the whole market: 全网, 全国, 行业, 国家, 全快手, 整个直播间.
const SCOPE =
  '全网|全国|全球|全?世界|全?宇宙|市面上?|市场上?|行业|业内|业界|同类|同价位|同级|国内|史上|品类|国家|国际|全(站|平台|场|直播间|城|省|市|淘|抖音|快手|京东|拼多多|天猫|淘宝)|整个(平台|直播间|行业|市场)|所有(品牌|牌子|店)';

export const ADVERTISING_RULES: RuleDef[] = [
  // ── absolute_claims ──
  {
    id: 'absolute.lowest-price',
    cat: 'absolute_claims',
    sev: 'warn',
    why: '“全网最低”“史上最低价”属于绝对化用语',
    fix: '这款性价比很高',
    re: '(全网|全国|全平台|史上|历史|行业|市场|市面上?|同行|同类|绝对|全年)@{0,2}(最低|最便宜|最优惠)价?|最低价|价格最低|没有比@{0,4}更(便宜|低)',
  },
  {
    id: 'absolute.best',
    cat: 'absolute_claims',
    sev: 'warn',
    why: '“最好”“第一”“国家级”“顶级”等属于绝对化用语',
    fix: '这款品质很好，回购的顾客很多',
    re: [
      `(${SCOPE})@{0,8}?(最(${SUPERLATIVE}|高)|${MOST}|第一|领先|唯一|冠军|无敌|首家|首创|独家)`,
      '最高(级别|标准|等级|规格|品质|档次)',
      // 是唯一能给笔记本充电的, 别家都不行: exclusivity.
      '(是|就是|算是)唯一(能|可以|一(个|款|家|种|台)|有|做|敢|款|家)|(别家|别的店|其他家|同行|别人家|其他品牌|市面上的?)@{0,3}(都|全都|全)(不行|做不到|比不了|不如|没法比)|没(有)?对手|无敌手|难逢敌手|(排名|排行|销量|榜单)?(榜首|榜一|霸榜)|排(名)?第一|独家(配方|秘方|专利|工艺|技术|首发)',
      '(?<!卖得|卖的|销得)(最(好|佳|强|优)|最高级)的?(产品|商品|宝贝|质量|品质|效果|面料|材料|材质|配方|工艺|款|选择|一款|一个)',
      '(质量|品质|效果|做工|面料|材质|口碑|性能|续航|配置)@{0,2}(最好|最佳|最强|最优|第一|顶级|一流)',
      `(是|就是)(?<v>最(${SUPERLATIVE}))的(了)?(?=[,.!?。~]|$|哦|呢|啦|啊)`,
      // 最好的苹果就是我们这个; 我们家是全网最好的
      `最(${SUPERLATIVE}|高)的@{0,8}?(就是|是|非|就在|在)@{0,2}?(我们|咱|我家|本店|这款|这个|这家)`,
      `(我们|咱家|我家|这款|这个|本店)(家|的)?@{0,8}?(就是|是|算是)@{0,3}?(?<v>(全网|全国|全球|行业|市面上?|同类|网上|目前)?(最(${SUPERLATIVE})|${MOST}))(?!的(办法|方法|时候|时间))`,
      `(没有|找不到|找不出)比@{0,6}?更(${SUPERLATIVE}|划算|优秀)|(找不到|没有|找不出)第二(家|个|款)|(全国|全网|国内)@{0,2}独家`,
      '没有之一|永远的神|yyds|(国家|世界|宇宙)级|顶级|顶尖|极品|王牌|巅峰|至尊|no\\.?1(?!\\d)|top ?1(?!\\d)|销量(第一|冠军)|销冠|第一品牌|独一(无二|份|家)|仅此一家|绝无仅有|无与伦比|首屈一指|举世无双|史无前例|前所未有',
      '最强|最佳(?!赏味|食用|饮用|使用|观赏)|国际领先|遥遥领先|最先进|唯一(指定|正品|授权|真品)|领导(品牌|者)|领军(品牌|企业)|(行业|品类|业内)标杆|天花板级|(品质|颜值|性价比|音质|画质|做工|口感|业界|行业)@{0,2}天花板|(是|算是|堪称|称得上)@{0,4}?天花板|(断货|销量|爆款|之)王',
      '(秒杀|吊打|碾压|完爆)@{0,2}(同价位|同类|同级|所有|一切|全部|市面|别家|其他|同行|竞品|大牌|一众)|(大牌|别家|同行|同类|其他家)@{0,3}(都|也)?(比不上|比不了|没法比)',
      '万能(?!胶|表|钥匙|贴|插头|转换|插座|轮|充(?!电线))',
    ].join('|'),
  },
  {
    id: 'absolute.guarantee',
    cat: 'absolute_claims',
    sev: 'warn',
    why: '“100%有效”“永不褪色”等属于绝对化承诺',
    fix: '多数顾客反馈效果不错，具体因人而异',
    re: '(保证|确保|包)@{0,2}(100%|百分百|百分之百)|(100%|百分百|百分之百)(保证|保障|放心|满意)|(100%|百分百|百分之百)@{0,2}(不会|不|没有|无)[\\u4e00-\\u9fa5]|用(上)?([一二三四五六七八九十百几]+|\\d+)年(都|也)不(坏|变形|掉色|生锈|变)|(100%|百分百|百分之百|百分之一百)@{0,2}(有效|见效|治愈|安全|无副作用|不反弹|成功|管用|满意|除|杀|灭|防|过滤|阻隔|净化|纯天然)|(除|杀|灭|抑|去|防|过滤|阻隔|吸附|净化)@{0,4}?(率|效果|能力)@{0,3}(达到?|高达|是|为)?(100%|百分百|百分之百)|绝对(有效|见效|安全|不反弹)|绝对(不|没有|无|零)(掉色|起球|褪色|变形|缩水|过敏|副作用|反弹|甲醛|伤|刺激|开裂|坏|漏|生锈)|永不(生锈|掉色|褪色|变形|起球|过时|磨损|坏|断|漏|衰减|氧化|变色)|永久(保色|不坏|不变形|不褪色|有效)|(用|穿|戴)(上)?一辈子|(保证|包)@{0,4}?一辈子|一辈子不(长|坏|掉|变)|零(甲醛|风险|副作用)',
  },
  // ── medical_claims ──
  {
    id: 'medical.cure',
    cat: 'medical_claims',
    sev: 'block',
    why: '非药品、非医疗器械不得宣传治疗、治愈疾病',
    fix: MEDICAL_FIX,
    re: [
      '(?<v>治疗|(专门|专)(治|针对))#{0,6}?({DISEASE})|根治|治愈(?!系)|药到病除|包治|专治|治好|医治|疗效|除根|断根|祛病',
      '(能|可以|可|会|帮({YOU})?|有助于|辅助|帮助)#{0,2}?(?<v>治(?!理|安|疗期间|疗中|疗的人|疗过程)(疗)?)',
      // 手环治失眠: 治 right before the condition.
      '(?<![政统自医救诊整防])(?<v>治)(?!理|安|国|水|沙|疗)#{0,2}?({DISEASE})',
      '治疗(作用|效果|功效)|对@{0,6}?(病|炎|症|癌|{DISEASE})@{0,4}?(有效|有治疗|有疗效|管用|有@{0,4}效果|有(帮助|用|好处)|(特别|很|非常)?好(?![吃喝看用穿闻]))',
      '比(去)?@{0,3}(吃药|药物|药|医院|打针|输液|看医生)(还|更)?@{0,2}(管用|好使|强|好|有效|温和|见效|灵)|不(用|必|需要)(再)?(去)?@{0,2}(医院|吃药|打针|补牙|拔牙|看医生|看病|手术|输液|挂水)',
      '药用(配方|级|成分)|处方级|医用级|(?<!物理)理疗(功效|作用|效果)|磁疗|疗程',
    ].join('|'),
    unless: MEDICAL_CAVEAT,
  },
  {
    id: 'medical.disease-effect',
    cat: 'medical_claims',
    sev: 'block',
    why: '降血压、防癌、消炎、改善失眠等属于疾病功效，普通商品不得宣称',
    fix: MEDICAL_FIX,
    re: [
      '(?<v>{CURE})#{0,6}?({DISEASE})',
      // 嗓子发炎喝两勺就好了, 三高的老顾客吃了指标都降下来了
      '({DISEASE})&{0,8}?({USE})&{0,10}?(?<v>{CURED})',
      '({USE})(了|完)?&{0,10}?({DISEASE})#{0,4}?(?<v>{CURED})',
      // 偏头痛两分钟就缓解, 咽炎慢慢就调理好了: the condition, a little time, the easing verb.
      '({DISEASE})#{0,6}?(就|都|也|能|可以|立马|马上|很快|慢慢|直接|明显|彻底)+(?<v>{CURE}|{CURED})',
      // 吃了不得黄疸: prevention after use.
      '({USE})(了|完|上)?@{0,4}?(?<v>不(会)?(再)?(得|长|生|犯|患))({DISEASE})',
      // 亲测有效: a condition and an effect word in one breath.
      '({DISEASE})#{0,8}?(?<v>(亲测|实测|真的|特别|很|超)(有效|管用|好使|见效))|(?<v>(亲测|实测)(有效|管用|好使))#{0,10}?({DISEASE})',
      // 痛风也能缓解, 把血糖控制住: the condition first, then the easing verb.
      '把({DISEASE})@{0,3}?(?<v>{CURE})|({DISEASE})#{0,3}?(也|都)?(能|可以|可)(?<v>{CURE})',
      '({DISEASE})#{0,6}?(?<v>能好(?![看吃用听喝穿闻])|不[疼痛咳痒肿晕酸拉]了|稳定下来|稳住|稳了|不疼了|不痛了|消了|淡了|降下来|降了|变黑|长出来|止住|止泻|不复发|痊愈|康复|好转|好起来)',
      '降(血压|血糖|血脂|三高|尿酸)|(防|抗)癌|抗肿瘤|消炎|抗炎|抗病毒|排毒|壮阳|补肾|止痛|止咳|止痒|通便|防脱(?!落|线|扣|钩|色)|(?<![卫产])生发|减肥|瘦身|燃脂|长高|增高|安胎|降火|去火|明目|清肝|护肝|养肝|养胃|祛湿|排湿|补气血|(瘦|掉)(了)?(\\d+|[一二三四五六七八九十两几]+)(斤|公斤|kg)',
    ].join('|'),
    unless: MEDICAL_CAVEAT,
  },
];

/** Labels and English reasons for the options page (listRules), apart so the content script does not carry them. */
export const ADVERTISING_TEXT: RuleText = {
  'absolute.lowest-price': ['最低价', '"Lowest price"', '"Lowest price anywhere" is an absolute term'],
  'absolute.best': [
    '最好/第一/顶级',
    '"Best", "No.1", "top"',
    'Superlatives like best, No.1, national-grade are banned',
  ],
  'absolute.guarantee': ['百分百有效', '“100% effective”', '“100% effective”, “never fades” are absolute promises'],
  'medical.cure': [
    '宣称治疗疾病',
    'Claiming to treat disease',
    'Non-medical goods may not claim to cure or treat disease',
  ],
  'medical.disease-effect': ['宣称防病功效', 'Claiming medical effects', 'Disease effects are medical claims'],
};
