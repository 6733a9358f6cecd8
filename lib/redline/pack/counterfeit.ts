import type { RuleDef, RuleText } from '../rule-def';

/*
 * Fakes (消费者权益保护法 §55). Classes: trade words for fakes (高仿, A货, 原单, 纯原, 仿单, 同源), "same as the real
 * thing" claims (1:1开模, 跟正品一模一样, 同厂料子), "nobody can tell" (验不出, 看不出来是不是真的), and waving away the
 * signs of a fake (扫码显示不是正品不用担心, 没防伪码很正常, 没授权).
 */

export const COUNTERFEIT_RULES: RuleDef[] = [
  {
    id: 'counterfeit.admit',
    cat: 'counterfeit',
    sev: 'block',
    why: '销售高仿、A货属于欺诈，需三倍赔偿（最低500元）',
    fix: '我们只卖正品，支持专柜验货',
    re: [
      '(是|属于)仿(的|款|版|货)|(高端|顶级|高级|精品)仿|仿(款|版|货|包|鞋|表)|高仿|精仿|仿品|仿牌|仿单|外贸仿|假货|a货|超a|复刻|原单(?!号|据|返|退|寄)|尾单|莆田(货|鞋|纯原|版|工厂|产)|纯原|过验|(得物|鉴定|验货)@{0,4}(都|也)?(能过|过得了|稳过|包过)',
      '(1:1|1比1|一比一)(?![\\d:比])@{0,2}?(开模|做工|还原|复刻|原版|正品|仿|版|定制|打造|工艺|材质)',
      '大牌同厂|同厂(的)?(料子|面料|货|出品|生产|材料)|同一(个)?(工厂|厂家|流水线)(出来|生产|流出|下来)|同源(货|工厂)?|渠道货(?!源)|(工厂|厂里|原厂|专柜|正品)@{0,2}流出|流出(来)?的?货|(原厂|工厂)尾货',
      '(跟|和|与)(正品|真的?|真货)@{0,2}(一样|一模一样|差不多|没区别)|(跟|和|与)专柜的?@{0,2}(一模一样|差不多|没区别|没有区别)|专柜(验|鉴定)不出|(看|认|鉴定|验|查|分辨|辨)不出(来)?@{0,3}?(是不是)?(真|假|仿|正品|区别)|(没人|外人)@{0,2}(看|认)得?出',
      '不可能是(真货|正品|真的)|不输正品|媲美正品|(没有?|未|非)(品牌)?授权|懂的都懂|标(是)?(后来|后面|自己)?@{0,2}(贴|缝|印)(上去|上)的',
      '(扫码|鉴定|验货|防伪|查询|验证)@{0,6}?(不是正品|是假|查不到|显示假|过不了|不通过)&{0,10}?(不用担心|没关系|正常|不准|没事|别管)|(没有?|无)(防伪码|防伪|授权书?|小票)@{0,4}(很)?正常',
    ].join('|'),
    // The brand's own re-issue of a classic (官方复刻) is not a replica.
    unless: '(官方|品牌方?)(出|推出|发布|授权|正版)?@{0,6}?复刻',
  },
];

/** Labels and English reasons for the options page (listRules), apart so the content script does not carry them. */
export const COUNTERFEIT_TEXT: RuleText = {
  'counterfeit.admit': ['高仿/A货', 'Replica or fake goods', 'Selling fakes is fraud: triple refund, 500 yuan minimum'],
};
