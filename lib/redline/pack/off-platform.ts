import type { RuleDef, RuleText } from '../rule-def';

/*
 * Moving contact, payment or the sale off the platform. Verb classes: contact (加, 联系, 私聊, 搜, 扫), pay (转账, 打款,
 * 收款码, 发红包), move (去官网买, 不用走平台); objects: chat apps and their disguises (normalize-text.ts folds 威信, VX,
 * 扣扣…), numbers (contact-numbers.ts), rival marketplaces (platform-packs.ts).
 */

const STAY_FIX = '有问题直接在这里留言，我们随时为您处理';
const APP =
  '钉钉|陌陌|飞书|whatsapp|telegram|skype|微博|私人号|个人号|私人账号|工作号|(客服|私人|个人)(小号|私号)';

// A device or product feature that names a chat app (支持微信、QQ消息提醒, 微信语音通话都能用, 连微信小程序看数据) is no
// contact: the app is followed by what the product does with it, or led by what the product supports.
const FEATURE_LEAD = '支持|兼容|连接?|绑定|同步|接收|显示|适配|能用|可用|可以用|装|安装|登录|登|双开';
const APP_FEATURE =
  '[、/和与及]?(微信|qq|支付宝|钉钉|微博)?(的)?(消息|通知|提醒|语音|视频(?!号)|通话|步数|运动|扫码|登录|支付|付款|(也|都)?(能|可以)(用|登|装)|小程序@{0,4}(看|查|连|绑定|控制|同步|显示))';

