import type { PlatformPack, RuleDef, RuleText } from './rule-def';
import type { PlatformId } from './types';

/*
 * What each platform adds to the common pack. Differences come from the platforms' own rules: Tmall and JD penalise
 * invoice surcharges, receipts-for-invoices and put-off invoices as 违背承诺 (block, not warn); Douyin and Kuaishou treat any WeChat mention and any
 * "看主页/私信我" as 站外引流; each platform\'s own features (追评, 问大家, 晒单, 京豆) name its review channels.
 */

/** Naming a rival marketplace to move the buyer there; built per platform so the platform\'s own name stays fine. */
export function rivalPlatformRule(rivals: string[]): RuleDef {
  const r = `(${rivals.join('|')})`;
  return {
    id: 'offplatform.rival',
    cat: 'off_platform',
    sev: 'block',
    why: '点名其他电商平台引导去那里购买，属于站外引流',
    fix: '就在本店下单即可，价格和售后都有保障',
    re: `(去|到|在|上)(我们|我家|咱家)?的?${r}(app|上|里|店|旗舰店|商城|直播间)?@{0,6}?(搜|买|拍|下单|找|看看|领|逛|关注|有店|开了店|有券|更便宜|便宜|私信|私聊|联系|加)|${r}(上|里)?(我们|也)*有(店|旗舰店|同款|券)|${r}(店铺|店|旗舰店|app|上|里)?(搜|拍|下单)|(搜|关注|加|找|私信)@{0,6}?${r}(号|账号|主页|直播间|小店)`,
  };
}

const PROFILE_DM: RuleDef = {
  id: 'offplatform.profile-dm',
  cat: 'off_platform',
  sev: 'block',
  why: '引导看主页联系方式、私信个人号交易，属于站外引流',
  basis: '抖音电商、快手电商站外引流规则',
  fix: '有问题直接在这里留言，我们随时为您处理',
  re: '(看|点|进|去)(一下)?(我|我的|我们)?(主页|个人主页|简介)@{0,6}?(联系方式|微信|电话|私聊|私信|号)|(主页|简介|个人资料)@{0,6}?(联系方式|微信|电话)|(私信|私|私聊)(我|我们)?@{0,4}?(抖音号|快手号|小号|大号|个人号)|(抖音号|快手号|小号|个人号)@{0,4}?(私信|私聊|联系|加)|私聊(更|再)?(优惠|便宜|下单)|(关注|加)@{0,4}?(快手号|抖音号|小号|个人号)',
};


const TAOBAO_REVIEW: RuleDef = {
  id: 'review.taobao-terms',
  cat: 'review_manipulation',
  sev: 'block',
  why: '以奖励诱导追评或在“问大家”替店铺说好话，属于虚构评价',
  basis: '《电子商务法》第十七条；淘宝评价规范',
  fix: '收到货满意的话，欢迎给我们一个真实的评价',
  re: '(追评|问大家)&{0,20}?({REWARD})|({REWARD})@{0,6}?(追评|问大家)',
};

const JD_REVIEW: RuleDef = {
  id: 'review.jd-terms',
  cat: 'review_manipulation',
  sev: 'block',
  why: '以返现、京豆诱导晒单评价，属于虚构评价',
  basis: '《电子商务法》第十七条；京东评价管理规则',
  fix: '收到货满意的话，欢迎给我们一个真实的评价',
  re: '晒单&{0,20}?({REWARD})|(晒单|评价|好评)&{0,12}?京豆|({REWARD})@{0,6}?晒单',
};

const DINGTALK: RuleDef = {
  id: 'offplatform.dingtalk',
  cat: 'off_platform',
  sev: 'block',
  why: '交易沟通应在旺旺内完成，引导加钉钉属于站外引流',
  basis: '淘宝站外引流规则',
  fix: '有问题直接在旺旺留言，我们随时为您处理',
  re: '(加|\\+|联系|找|发|用)(我|我们|个|下|一下)*#{0,2}?钉钉|钉钉(号|群|联系|上|聊|:|找)',
};

/** Marketplaces a buyer could be sent to; a platform's own names (PlatformPack.self) are left out of its rival rule. */
export const MARKETPLACES = ['淘宝', '天猫', '京东', '拼多多', '抖音', '快手', '小红书', '唯品会', '闲鱼', '咸鱼'];

export const PLATFORM_PACKS: Record<PlatformId, PlatformPack> = {
  // Unknown platform: any marketplace could be the one we are on, so naming one proves nothing.
  generic: { self: MARKETPLACES, rules: [], severity: {} },
  taobao: {
    self: ['淘宝', '天猫'],
    rules: [TAOBAO_REVIEW, DINGTALK],
    severity: { 'invoice.surcharge': 'block', 'invoice.receipt-only': 'block', 'invoice.delay': 'block' },
  },
  jd: {
    self: ['京东'],
    rules: [JD_REVIEW],
    severity: { 'invoice.surcharge': 'block', 'invoice.receipt-only': 'block', 'invoice.delay': 'block' },
  },
  pinduoduo: { self: ['拼多多'], rules: [], severity: {} },
  douyin: {
    self: ['抖音'],
    rules: [PROFILE_DM],
    severity: { 'offplatform.wechat-mention': 'block', 'offplatform.contact': 'block' },
  },
  kuaishou: {
    self: ['快手'],
    rules: [PROFILE_DM],
    severity: { 'offplatform.wechat-mention': 'block', 'offplatform.contact': 'block' },
  },
};

/** Labels and English reasons for the options page (listRules), apart so the content script does not carry them. */
export const PLATFORM_TEXT: RuleText = {
  'offplatform.rival': [
    '引导去其他电商平台',
    'Sending the buyer to a rival marketplace',
    'Naming a rival marketplace to move the sale there is diversion',
  ],
  'offplatform.profile-dm': [
    '引导看主页/私信',
    'Steering to the profile or private messages',
    'Profile contacts and DMs are diversion',
  ],
  'review.taobao-terms': [
    '追评/问大家返利',
    'Rewards for 追评 or 问大家 answers',
    'Rewarding follow-up reviews or Q&A answers fakes reputation',
  ],
  'review.jd-terms': [
    '晒单返利/返京豆',
    'Rewards for 晒单 or JD beans',
    'Rewarding 晒单 reviews with cash or JD beans fakes reputation',
  ],
  'offplatform.dingtalk': [
    '引导加钉钉',
    'Moving the buyer to DingTalk',
    'Taobao talk belongs in Wangwang; DingTalk is off-platform',
  ],
};
