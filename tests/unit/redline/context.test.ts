import { describe, expect, it } from 'vitest';
import { createRedlineEngine } from '../../../lib/redline';
import { normalizeText } from '../../../lib/redline/normalize-text';

/*
 * Meaning around a match (draft-context.ts): how far a negator reaches, who is warned, who is acting, what is quoted,
 * what is asked. Each row pairs a sentence that must be flagged with the same words in a context that must not be.
 */

const engine = createRedlineEngine();
const categories = (text: string) => engine.check(text).map((f) => f.category);

describe('negation scope', () => {
  it.each([
    ['one negator, coordinated objects (或)', '客服不会让您私下转账或提供验证码'],
    ['one negator, coordinated objects (和)', '我们不会找您要验证码和银行卡密码'],
    ['不…也不…', '我们不加微信也不私下收款'],
    ['从不', '我们从不让顾客私下转账'],
    ['绝不会', '绝不会找您要验证码'],
    ['从来不', '开票从来不收额外费用'],
    ['in front of the whole frame', '我们不会因为好评给任何奖励'],
    ['double negation of a refusal', '不会不给您退的'],
    ['double negation, 从不 + refusal', '我们从不拒绝退货'],
  ])('%s: 「%s」 is clean', (_shape, text) => {
    expect(engine.check(text)).toEqual([]);
  });

  it.each([
    [
      'a negator inside a condition does not reach the verb',
      '没收到货的话先确认收货，我再给您补发',
      'order_manipulation',
    ],
    ['不过 is not a negator', '可以开，不过要另外加6个点', 'invoice_refusal'],
    ['要不 is a suggestion, not a negation', '要不您先把订单取消，我们私下交易', 'off_platform'],
    ['a negative predicate is only undone by a second negation', '这款没有授权，但品质一样', 'counterfeit'],
    ['不是 reaches only what follows it closely', '不是质量问题不给退', 'return_refusal'],
  ])('%s: 「%s」 is flagged', (_shape, text, category) => {
    expect(categories(text)).toContain(category);
  });
});

describe('who speaks and who acts', () => {
  it.each([
    ['a warning after the act', '加微信返现的都是骗子'],
    ['a warning word later in the sentence', '让您扫码付款的，遇到了请提高警惕'],
    ['someone else, with words between', '有人打电话自称客服要您的银行卡号，直接挂断'],
    ['another shop', '有些店开票要加税点，我们家不加'],
    ['quoting the buyer', '您问能不能加微信？平台不允许哦'],
    ["the buyer's worry", '您是担心买到高仿吗？我们都是正品'],
    ['a quoted phrase that is denied', '“全网最低”这种话我们不说'],
    ['an A-not-A question', '您看能不能退我帮您问问'],
  ])('%s: 「%s」 is clean', (_shape, text) => {
    expect(engine.check(text)).toEqual([]);
  });

  it.each([
    ['a prohibitive 别 inside a jab', '别在这浪费我时间'],
    ['a 没 inside the blame', '自己没量好尺码怪谁呢'],
  ])('abuse is not softened by its own negator (%s): 「%s」', (_shape, text) => {
    expect(categories(text)).toContain('abuse');
  });

  it('a request phrased as a question is still a request', () => {
    expect(categories('能把您收到的验证码发我一下吗')).toContain('privacy');
  });
});

describe('normalisation and numbers', () => {
  it.each([
    ['薇❤', '微信'],
    ['V❤️', '微信'],
    ['微💗', '微信'],
  ])('%s folds to %s', (input, output) => {
    expect(normalizeText(input).text).toBe(output);
  });

  it.each(['1 3 8-1234 5678', '13🌸81🌸23🌸45🌸678', '138★1234★5678'])('a phone split by symbols: 「%s」', (num) => {
    expect(categories(`打我电话${num}`)).toContain('off_platform');
  });

  it('an order number after 号码 is not a contact', () => {
    expect(engine.check('原单号码是123456，已经发货了')).toEqual([]);
  });
});