export const OFF_PLATFORM_RULES: RuleDef[] = [
  {
    id: 'offplatform.wechat',
    cat: 'off_platform',
    sev: 'block',
    why: '引导加微信属于站外引流，平台按严重违规处理',
    fix: STAY_FIX,
    re: `({CONTACT}|来|用|到|通过|走|搜)(我|我们|客服|店主|老板|店长|个|下|一下|一个|的)*#{0,3}?(微信(?!支付|付款|支付分|${APP_FEATURE})|(?<![a-z])v(?![a-z])|[薇威卫](?![娅亚风星]))|(?<!${FEATURE_LEAD})微信(号|群|名|上|里|聊|说|联系|沟通|私聊|转|加|公众号|小程序|视频号|搜|扫|:|是|多少|同号)|(?<![a-z0-9])v(:|号|是)[a-z0-9_-]{4,}|(?<![a-z])v我|(?<![a-z0-9])v(上|里)|(加|\\+|➕)(我|个)?卫星|卫星(号|同号)`,
  },
  // Decision: 微信支付 / 微信付款 is a checkout method on Pinduoduo, Douyin, JD and Kuaishou (and partly Tmall), so
  // naming it as a way to pay is never flagged; paying a person by WeChat (微信转我, 扫我的码) is offplatform.payment.
  {
    id: 'offplatform.wechat-mention',
    cat: 'off_platform',
    sev: 'warn',
    why: '会话中提及微信易被判为站外引流',
    fix: STAY_FIX,
    re: `(?<!(${FEATURE_LEAD})@{0,3})微信(?!支付|付款|支付分|${APP_FEATURE})`,
  },
  {
    id: 'offplatform.qq',
    cat: 'off_platform',
    sev: 'block',
    why: '引导加QQ属于站外引流',
    fix: STAY_FIX,
    re: '({CONTACT})(我|我们|客服|个|下|一下|的)*#{0,2}?qq|(我|我们|店长|老板|客服|店主)的?qq|qq(号|群|:|是|联系|上|聊)|({CONTACT})(我|我们|个|下|一下|的)*企鹅|企鹅(群|号)|(qq|企鹅)@{0,2}[\\d零〇幺一二三四五六七八九]{5,}|(?<![a-z])q我',
  },
  {
    id: 'offplatform.app',
    cat: 'off_platform',
    sev: 'block',
    why: '引导加钉钉、微博、私人号等站外账号属于站外引流',
    fix: STAY_FIX,
    re: `(加|\\+|添加|联系|找|私聊|私信|用|下载|进|关注)(我|我们|客服|个|下|一下|的)*#{0,3}?(${APP})|(${APP})(号|群|上|里|私信|聊|联系|:|名|搜|账号|id)`,
  },
  {
    id: 'offplatform.phone',
    cat: 'off_platform',
    sev: 'block',
    why: '会话中留电话、QQ号、微信号属于站外引流',
    fix: STAY_FIX,
    re: '',
    detector: 'contact-number',
  },
  {
    id: 'offplatform.payment',
    cat: 'off_platform',
    sev: 'block',
    why: '私下转账、扫码付款让买家失去平台交易保障',
    fix: '请在平台下单付款，交易有保障',
    re: '(支付宝|银行卡|银行|微信|私下|直接|线下)#{0,3}?(转账|转(给)?(我|您|你)|打款|打钱|汇款|付给我)|(转账|打款|汇款)(给|到)(我|我们|店主|老板)|收款码(?!牌|贴|立牌|支架|台卡|挂牌|桌牌|夹|制作|定制)|(扫|扫描)@{0,4}?(码|二维码)@{0,4}?(付|支付|转|给钱)|私下(交易|付款|转账|联系|沟通|处理|补偿|给|收款|走|拍|买|卖)|线下交易|线下付|(不用|不走|绕过|绕开|别走)平台|平台外(交易|付款|支付)|(直接|私下)(打|转)(给|到)(您|你|我)|(打|转|付)(到|给)?(我的?|我们的?)(支付宝|微信|银行卡|卡|账户|账号)|(银行卡号|支付宝账号|支付宝号|卡号)#{0,6}?(发|给|告诉|报)|(钱|款)(直接)?(转|打)(给)?我(就行|就好|吧)|不用走(系统|平台)|在外面(付款|付|买|交易)|(微信|支付宝)@{0,3}?(发|给)@{0,2}?红包(给)?(我|我们)|(钱|款|费|块|元|\\d)@{0,3}(直接)?(?<v>(转|打|汇)(给)?(我|我们)(?!们?的?(同事|售后|客服|技术|主管|专员|财务)))(?={END}|就行|就好|就可以)|(卡号|银行卡|支付宝|账户|账号|(发|给|扫)@{0,4}收款码|付款码)&{0,16}?(?<v>(直接)?(打|转|汇|退)(过去|给{YOU}|到{YOU}))|(给|发|报)(我|一下|个)*(?<v>(银行卡号?|卡号|支付宝(账?号)?|收款(码|账号)))(?!.{0,4}(不用|不需要))|扫@{0,4}(?<v>给{YOU}(退|转|返|打))|(?<v>(付款码|收款码))&{0,10}?(发|截图)(给)?(我|过来)|(转|退|打)(到|进)({YOU}的?)?(支付宝|银行卡|微信)|({YOU})的(支付宝|银行卡)(账号|账户|号)|对公(账户|转账|账号)|(收|付|交|给)@{0,6}?现金(?!红包|券)|现金(结|付|交易)|支付宝@{0,2}(转|打)(我|给我)|扫(师傅|我|老板|店主|客服|店长)的?(收款)?(码|二维码)|(支付宝|微信|银行卡)@{0,2}(退|返|补)(给)?(您|你)|(差价|尾款|余款|剩下的)&{0,8}(私下|线下)(结|付|转|给|补)|(走|去|转)线下|线下(谈|交易|付|结|打款|转账)|直接打(过来|给我)',
  },
  {
    id: 'offplatform.contact',
    cat: 'off_platform',
    sev: 'warn',
    why: '会话中交换电话、联系方式易被判为站外引流',
    fix: STAY_FIX,
    re: '(电话|微信|联系方式|二维码|手机号)@{0,2}在@{0,4}(包裹|卡片|快递盒|快递单|包装|主页|简介)|(打电话|电话)@{0,2}(订货|下单|订购|买)|(?<![a-z])我加(您|你)|(私聊|私信|私我|联系我|找我|群|加我)&{0,8}?比(店里|平台|网上|这里|这边)@{0,2}(便宜|划算|优惠)|(私聊|私信我|私我|联系我|找我|加我)&{0,8}?(?<v>(拿货|进货|内部|批发|出厂|成本)价|底价|更便宜)|比(店里|平台|网上|这里|这边)@{0,2}(便宜|划算|优惠)&{0,8}?(私聊|私信|找我|联系我)|二维码&{0,10}?加@{0,6}?群|(二维码|码)&{0,10}?(扫|加)@{0,4}?(加我|加上我|就能加|找到我)|扫(一下|了)?@{0,4}?就能加|留(个|下|一下)?(您的?)?(电话|手机号?|联系方式)|(发|给|留)#{0,3}?(私人)?联系方式|加(个|我|下)?好友|(直接|以后)@{0,4}?找我(下单|买|拿货|要货|订)|(下单|要货|拿货|订货)@{0,3}直接找我|(主页|简介|签名|头像|个人资料|粉丝群|群公告|公告|置顶|背景图)@{0,6}?(有|留|挂|写|放)(了|着)?(我们?|老板|客服|店长)?的?(微信|(?<![a-z])v(?![a-z])|qq|电话|手机号?|联系方式|私人号|个人号)|(微信|(?<![a-z])v(?![a-z])|qq|联系方式|电话|手机号|私人号|个人号|号码|群号)@{0,2}(在|挂在|放在|写在)@{0,4}(粉丝群|群公告|公告|主页|简介|签名|头像|背景图|置顶)|(换个|换一个|去别的|找个|到别的)(地方|软件|app|平台)@{0,2}(聊|说|谈|沟通)|这(边|里)(说话|聊天?|讲话)不方便|(发|给|留)({YOU})(个|一个)(号|账号|私人号|联系方式)|(线下联系|联系@{0,4}(售后)?专线|(?<!\\d)0\\d{2,3}-\\d{7,8}(?!\\d))|(关注|扫|加)@{0,10}公众号|公众号@{0,10}(售后|下单|联系|找|处理)|(不用|别|不要)(再)?(在|走|上)(店里|平台|这里?|网上)@{0,3}(拍|下单|买)?(了)?&{0,14}?((直接)?找我|来@{0,6}拿|现金)|(直接)?找我&{0,14}?(不用|别|不要)(再)?(在|走|上)(店里|平台|这里?|网上)|加@{0,4}(我们)?(老板|店长|经理|主管)(?!说)|(发|打)@{0,3}短信@{0,2}给我|短信@{0,8}(专属)?链接|不走(店铺|平台)的?(链接|流程)|(这里|这儿|平台|店里)的?@{0,4}(消息|信息)@{0,4}(我)?不(咋|怎么|常|太)?看|打@{0,6}(媳妇|老婆|老公|家里|我)的?电话|二维码@{0,6}进群|私(我|信我)@{0,3}(一个|个)?(电话|手机号|号码)|头像@{0,4}(数字|号码|号)|平台@{0,2}(看得|查得|管得)(紧|严)|留(个|下|一下)?(qq|微信|企鹅|联系方式)|扫@{0,6}码@{0,4}(进|加)@{0,4}群|私(聊|信|发)(给)?(你|您)@{0,2}(链接|地址|二维码)|(师傅|我)@{0,2}私下(约|联系|找|加)|(现金|钱)@{0,4}(现场)?(给|交给)@{0,2}(送货|快递)?(师傅|司机)|(发|给|扫)@{0,4}收款码|来我家看货|(加|戳|找)@{0,6}(企业号|小号|私人号|工作号)|(她|他|我)的?(小)?号@{0,3}发(给)?(您|你)|(咱|我们)?私聊吧|换个(地儿|地方)@{0,2}(唠|聊|说)|(直接)(喊|找)我@{0,2}(发|拍|买|下单)|qq(号)?@{0,2}(发|给)(你|您)',
  },
  {
    id: 'offplatform.other-platform',
    cat: 'off_platform',
    sev: 'warn',
    why: '引导到其他平台或渠道交易属于站外引流',
    fix: '就在本店下单即可，售后有保障',
    // 扫码到品牌官网查询真伪 sends the buyer to check, not to buy.
    unless: '防伪|查询|验证|真伪',
    re: '(去|到|在|上)?(某[宝东多音手鱼]|海鲜市场|闲鱼|咸鱼|小红书|唯品会|微店)@{0,6}?(搜|买|拍|下单|找|看看|私信|私聊|联系|加|关注)|(走|用|上|去|到)(某[宝东多音手鱼]|海鲜市场|闲鱼|咸鱼|小红书|唯品会|微店)|(别|不要|不用)(在)?平台(上)?(拍|买|下单|付)|({ELSEWHERE}|搜|店名|账号|私聊|私信)&{0,20}?(那边|那里|那儿|外面|私下)@{0,8}?(?<v>(更)?便宜|更划算|更优惠|小刀|砍价|能刀|更低|少\\d|少[一二三四五六七八九十两几]+块)|(去|到|在|上)(别的|其他|其它|别家|外面的?)(平台|网站|app|渠道)@{0,4}?(买|拍|下单|搜|找|联系)|(别的|其他|其它)渠道@{0,4}(给{YOU})?(发|买|拿|寄)|不用在(这|这里|这边|平台)(拍|买|下单)|(走|给{YOU}|按)内部价|(去|来|到|上|在)(我们|我家|咱家)?(的)?(官网|官方网站|小程序|自己的?(店|网站|商城|app|小程序)|实体店|门店|工厂店)@{0,6}?(买|下单|拍|订|付|购买)|(官网|官方网站|小程序|公众号|微店|视频号|自己的?(店|网站|商城|app)|实体店|工厂店|独立站)&{0,10}?(?<v>下单|买|拍|付款|购买|订)|(?<v>不用|不走|绕过|绕开|别走|不必走|没必要走|不经过)(淘宝|天猫|京东|拼多多|抖音|快手)|(也有|开了|有)(店|旗舰店)&{0,16}?(?<v>(去|到)(那|那边|那里|那儿)@{0,2}(搜|买|拍|下单))',
  },
];

