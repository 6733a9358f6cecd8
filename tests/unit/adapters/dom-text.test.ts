// @vitest-environment happy-dom
import { describe, expect, it } from 'vitest';
import { collapse, editableText, labelled, plainText } from '../../../lib/adapters/dom-text';

function fragment(html: string): HTMLElement {
  const host = document.createElement('div');
  host.innerHTML = html;
  return host;
}

describe('plainText', () => {
  it.each([
    ['plain text', '在吗', '在吗'],
    [
      'escaped markup stays literal text',
      '&lt;img src=x onerror="window.__xss=1"&gt;小美',
      '<img src=x onerror="window.__xss=1">小美',
    ],
    ['br is a line break', '第一行<br>第二行', '第一行\n第二行'],
    ['blocks are lines', '<div>第一行</div><div>第二行</div>', '第一行\n第二行'],
    ['pre keeps its newlines', '<pre>第一行\n第二行</pre>', '第一行\n第二行'],
    ['emoji images read as their alt code', '好的<img alt="[微笑]" src="e.png">谢谢', '好的[微笑]谢谢'],
    ['scripts and styles are not text', '<script>window.x=1</script><style>p{}</style>你好', '你好'],
    ['formatting whitespace between blocks is dropped', '<div>甲</div>\n    <div>乙</div>\n', '甲\n乙'],
    ['inline spans stay on one line', '<span>¥</span><span>89</span><span>.00</span>', '¥89.00'],
    ['outer whitespace is trimmed', '  \n 你好 \n ', '你好'],
  ])('%s', (_, html, expected) => {
    expect(plainText(fragment(html))).toBe(expected);
  });

  it('skips subtrees matching the skip selector', () => {
    expect(plainText(fragment('<div class="time">10:21</div><span>系统消息</span>'), '.time')).toBe('系统消息');
  });

  it('reads nothing from a missing node', () => {
    expect(plainText(null)).toBe('');
  });
});

describe('editableText (contenteditable and Quill drafts)', () => {
  it.each([
    ['Chrome contenteditable lines', '亲<div>今天发货</div><div>顺丰包邮</div>', '亲\n今天发货\n顺丰包邮'],
    ['an empty line is <div><br></div>', 'B<div><br></div><div>C</div>', 'B\n\nC'],
    ['Quill paragraphs', '<p>亲</p><p><br></p><p>好的</p>', '亲\n\n好的'],
    ['an empty Quill editor', '<p><br></p>', ''],
    ['a leading empty line', '<div><br></div><div>第二行</div>', '\n第二行'],
    ['Shift+Enter <br>s', '在的亲<br>请问', '在的亲\n请问'],
    ['a trailing <br> Chrome keeps is not a line', '在的亲<br>', '在的亲'],
    ['inner spaces are kept', '<p>  两个空格  </p>', '  两个空格  '],
    ['no-break spaces a browser keeps for typed spaces read as spaces', '<p>共&nbsp; 两件</p>', '共  两件'],
  ])('%s', (_, html, expected) => {
    expect(editableText(fragment(html))).toBe(expected);
  });
});

describe('labels and summaries', () => {
  it.each([
    ['[商品卡片]', '<img alt="商品"><div>连衣裙</div><div>¥89.00</div>', 40, '[商品卡片] 连衣裙 ¥89.00'],
    ['[图片]', '<img alt="图片">', 40, '[图片]'],
    ['[订单卡片]', '<div>订单号：240917-318475562910238</div>', 12, '[订单卡片] 订单号：240917-3…'],
  ])('%s', (label, html, max, expected) => {
    expect(labelled(label, fragment(html), max)).toBe(expected);
  });

  it.each([
    ['  a \n\t b  ', 'a b'],
    ['', ''],
  ])('collapse(%j)', (input, expected) => {
    expect(collapse(input)).toBe(expected);
  });
});
