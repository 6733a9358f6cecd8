import { describe, expect, it } from 'vitest';
import { createRedlineEngine, type PlatformId } from '../../../lib/redline';

/**
 * Flags point into the text the agent typed, not the normalised copy: spaces, full-width letters and disguised
 * spellings change lengths, and the panel highlights exactly start..end.
 */
describe('start/end index the original draft', () => {
  it.each<[text: string, expectedSpan: string, rule: string, platform?: PlatformId]>([
    ['亲，这款不开发票哦', '不开发票', 'invoice.refuse'],
    ['亲，加我 威 信 吧', '加我 威 信', 'offplatform.wechat'],
    ['好的～ 加 V X：kf2024', '加 V X', 'offplatform.wechat'],
    ['ＶＸ：ｋｆ２０２４', 'ＶＸ：', 'offplatform.wechat'],
    ['打我电话 1 3 8 1 2 3 4 5 6 7 8 哈', '1 3 8 1 2 3 4 5 6 7 8', 'offplatform.phone'],
    ['手机：１３８－１２３４－５６７８', '１３８－１２３４－５６７８', 'offplatform.phone'],
    ['号码是幺三八幺二三四五六七八', '幺三八幺二三四五六七八', 'offplatform.phone'],
    ['前面说明一下。全网最低价，放心拍', '全网最低价', 'absolute.lowest-price'],
    ['😊😊 五星好评返3元', '五星好评返3', 'review.reward'],
    ['第一行\n特价商品不退不换', '特价商品不退不换', 'return.sale-item'],
    ['您去 淘宝 搜一下', '去 淘宝 搜', 'offplatform.rival', 'jd'],
  ])('「%s」 → 「%s」', (text, expectedSpan, rule, platform) => {
    const flags = createRedlineEngine({ platform: platform ?? 'generic' }).check(text);
    const flag = flags.find((f) => f.rule === rule);
    expect(flag, JSON.stringify(flags)).toBeDefined();
    expect(text.slice(flag!.start, flag!.end)).toBe(expectedSpan);
  });

  it('keeps offsets right after emoji (surrogate pairs)', () => {
    const text = '👍👍👍 加我扣扣';
    const [flag] = createRedlineEngine().check(text);
    expect(text.slice(flag!.start, flag!.end)).toBe('加我扣扣');
  });

  it('returns nothing for an empty draft', () => {
    expect(createRedlineEngine().check('')).toEqual([]);
  });
});
