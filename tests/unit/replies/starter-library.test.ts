import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';

// The shape is checked here against the JSON contract in shared/design.md rather than imported from lib/replies,
// so the test pins what ships on disk, whatever the library model does with it.
interface StarterReply {
  id: string;
  group: string;
  code?: string;
  title?: string;
  content: string;
  keywords?: string[];
}

interface DevExample {
  text: string;
  expect: string[];
}

const GROUPS = [
  '售前/商品',
  '售前/尺码',
  '售前/议价',
  '售前/物流',
  '售前/发票',
  '售中/催付',
  '售中/改地址',
  '售中/合并',
  '售后/物流查询',
  '售后/少发错发破损',
  '售后/退换',
  '售后/退款',
  '售后/安抚',
  '通用',
] as const;

const KNOWN_VARIABLES = new Set(['买家', '店铺', '客服', '今天', '明天']);
const DATE_OFFSET_VARIABLE = /^日期\+\d{1,3}$/;
// A fill-in the agent completes on insert: a short name, optionally `|default`; no nesting, no spaces.
const FILL_IN = /^[\p{Script=Han}A-Za-z0-9]{1,8}(\|[^{}|\s][^{}|]*)?$/u;

const isStringArray = (value: unknown): value is string[] =>
  Array.isArray(value) && value.every((item) => typeof item === 'string');

function isStarterReply(value: unknown): value is StarterReply {
  if (typeof value !== 'object' || value === null) return false;
  const r = value as Record<string, unknown>;
  return (
    typeof r.id === 'string' &&
    typeof r.group === 'string' &&
    typeof r.content === 'string' &&
    (r.code === undefined || typeof r.code === 'string') &&
    (r.title === undefined || typeof r.title === 'string') &&
    (r.keywords === undefined || isStringArray(r.keywords))
  );
}

function isDevExample(value: unknown): value is DevExample {
  if (typeof value !== 'object' || value === null) return false;
  const r = value as Record<string, unknown>;
  return typeof r.text === 'string' && isStringArray(r.expect);
}

const charCount = (text: string): number => Array.from(text).length;

function longestCommonSubstring(a: string, b: string): string {
  let best = '';
  for (let start = 0; start < a.length; start++) {
    for (let end = start + best.length + 1; end <= a.length && b.includes(a.slice(start, end)); end++) {
      best = a.slice(start, end);
    }
  }
  return best;
}

const rawLibrary: unknown = JSON.parse(
  readFileSync(new URL('../../../lib/replies/starter-library.json', import.meta.url), 'utf8')
);
const library: StarterReply[] = Array.isArray(rawLibrary) ? rawLibrary.filter(isStarterReply) : [];
const byId = new Map(library.map((reply) => [reply.id, reply]));

const devLines = readFileSync(new URL('../../fixtures/suggest/dev.jsonl', import.meta.url), 'utf8')
  .split('\n')
  .filter((line) => line.trim() !== '');
const devSet: unknown[] = devLines.map((line) => JSON.parse(line));
const dev: DevExample[] = devSet.filter(isDevExample);

describe('starter library: shape', () => {
  it('is an array of at least 130 well-formed replies', () => {
    expect(Array.isArray(rawLibrary)).toBe(true);
    expect(library).toHaveLength((rawLibrary as unknown[]).length);
    expect(library.length).toBeGreaterThanOrEqual(130);
  });

  it('has unique kebab-case ids', () => {
    const ids = library.map((reply) => reply.id);
    expect(new Set(ids).size).toBe(ids.length);
    for (const id of ids) expect(id).toMatch(/^[a-z0-9]+(-[a-z0-9]+)+$/);
  });

  it('has unique, short lowercase shortcut codes on most replies', () => {
    const codes = library.flatMap((reply) => (reply.code === undefined ? [] : [reply.code]));
    expect(new Set(codes).size).toBe(codes.length);
    for (const code of codes) expect(code).toMatch(/^[a-z0-9]{1,6}$/);
    expect(codes.length).toBeGreaterThan(library.length / 2);
  });

  it('uses only the agreed groups', () => {
    for (const reply of library) expect(GROUPS).toContain(reply.group);
  });

  it.each(GROUPS.map((group) => [group]))('uses group %s at least twice', (group) => {
    expect(library.filter((reply) => reply.group === group).length).toBeGreaterThanOrEqual(2);
  });

  it('has titles of 2–8 characters and 2–8 distinct non-empty keywords', () => {
    for (const reply of library) {
      if (reply.title !== undefined) {
        expect(charCount(reply.title), reply.id).toBeGreaterThanOrEqual(2);
        expect(charCount(reply.title), reply.id).toBeLessThanOrEqual(8);
      }
      if (reply.keywords !== undefined) {
        expect(reply.keywords.length, reply.id).toBeGreaterThanOrEqual(2);
        expect(reply.keywords.length, reply.id).toBeLessThanOrEqual(8);
        expect(new Set(reply.keywords).size, reply.id).toBe(reply.keywords.length);
        for (const keyword of reply.keywords) expect(keyword.trim(), reply.id).not.toBe('');
      }
    }
  });
});

