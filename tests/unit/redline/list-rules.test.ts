import { describe, expect, it } from 'vitest';
import { CATEGORY_IDS, CATEGORY_INFO, listRules, PLATFORM_IDS } from '../../../lib/redline';

describe('CATEGORY_INFO', () => {
  it.each(CATEGORY_IDS)('%s has a Chinese and English name and a basis', (id) => {
    const info = CATEGORY_INFO[id];
    expect(info.name.zh).toMatch(/[\u4e00-\u9fa5]/);
    expect(info.name.en).toMatch(/^[A-Z]/);
    expect(info.basis.length).toBeGreaterThan(3);
  });
  it('cites the laws the domain names', () => {
    const all = Object.values(CATEGORY_INFO)
      .map((c) => c.basis)
      .join(' ');
    for (const law of [
      '电子商务法》第十四条',
      '消费者权益保护法》第二十五条',
      '电子商务法》第十七条',
      '反不正当竞争法》第八条',
      '广告法》第九条',
      '广告法》第十六条',
      '消费者权益保护法》第二十九条',
      '个人信息保护法》第十条',
      '消费者权益保护法》第五十五条',
      '网络消费纠纷规定（一）》第一条',
      '网络消费纠纷规定（一）》第三条',
    ])
      expect(all).toContain(law);
  });
});

describe('listRules', () => {
  const all = listRules();

  it('lists each built-in rule once with stable ids, labels, reasons, basis', () => {
    const ids = all.map((r) => r.id);
    expect(new Set(ids).size).toBe(ids.length);
    expect(ids).toEqual(
      expect.arrayContaining(['invoice.refuse', 'offplatform.wechat', 'offplatform.rival', 'review.reward'])
    );
    for (const r of all) {
      expect(r.id).toMatch(/^[a-z]+\.[a-z-]+$/);
      expect(r.label.zh && r.label.en && r.reason.zh && r.reason.en && r.basis).toBeTruthy();
      // Labels live in the packs' *_TEXT tables; a rule missing there would show its id.
      expect(r.label.zh, r.id).toMatch(/[\u4e00-\u9fa5]/);
      expect(r.label.en, r.id).not.toBe(r.id);
      expect(CATEGORY_IDS).toContain(r.category);
    }
  });

  it('covers every category', () => {
    expect(new Set(all.map((r) => r.category))).toEqual(new Set(CATEGORY_IDS));
  });

  it('shows per-platform severity differences when no platform is asked for', () => {
    const surcharge = all.find((r) => r.id === 'invoice.surcharge')!;
    expect(surcharge.severity).toBe('warn');
    expect(surcharge.severityByPlatform).toEqual({ taobao: 'block', jd: 'block' });
    expect(surcharge.platforms).toEqual(expect.arrayContaining([...PLATFORM_IDS]));
    expect(all.find((r) => r.id === 'offplatform.profile-dm')!.platforms.sort()).toEqual(['douyin', 'kuaishou']);
  });

  it('gives the severity that applies on a platform', () => {
    expect(listRules('jd').find((r) => r.id === 'invoice.surcharge')!.severity).toBe('block');
    expect(listRules('douyin').find((r) => r.id === 'offplatform.wechat-mention')!.severity).toBe('block');
    expect(listRules('generic').some((r) => r.id === 'offplatform.rival')).toBe(false);
    expect(listRules('pinduoduo').some((r) => r.id === 'offplatform.rival')).toBe(true);
  });

  it('offers example rewordings', () => {
    expect(all.find((r) => r.id === 'absolute.lowest-price')!.suggestion).toBe('这款性价比很高');
    expect(all.filter((r) => r.suggestion).length).toBeGreaterThan(all.length * 0.8);
  });
});
