import { describe, expect, it } from 'vitest';
import { normalizeText, toOriginalSpan } from '../../../lib/redline/normalize-text';

describe('normalizeText', () => {
  it.each([
    ['ＡＢＣ１２３！？', 'abc123!?'],
    ['加 微 信', '加微信'],
    ['加\u3000微\u200b信', '加微信'],
    ['威信 薇信 V信 vx VX wx WeChat', '微信微信微信微信微信微信微信'],
    ['扣扣 抠抠 企鹅号', 'qqqqqq'],
    ['zfb 转帐', '支付宝转账'],
    ['發票開不了', '发票开不了'],
    ['第一行\n第二行', '第一行\n第二行'],
  ])('%s → %s', (input, output) => {
    expect(normalizeText(input).text).toBe(output);
  });

  it.each([
    ['亲 票这块真弄不了 见谅', '亲,票这块真弄不了,见谅'],
    ['小店不开票哈 您见谅🙏 谢谢', '小店不开票哈,您见谅🙏,谢谢'],
    ['加我 微信', '加我微信'],
    ['俺们木有发票', '我们没有发票'],
    ['绿色软件 绿泡泡 🐧', '微信微信qq'],
  ])('a space after a particle or emoji ends a clause, others go: %s → %s', (input, output) => {
    expect(normalizeText(input).text).toBe(output);
  });

  it('maps every normalised span back to the original', () => {
    const input = '亲 加我 V X：ab';
    const n = normalizeText(input);
    expect(n.text).toBe('亲,加我微信:ab');
    const at = n.text.indexOf('微信');
    expect(input.slice(...toOriginalSpan(n, at, at + 2))).toBe('V X');
    expect(input.slice(...toOriginalSpan(n, 0, n.text.length))).toBe(input);
  });

  it('is the identity mapping when nothing is dropped', () => {
    const n = normalizeText('全网最低，放心拍');
    expect(n.from).toBeNull();
    expect(toOriginalSpan(n, 2, 4)).toEqual([2, 4]);
  });
});