/** Labels and English reasons for the options page (listRules), apart so the content script does not carry them. */
export const OFF_PLATFORM_TEXT: RuleText = {
  'offplatform.wechat': [
    '引导加微信',
    'Moving the buyer to WeChat',
    'Moving buyers to WeChat is off-platform diversion',
  ],
  'offplatform.wechat-mention': [
    '提及微信',
    'Mentioning WeChat',
    'Mentioning WeChat in platform chat reads as diversion',
  ],
  'offplatform.qq': ['引导加QQ', 'Moving the buyer to QQ', 'Moving buyers to QQ is off-platform diversion'],
  'offplatform.app': [
    '引导到其他聊天软件',
    'Moving the buyer to another chat app',
    'DingTalk, Weibo or private accounts are diversion',
  ],
  'offplatform.phone': [
    '发送电话/账号',
    'Sending a phone number or account id',
    'Phone numbers and chat ids move the buyer off the platform',
  ],
  'offplatform.payment': [
    '平台外付款',
    'Payment outside the platform',
    "Private transfers and QR payments lose the platform's protection",
  ],
  'offplatform.contact': [
    '索要或留联系方式',
    'Exchanging contact details',
    'Exchanging contact details reads as off-platform diversion',
  ],
  'offplatform.other-platform': [
    '引导去其他平台',
    'Sending the buyer to another platform',
    'Sending buyers to another channel diverts the trade',
  ],
};
