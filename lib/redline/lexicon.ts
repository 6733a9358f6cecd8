/**
 * Word classes the rule frames are built from (see rule-def.ts: {NAME} in a pattern). A red line is rarely one
 * phrase: it is an object (发票, 退货, 差评), a verb class (refuse, charge, delay, ask for, pay, cure) and modifiers
 * (only, any, again, first), in any of the orders shop Chinese allows. Writing the classes once and the frames against
 * them is what makes a rule reach phrasings nobody listed, and keeps the pack small. Values are regex sources in the
 * rule shorthand (@ # & and bare groups), over the normalised draft.
 */
export const LEXICON: Record<string, string> = {
  // ── shared ──
  /** A number as agents write it: 6, 6.5, 3%, 百分之六, 六, 十几, 两. */
  NUM: '\\d+(\\.\\d+)?%?|百分之[一二三四五六七八九十几]+|[一二三四五六七八九十两几半]+',
  CN_NUM: '[一二三四五六七八九十两几]',
  /** The buyer addressed. */
  YOU: '您|你|亲亲?|宝宝?|宝子',
  /** The shop speaking. */
  SHOP: '本店|我们店?|我家|咱们?家?|店铺|商家|卖家|小店|我店',
  /** Softeners that may sit between a subject and its predicate (真没办法, 实在开不了, 暂时都不). */
  ADV: '真|真的|实在|确实|暂时|目前|现在|一般|都|也|就|是|还|可能|基本|一律|统一|再',
  /** Where a short clause may end: punctuation, the end, or a sentence-final particle (dialect ones too: 嘞, 噻, 撒). */
  END: '[的了哦哈呢啦呀滴吧嘞咧哟呦喔噢捏撒噻嘛哇呐哒咯啊昂,.!?。~\\n]|$',

  // ── invoices ──
  INV: '(专用|普通|电子|纸质|增值税|正规)?发票|专票|普票|电子票|纸票|税票|开票|带票|含票|含税|要票|抬头|(?<![门车彩机船选投钞股饭粮])票(?!据|号|务)',
  /** Verbs of issuing an invoice. */
  ISSUE: '开具?|开出|提供|出具|出|带|补开?|给|弄|搞|整|做|办',
  /** Refusal that stands on its own after the object (发票开不了, 发票真没办法). */
  REFUSE_POST:
    '(没办法|没法|无法|不能|暂时?不|不给|不予)(开具?|提供|出具|支持)?|不(补开|重开|开具?|提供|出具|支持|弄|搞|做|办)|(开|补|出|给|提供|办|搞|弄|做|整|申请|开具)不(了|出来?|到|定|起)|不在@{0,4}范围|暂停(开具?)?|停开|别想|免谈|没戏|没(这|那)(个)?(服务|业务)',
  /** Conditions an invoice may not be tied to: price tier, buyer type, a review, a far-off date, a minimum. */
  INV_CONDITION:
    '正价|原价|企业|公司|营业执照|满\\d+|凑单|单独拍|另拍|好评|五星|晒图|评价|截图|年底|年末|月底|下个?月|季度末|线下|(满|过|等)@{0,2}({NUM})(个)?(月|周|星期|天)',
  /** What an invoice is said to cost. */
  CHARGE:
    '(按@{0,2}{NUM}@{0,2}(收取?|加|算)|(另外|另|额外|单独|多)(加|收|付|支付|交|算|出|给)|(要|需要|需|得|还要|也要|再)(付|交)|(另外|另|额外|单独|要|需要|需|得|还要|也要|再|多)?(加收?|另收|收取?|补交?|补拍|多付|多交|另付|承担|算|出))@{0,4}?({NUM})?(个)?(的)?(税点|个点|点数|点|%|手续费|工本费|服务费|开票费|成本|税费|税钱|税金|税|差价|钱|元|块|费用?)',
  /** Perks the buyer is told to lose for asking an invoice. */
  PERK: '赠品|优惠|券|包邮|活动|折扣|满减|福利|礼品|小样|(原|活动|券后|到手|福利|直播|优惠)?价格?',

  // ── returns ──
  /** What a 7-day return is called. 退 alone, but not 退差价/退运费/退回/退还 (refund words that are no return). */
  RETURN:
    '(七天|7天)?无理由(退换货?|退货|退款)?|退换货?|退货|退款|售后|(?<![补减])退(?!差|运费|邮费|出|色|化|烧|热|火|潮|休|役|伍|婚|场|缩|步|让|订金|定金|优惠|券|红包|回|还|款到|钱到|税|货地址|一赔|一步)',
  /** Fees a shop adds to a return; return postage (运费) is the buyer's by law and is not one of them. */
  RETURN_FEE: '(折旧|损耗|包装|手续|检测|质检|清洗|拆封|服务|工本|人工|处理|上架|仓储|入库|整理|消毒|验货|鉴定)费',
  /** Refusing verbs before the return word. */
  REFUSE_PRE:
    '(概|一律|都)?不(能|可以|给|让|予|接受|支持|提供|办理|受理|处理|参与|参加|适用|享受|享有|做|搞|走|包|管)?|没法|没办法|无法|拒绝|谢绝',
  /** Verbs that may stand between a refusal and the return (不负责给退, 不同意退). */
  RETURN_AUX: '负责|给|让|予|接受|支持|办理|提供|同意|允许|能|会|帮|受理|处理',
  /** A period shorter than the lawful seven days. */
  SHORT_PERIOD: '(?<!\\d)([1-6]|[一二三四五六两])(天|日)|\\d+(个)?小时|[一二两三四五六七八九十]+(个)?小时',

  // ── reviews ──
  REVIEW:
    '好评|五星|5星|全五星|一星|五颗星|满星|满分|五分|打星|晒(个|下|一下|张)?图|带图|评价|买家秀|图评|追评|追加评价?|评论|打分|评分|星级|晒单|(再|去|来)评(?!估|测|论|级|审|比|选)|评完|帮(忙)?评|评(一|1)(条|个|单)|(点|给|打)满(星)?(?=[嘛吧呗啊哈,.!?。~]|$)|[1-5一二三四五](颗)?星|(?<![\\d.十])[1-5一二三四五]分(?!钟|之|期|半|类|开|别|享|店|批|装|量|钱|厘|米)|低分|非常满意|描述相符|评(个|一个|条)?好(的|点)',
  /** What is offered in exchange. */
  REWARD:
    '返现|返(完|了)现|返利|(钱|款)@{0,4}(转|打|返)({YOU})|领(福利|惊喜|礼物|奖励|小礼品)|提成|(进货|成本|拿货|出厂|内部|vip|会员|老客|粉丝)价|分(你|您)(点|一点|一半|些|\\d)|给({YOU})返|返(?=[的了哦哈呢啦呀吧嘞,.!?。~]|$)|返(您|你)?\\d|返(您|你)?{CN_NUM}|返给|返还|返(您|你)?(红包|现金|钱)|送(您|你)?(一|个|小|\\d|[二三两]|礼|红包|优惠|券|无门槛|赠品|小样|同款)|奖励|红包|现金|补偿|领取|给(您|你)?(发)?(个)?(红包|现金|礼品|优惠|折扣|\\d)|(退|补|转|赔)(您|你)?[\\d一二三四五六七八九十两几]|领(取)?[\\d一二三四五六七八九十两几]|(打|享)[\\d一二三四五六七八九]折|[一二三四五六七八九]折|立减|减\\d+|优惠券|无门槛|小礼品|赠品|全额退|(全|都)?退给(您|你)|升(成|级)?(vip|会员)|(补|返|退|转)给({YOU})|(返|补)({YOU})?差价|抽奖|奖品|礼物|免(运费|邮费|单)|包邮|赔偿|送(?!货|达|到|件|出|过去|回)|(留|给)({YOU})?@{0,2}(最低价|底价|内部价|优惠价|会员价)|便宜(点|些|一点|\\d)|少(收|算)({YOU})?\\d|京豆|积分|给({YOU})?{CN_NUM}+(块|元)|优先(处理|发货|安排|售后)|多(给|估|算|折|补|返)(您|你)?@{0,2}[\\d一二三四五六七八九十两几]|运费(险)?(我们)?(帮|给)?(您|你)?(出|报销|承担|全退)|减({NUM})(块|元)|奖({NUM})|辛苦费|补(您|你)?钱|专属价|vip|留(个|点)?好(货|的)|差价@{0,4}(退|返|补)|不(跟|和)(你|您)算|(给(你|您))?免了|钱我(来)?出|我出钱|优先@{0,3}(处理|安排|发)',

  /** Vague perks (福利, 惊喜): an inducement only when tied to the review (五星的有惊喜), not in a thank-you. */
  SOFT_REWARD: '惊喜|福利|有礼|好礼|礼物|小礼品|优惠',

  // ── orders ──
  /** The platform's own after-sale channels. */
  AFTERSALE: '售后|仅退款|未收到货|退款|退货|介入|平台客服|小二|投诉|纠纷|举报|申诉|催发货|催单|理赔|运费险',
  /** Verbs of getting in touch, livestream slang too (滴我, 扣我, 戳我, 敲我). */
  CONTACT: '加|\\+|➕|添加|联系|找|私聊|私信|扫|搜|关注|进|滴|戳|敲|扣(?!款|钱|费|分|除)|call|艾特',
  /** Marketplaces and shop channels a buyer could be moved to, and their code names (某宝, 海鲜市场 = 闲鱼). */
  ELSEWHERE:
    '淘宝|天猫|京东|拼多多|抖音|抖店|快手|小红书|唯品会|闲鱼|咸鱼|微店|某[宝东多音手鱼]|海鲜市场|官网|小程序|实体店|门店|工厂店',
  /** Reasons that hide a quality problem when it is one. */
  SOFT_REASON:
    '不想要|不喜欢|拍错|多拍|(七天|7天)?无理由|其他|其它|不合适|没有理由|协商一致|个人原因|已收到货|未收到货|买多了|尺码不合适|不需要',

  // ── advertising ──
  /** Diseases, symptoms and body conditions an ordinary product may not claim to treat. */
  DISEASE:
    '手足口|瘟|皮肤病|传染|癌|肿瘤|炎|血压|血糖|血脂|三高|尿酸|胆固醇|心脑血管|中风|失眠|神经衰弱|抑郁|便秘|腹泻|拉肚子|湿疹|脚气|痘|粉刺|斑(?!马|点|纹|驳|斓|块)|白头?发|脱发|掉发|秃|骨质|增生|颈椎|腰|椎间盘|关节|风湿|痛风|老寒腿|肾|肝|胃(?!口)|肠胃|消化不良|嗓子|感冒|流感|新冠|发烧|过敏|哮喘|近视|乳腺|结节|囊肿|痔疮|前列腺|阳痿|早泄|免疫力|抵抗力|病毒|疼|痛|血栓|贫血|结石|疤|狐臭|灰指甲|更年期|指标|病|肿|痒|咳|打呼噜|打鼾|扁平足|驼背|[ox]型腿|脊柱侧弯|高低肩|激素脸|烂脸|内分泌|失调|月经|宫寒|妇科|劳损|筋膜|痱子|疹|溃疡|冻疮|烫伤|晒伤|蚊子包|蛀牙|龋齿|牙周|牙龈|口臭|黄疸|拉稀|软便|呕吐|胀气|肠绞痛|积食|上火|红屁屁|尿布疹|老花|睡眠|入睡|睡不着|多梦|焦虑|记忆力|视力|湿气|体寒|气血|虚火|耳螨|猫藓|泪痕',
  /** Ways of taking or applying a product, before what it supposedly does. */
  USE: '吃|喝|用|贴|戴|涂|抹|泡|敷|擦|睡|穿|坚持|喂|按|揉|熏|喷|滴|含|嚼|冲',
  /** Verbs of easing or preventing (treating and curing words belong to medical.cure). */
  CURE: '调节|调理|矫正|改善|缓解|修复|消除|消|祛|去除|预防|防止|防(?!水|滑|晒|风|尘|摔|走光|盗|撞|霉|虫|刮|污|油|静电|紫外线|寒|冻|雨|火|爆|漏|溢|蓝光|辐射|掉|丢|勾|起球|缩)|抗|降低?|减轻|止|好转|康复|痊愈|逆转|抑制|提高|增强|控制',
  /** What a cure claim says happens afterwards. */
  CURED:
    '不[疼痛咳痒肿晕酸拉](了|(?=[,.!?。~]|$))|就好(?=[,.!?。~]|$)|(就)?通(了|畅)|稳稳的?|平稳|往下(走|降|掉)|下去了|不(再)?(犯|发作)了|没再(犯|疼|痛|发)|调理好|治好|稳(定下来|住|了)|(恢复)?正常了?|(就)?好(了|起来)|没了|消了|淡了|降(下来|了|得|低了)|下降|变黑|长出来|止(住|泻|痛)|不(复发|反弹)|痊愈|康复|好转',

  // ── privacy ──
  /** Secrets nobody may ask a buyer for. */
  SECRET:
    '(验证|校验|动态|短信|付款|取件|提货|取货|登录)码|口令|登录名|(银行卡|支付|登录|账户|账号|服务)?密码(?!锁|箱|本|器|柜|设置|设定)|cvv|cvc|安全码|(信用卡|银行卡|卡)(的)?(有效期|背面)|背面@{0,4}(三|3)位(数|码)?|(收到|短信|手机)的?@{0,4}?(\\d|[四六])位(数字|数|码)?|短信(里|上)?的?@{0,3}?(数字|码)|收到的?@{0,4}?(数字|码)|验证(的)?数字',
  /** Identity and account data chat has no use for. */
  ID_DATA:
    '身份证(号码?|正反面|照片|信息)?|银行卡(号|正面|照片|正反面|信息)?|开户行|社保(卡)?号|出生证明?|户口本|(刷脸|人脸|正脸)@{0,4}(视频|照片)|(单位|公司)(叫|名字|名称)|领导(的)?电话|护照号|家庭住址|工作单位|(芝麻|信用)(分|积分)|征信|(学校|班级)(名字|名称)?|(在)?(哪个|什么)(学校|班)',
  /** Asking verbs followed by a recipient (告诉我, 发过来, 报给客服). */
  ASK: '发|告诉|报|给|提供|说|截图|拍|念|上传|读|填|留|录',
  ASK_TO: '(给)?(我|我们|客服|过来|一下|下|我听|这边)',
  /** Asking verbs that lead (提供一下…, 麻烦您的…). */
  ASK_LEAD:
    '提供|索要|跟我说|说给我|核对|登记|记录|(需要|要|麻烦)(您|你)(的)?|(需要|须|需|得)(提供|发|给)?|(发|告诉|报|截图|拍|念|给|上传|录)(给)?(我|我们|一下|下|个|张|段)',
};
