import { describe, expect, it } from 'vitest';
import { ADAPTERS, pickAdapter } from '../../../lib/adapters';

describe('pickAdapter', () => {
  it.each([
    ['https://mms.pinduoduo.com/chat-merchant/index.html#/', 'pinduoduo'],
    ['https://mms.pinduoduo.com/chat-merchant/index.html?r=0.4182#/', 'pinduoduo'],
    ['https://im.jinritemai.com/pc_seller_v2/main/workspace', 'douyin'],
    ['https://pigeon.jinritemai.com/chat', 'douyin'],
    ['https://dongdong.jd.com/', 'jd'],
    ['https://DONGDONG.JD.COM/index.html', 'jd'],
    ['https://im.kwaixiaodian.com/workbench', 'kuaishou'],
    ['https://store.weixin.qq.com/shop/kf', 'generic'],
    ['https://evil.example/mms.pinduoduo.com/chat-merchant/', 'generic'],
    ['https://mms.pinduoduo.com.evil.example/', 'generic'],
    ['not a url', 'generic'],
    ['', 'generic'],
  ])('%s → %s', (url, platform) => {
    expect(pickAdapter(url).platform).toBe(platform);
  });

  it('offers one adapter per platform, generic last', () => {
    expect(ADAPTERS.map((a) => a.platform)).toEqual(['pinduoduo', 'douyin', 'jd', 'kuaishou', 'generic']);
  });
});