describe('starter library: content', () => {
  it('has non-empty, trimmed content of 15–100 characters', () => {
    for (const reply of library) {
      expect(reply.content, reply.id).toBe(reply.content.trim());
      expect(charCount(reply.content), reply.id).toBeGreaterThanOrEqual(15);
      expect(charCount(reply.content), reply.id).toBeLessThanOrEqual(100);
    }
  });

  it('uses only known variables or well-formed fill-ins, with balanced braces', () => {
    for (const reply of library) {
      const withoutPlaceholders = reply.content.replace(/\{([^{}]*)\}/g, (_match, name: string) => {
        const known = KNOWN_VARIABLES.has(name) || DATE_OFFSET_VARIABLE.test(name) || FILL_IN.test(name);
        expect(known, `${reply.id}: {${name}}`).toBe(true);
        return '';
      });
      expect(withoutPlaceholders, reply.id).not.toMatch(/[{}]/);
    }
  });

  it('never puts 亲 right before {买家}, which falls back to 亲', () => {
    for (const reply of library) expect(reply.content, reply.id).not.toContain('亲{买家}');
  });

  it('is warm: no reply is a bare 嗯/哦/是', () => {
    for (const reply of library) expect(reply.content, reply.id).not.toMatch(/^(嗯|哦|是)[，。！\s]/);
  });

  // A plain phrase screen over the shop's own words, not the red-line engine: the starter library must not ship a
  // sentence that any sane rule would flag. Negated, compliant wording (不会让您私下转账) is allowed on purpose.
  it.each([
    ['invoice_refusal', ['不开发票', '不能开发票', '税点', '只能开收据', '发票另外加']],
    ['return_refusal', ['拆封不退', '不退不换', '概不退换', '不支持七天无理由', '特价商品不退']],
    ['off_platform', ['加微信', '加V', 'VX', 'QQ', '支付宝', '银行转账', '收款码', '私下交易']],
    ['review_manipulation', ['好评返现', '返现红包', '晒图返', '删差评', '改评价']],
    ['order_manipulation', ['先确认收货', '确认收货后再', '取消订单重新拍', '改退货原因']],
    ['absolute_claims', ['最好', '最低', '最便宜', '全网', '第一名', 'NO.1', '唯一', '国家级', '顶级', '100%', '万能']],
    ['medical_claims', ['治疗', '治愈', '根治', '药到病除', '降血压', '防癌']],
    ['unfair_terms', ['最终解释权', '签收即视为']],
    ['counterfeit', ['高仿', '复刻', 'A货', '原单']],
    ['abuse', ['爱买不买', '不归我管', '穷就别买']],
  ] as const)('contains no %s phrase', (_category, phrases) => {
    for (const reply of library) {
      for (const phrase of phrases) expect(reply.content, reply.id).not.toContain(phrase);
    }
  });
});

describe('dev set of buyer messages', () => {
  it('has at least 200 well-formed lines with 1–3 expected ids each', () => {
    expect(dev).toHaveLength(devSet.length);
    expect(dev.length).toBeGreaterThanOrEqual(200);
    for (const example of dev) {
      expect(example.text.trim(), example.text).not.toBe('');
      expect(example.expect.length, example.text).toBeGreaterThanOrEqual(1);
      expect(example.expect.length, example.text).toBeLessThanOrEqual(3);
      expect(new Set(example.expect).size, example.text).toBe(example.expect.length);
    }
  });

  it('only expects replies that exist in the library', () => {
    for (const example of dev) {
      for (const id of example.expect) expect(byId.has(id), `${example.text} → ${id}`).toBe(true);
    }
  });

  it('has no duplicate messages and includes 能开发票吗 exactly', () => {
    const texts = dev.map((example) => example.text);
    expect(new Set(texts).size).toBe(texts.length);
    expect(texts).toContain('能开发票吗');
  });

  const mainGroupCount = (groups: readonly string[]): number =>
    dev.filter((example) => groups.includes(byId.get(example.expect[0] ?? '')?.group ?? '')).length;

  it.each(GROUPS.map((group) => [group]))('has messages whose main intent is in %s', (group) => {
    expect(mainGroupCount([group])).toBeGreaterThanOrEqual(5);
  });

  it.each([
    ['invoices', ['售前/发票']],
    ['logistics', ['售前/物流', '售后/物流查询']],
    ['returns and refunds', ['售后/退换', '售后/退款']],
    ['sizes', ['售前/尺码']],
  ] as const)('has at least 10 messages about %s', (_topic, groups) => {
    expect(mainGroupCount(groups)).toBeGreaterThanOrEqual(10);
  });

  // Buyers do not speak like replies; a message that quotes its answer would make the set measure string overlap.
  it('does not copy reply wording into messages', () => {
    for (const example of dev) {
      for (const id of example.expect) {
        const shared = longestCommonSubstring(example.text, byId.get(id)?.content ?? '');
        expect(charCount(shared), `${example.text} ↔ ${id}: ${shared}`).toBeLessThan(7);
      }
    }
  });
});
