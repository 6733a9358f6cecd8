import type { CategoryId, CategoryInfo } from './types';

/** Names and the legal or platform basis of each red-line category, as shown to agents and in `kefu` reports. */
export const CATEGORY_INFO: Record<CategoryId, CategoryInfo> = {
  invoice_refusal: {
    name: { zh: '拒开或阻挠发票', en: 'Refusing or obstructing an invoice' },
    basis: '《电子商务法》第十四条',
  },
  return_refusal: {
    name: { zh: '拒绝七天无理由退货', en: 'Refusing the 7-day no-reason return' },
    basis: '《消费者权益保护法》第二十五条；《侵害消费者权益行为处罚办法》第九条；《网络消费纠纷规定（一）》第三条',
  },
  off_platform: {
    name: { zh: '站外引流或私下交易', en: 'Moving contact or payment off the platform' },
    basis: '各平台站外引流及私下交易规则',
  },
  review_manipulation: {
    name: { zh: '诱导或操纵评价', en: 'Buying or pressing for reviews' },
    basis: '《电子商务法》第十七条；《反不正当竞争法》第八条',
  },
  order_manipulation: {
    name: { zh: '绕开订单与售后流程', en: 'Steering around the order and after-sale flow' },
    basis: '平台交易与售后规则（虚假交易、干扰售后）',
  },
  absolute_claims: {
    name: { zh: '绝对化用语', en: 'Absolute advertising terms' },
    basis: '《广告法》第九条第三项',
  },
  medical_claims: {
    name: { zh: '宣称疾病治疗功效', en: 'Disease or cure claims' },
    basis: '《广告法》第十六条、第十七条',
  },
  abuse: {
    name: { zh: '辱骂、怼客或推诿', en: 'Insulting, hostile or blame-shifting tone' },
    basis: '平台客服服务规范',
  },
  privacy: {
    name: { zh: '索要或泄露个人信息', en: 'Asking for secrets or exposing personal data' },
    basis: '《消费者权益保护法》第二十九条；《个人信息保护法》第十条',
  },
  unfair_terms: {
    name: { zh: '无效格式条款', en: 'Void standard terms' },
    basis: '《网络消费纠纷规定（一）》第一条',
  },
  counterfeit: {
    name: { zh: '承认或售卖假冒商品', en: 'Admitting or selling counterfeits' },
    basis: '《消费者权益保护法》第五十五条',
  },
};
