import { describe, expect, it } from 'vitest';
import { createRedlineEngine, PLATFORM_IDS, type PlatformId } from '../../../lib/redline';

const flagsOn = (platform: PlatformId, text: string) => createRedlineEngine({ platform }).check(text);
const ruleOn = (platform: PlatformId, text: string, rule: string) =>
  flagsOn(platform, text).find((f) => f.rule === rule);

describe('naming a rival marketplace to move the buyer there', () => {
  // [text, the platform it names]
  const cases: Array<[string, PlatformId]> = [
    ['您去淘宝搜我们店名，那边便宜', 'taobao'],
    ['去京东拍发货快', 'jd'],
    ['拼多多上我们也有店', 'pinduoduo'],
    ['您去抖音搜一下我们直播间', 'douyin'],
    ['去快手拍有赠品', 'kuaishou'],
  ];
  it.each(cases)('「%s」 is diversion everywhere except on %s itself, and unknown on generic', (text, named) => {
    for (const p of PLATFORM_IDS) {
      const flag = ruleOn(p, text, 'offplatform.rival');
      if (p === named || p === 'generic') expect(flag, `${p}`).toBeUndefined();
      else expect(flag?.severity, `${p}`).toBe('block');
    }
  });

  it('天猫 counts as Taobao itself', () => {
    expect(ruleOn('taobao', '去天猫旗舰店下单也一样', 'offplatform.rival')).toBeUndefined();
    expect(ruleOn('jd', '去天猫旗舰店下单也一样', 'offplatform.rival')).toBeDefined();
  });

  it.each<[PlatformId, string]>([
    ['taobao', '京东物流发货，速度很快'],
    ['pinduoduo', '我们用的是京东快递'],
    ['taobao', '拼多多上的同款可能不是正品，认准我们店'],
    ['taobao', '抖音上看到的也是我们家的视频'],
  ])('on %s, merely naming another platform is fine: 「%s」', (platform, text) => {
    expect(flagsOn(platform, text)).toEqual([]);
  });
});

describe('WeChat mentions: stricter on Douyin and Kuaishou', () => {
  const text = '我们微信公众号每周有新品';
  it('a contact intent is blocking everywhere', () => {
    for (const p of PLATFORM_IDS) expect(flagsOn(p, '加我微信聊')[0]?.severity, p).toBe('block');
  });
  it.each(PLATFORM_IDS)('a bare mention on %s', (p) => {
    const flag = ruleOn(p, '这个名字和我们微信一样', 'offplatform.wechat-mention');
    expect(flag?.severity).toBe(p === 'douyin' || p === 'kuaishou' ? 'block' : 'warn');
  });
  it('WeChat Pay as a checkout method is not a mention on any platform', () => {
    for (const p of PLATFORM_IDS) expect(flagsOn(p, '下单时可以选微信支付哦'), p).toEqual([]);
  });
  it('a public-account plug is diversion', () => {
    expect(flagsOn('kuaishou', text)[0]?.category).toBe('off_platform');
  });
});

describe('Douyin / Kuaishou: profile contacts and private messages', () => {
  it.each(['看我主页有联系方式', '有问题私信我抖音号', '关注一下我的快手号私聊', '私聊更优惠'])('「%s」', (text) => {
    for (const p of PLATFORM_IDS) {
      const flag = ruleOn(p, text, 'offplatform.profile-dm');
      if (p === 'douyin' || p === 'kuaishou') expect(flag?.severity, p).toBe('block');
      else expect(flag, p).toBeUndefined();
    }
  });
  it('asking for a phone number is blocking there, a warning elsewhere', () => {
    expect(ruleOn('douyin', '您留个电话吧', 'offplatform.contact')?.severity).toBe('block');
    expect(ruleOn('kuaishou', '您留个电话吧', 'offplatform.contact')?.severity).toBe('block');
    expect(ruleOn('pinduoduo', '您留个电话吧', 'offplatform.contact')?.severity).toBe('warn');
  });
});

describe('Taobao: DingTalk is off-platform', () => {
  it('flags 加我钉钉 only on Taobao', () => {
    expect(ruleOn('taobao', '加我钉钉吧，发您报价单', 'offplatform.dingtalk')?.severity).toBe('block');
    expect(ruleOn('jd', '加我钉钉吧，发您报价单', 'offplatform.dingtalk')).toBeUndefined();
  });
});

describe('invoices: Tmall and JD are stricter', () => {
  it.each<[string, string]>([
    ['开票要加6个点', 'invoice.surcharge'],
    ['只能给收据哦', 'invoice.receipt-only'],
  ])('「%s」 blocks on taobao and jd, warns elsewhere', (text, rule) => {
    for (const p of PLATFORM_IDS) {
      const expected = p === 'taobao' || p === 'jd' ? 'block' : 'warn';
      expect(ruleOn(p, text, rule)?.severity, p).toBe(expected);
    }
  });
  it('a refusal blocks everywhere', () => {
    for (const p of PLATFORM_IDS) expect(ruleOn(p, '这款不开发票', 'invoice.refuse')?.severity, p).toBe('block');
  });
  it('putting an invoice off obstructs it everywhere, and blocks on taobao and jd', () => {
    const text = '发票要等下个月底统一开哦';
    for (const p of PLATFORM_IDS) {
      const expected = p === 'taobao' || p === 'jd' ? 'block' : 'warn';
      expect(ruleOn(p, text, 'invoice.delay')?.severity, p).toBe(expected);
    }
  });
});

describe('platform review channels', () => {
  it.each<[PlatformId, string, string]>([
    ['taobao', '追评返10元', 'review.taobao-terms'],
    ['taobao', '在问大家说句好话送您一张券', 'review.taobao-terms'],
    ['jd', '晒单返京豆', 'review.jd-terms'],
    ['jd', '晒单后联系客服领现金', 'review.jd-terms'],
  ])('on %s 「%s」 is %s, and only there', (platform, text, rule) => {
    expect(ruleOn(platform, text, rule)?.category).toBe('review_manipulation');
    for (const p of PLATFORM_IDS.filter((x) => x !== platform)) expect(ruleOn(p, text, rule), p).toBeUndefined();
  });
  it('thanking for a follow-up review is fine on Taobao', () => {
    expect(flagsOn('taobao', '看到您的追评了，谢谢您的认可')).toEqual([]);
  });
});

describe('generic is the common pack alone', () => {
  it('has no platform-only rules', () => {
    for (const text of ['去京东拍', '看我主页有联系方式', '加我钉钉', '晒单返京豆']) {
      expect(
        flagsOn('generic', text).map((f) => f.rule),
        text
      ).not.toEqual(expect.arrayContaining([expect.stringMatching(/rival|profile-dm|dingtalk|jd-terms/)]));
    }
  });
});
