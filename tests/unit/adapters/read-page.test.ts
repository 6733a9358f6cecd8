// @vitest-environment happy-dom
import { describe, expect, it } from 'vitest';
import {
  douyinAdapter,
  genericAdapter,
  jdAdapter,
  kuaishouAdapter,
  pinduoduoAdapter,
  type ChatAdapter,
  type Side,
} from '../../../lib/adapters';
import { loadSnapshot } from './load-snapshot';

const BY_PLATFORM = {
  pinduoduo: pinduoduoAdapter,
  douyin: douyinAdapter,
  jd: jdAdapter,
  kuaishou: kuaishouAdapter,
  generic: genericAdapter,
} as const;

const XSS_NICKNAME = '<img src=x onerror="window.__xss=1">小美';
const XSS_MESSAGE = '<script>window.__xss=2</script>你们家是正品吗？';
const TWIN = 'S*******n';

type Thread = Array<[Side, string]>;

const FIRST_THREAD: Thread = [
  ['system', '买家通过商品详情页进入会话'],
  ['buyer', '在吗？这款碎花连衣裙M码还有货吗'],
  ['agent', '亲，在的哦～M码目前有现货，您看中的是哪个颜色呢'],
  ['buyer', '[商品卡片] 法式复古碎花连衣裙女夏季收腰显瘦 ¥89.00'],
  ['agent', '亲，这款M码有现货的，今天16点前拍下当天发货哦'],
  ['buyer', '能便宜点吗？我身高160体重105斤穿M合适吗'],
];

/** The twin buyer's thread: an order card (each page words it its own way, cut at 40 characters), an image, a system line. */
function twinThread(orderCard: string): Thread {
  return [
    ['buyer', orderCard],
    ['buyer', '我的快递三天了怎么还没到'],
    ['agent', '亲，非常抱歉让您久等了，我马上帮您查一下物流'],
    ['buyer', '[图片]'],
    ['system', '该订单已申请售后，请及时处理'],
  ];
}

const HTML_NAME_THREAD: Thread = [
  ['buyer', XSS_MESSAGE],
  ['agent', '亲，我们是品牌官方授权店铺，支持专柜验货哦'],
  ['buyer', '好的，那我下单了'],
];

interface Case {
  file: string;
  adapter: ChatAdapter;
  buyer: { uid: string; name: string; uidSource?: 'derived' } | null;
  thread: Thread;
  ids: { first: string; last: string };
}

const CASES: Case[] = [
  {
    file: 'pinduoduo.html',
    adapter: pinduoduoAdapter,
    buyer: { uid: '8723301456', name: TWIN },
    thread: FIRST_THREAD,
    ids: { first: '1726626001001', last: '1726626006021' },
  },
  {
    file: 'pinduoduo-upper-ids.html',
    adapter: pinduoduoAdapter,
    buyer: { uid: '8723301456', name: TWIN },
    thread: FIRST_THREAD,
    ids: { first: '1726626001001', last: '1726626006021' },
  },
  {
    file: 'pinduoduo-twin.html',
    adapter: pinduoduoAdapter,
    buyer: { uid: '8723309912', name: TWIN },
    thread: twinThread('[订单卡片] 订单编号：240917-318475562910238 纯棉四件套 1.8m床 …'),
    ids: { first: '1726626007028', last: '1726626011066' },
  },
  {
    file: 'pinduoduo-html-name.html',
    adapter: pinduoduoAdapter,
    buyer: { uid: '8701234567', name: XSS_NICKNAME },
    thread: HTML_NAME_THREAD,
    ids: { first: '1726626012078', last: '1726626014105' },
  },
  {
    // The list still shows the first buyer while the row already says the twin: no buyer until both agree.
    file: 'pinduoduo-mid-switch.html',
    adapter: pinduoduoAdapter,
    buyer: null,
    thread: FIRST_THREAD,
    ids: { first: '1726626001001', last: '1726626006021' },
  },
  {
    file: 'douyin.html',
    adapter: douyinAdapter,
    buyer: { uid: '0:1:3198425563170247:4031246151199119', name: TWIN },
    thread: FIRST_THREAD,
    ids: { first: '7413582901234500001', last: '7413582901234500006' },
  },
  {
    file: 'douyin-twin.html',
    adapter: douyinAdapter,
    buyer: { uid: '0:1:3198425563170811:4031246151199119', name: TWIN },
    thread: twinThread('[订单卡片] 订单号 240917-318475562910238 纯棉四件套 1.8m床 已…'),
    ids: { first: '7413582901234500007', last: '7413582901234500011' },
  },
  {
    file: 'douyin-html-name.html',
    adapter: douyinAdapter,
    buyer: { uid: '0:1:2270953921061816:4031246151199119', name: XSS_NICKNAME },
    thread: HTML_NAME_THREAD,
    ids: { first: '7413582901234500012', last: '7413582901234500014' },
  },
  {
    // data-id not there yet on the newest bubble: it is left out until it has one.
    file: 'douyin-pending-id.html',
    adapter: douyinAdapter,
    buyer: { uid: '0:1:3198425563170247:4031246151199119', name: TWIN },
    thread: FIRST_THREAD.slice(0, 5),
    ids: { first: '7413582901234500001', last: '7413582901234500005' },
  },
  {
    // Rebuilt frame: no data-qa-id, sides from row-reverse, a fully hashed selected class, no row id.
    file: 'douyin-rebuilt.html',
    adapter: douyinAdapter,
    buyer: { uid: 'derived:/__fixture__/assets/img-1.svg|S*******n', name: TWIN, uidSource: 'derived' },
    thread: FIRST_THREAD,
    ids: { first: '7413582901234500001', last: '7413582901234500006' },
  },
  {
    file: 'jd.html',
    adapter: jdAdapter,
    buyer: { uid: 'jd_5f8c2a71b3e9d', name: TWIN },
    thread: FIRST_THREAD,
    ids: { first: 'a5a3c01-9e1f-4c2b-8d07-3f000001', last: 'a5a3c06-9e1f-4c2b-8d07-3f000006' },
  },
  {
    file: 'jd-twin.html',
    adapter: jdAdapter,
    buyer: { uid: 'jd_71bd03c9a6f2e', name: TWIN },
    thread: twinThread('[订单卡片] 订单号：240917-318475562910238 纯棉四件套 1.8m床 已…'),
    ids: { first: 'a5a3c07-9e1f-4c2b-8d07-3f000007', last: 'a5a3c0b-9e1f-4c2b-8d07-3f00000b' },
  },
  {
    file: 'jd-html-name.html',
    adapter: jdAdapter,
    buyer: { uid: 'xiaomei_0923', name: XSS_NICKNAME },
    thread: HTML_NAME_THREAD,
    ids: { first: 'a5a3c0c-9e1f-4c2b-8d07-3f00000c', last: 'a5a3c0e-9e1f-4c2b-8d07-3f00000e' },
  },
  {
    file: 'kuaishou.html',
    adapter: kuaishouAdapter,
    buyer: { uid: '2093847561', name: TWIN },
    thread: FIRST_THREAD,
    ids: { first: '40001', last: '40006' },
  },
  {
    file: 'kuaishou-twin.html',
    adapter: kuaishouAdapter,
    buyer: { uid: '2093847788', name: TWIN },
    thread: twinThread('[订单卡片] 订单号：240917-318475562910238 纯棉四件套 1.8m床 已…'),
    ids: { first: '40007', last: '40011' },
  },
  {
    file: 'kuaishou-html-name.html',
    adapter: kuaishouAdapter,
    buyer: { uid: '1764420953', name: XSS_NICKNAME },
    thread: HTML_NAME_THREAD,
    ids: { first: '40012', last: '40014' },
  },
];

describe('reading the real-shaped pages', () => {
  it.each(CASES)('$file: buyer', ({ file, adapter, buyer }) => {
    const read = adapter.readBuyer(loadSnapshot(file));
    expect(read).toEqual(buyer && { platform: adapter.platform, ...buyer });
  });

  it.each(CASES)('$file: messages (sides, text, cards as labels)', ({ file, adapter, thread, ids }) => {
    const messages = adapter.readMessages(loadSnapshot(file));
    expect(messages.map((m) => [m.side, m.text])).toEqual(thread);
    expect(messages[0]?.id).toBe(ids.first);
    expect(messages.at(-1)?.id).toBe(ids.last);
    expect(new Set(messages.map((m) => m.id)).size).toBe(messages.length);
  });

  it.each(CASES)(
    '$file: recognised, input inside the composer, observe root holds list and input',
    ({ file, adapter }) => {
      const doc = loadSnapshot(file);
      expect(adapter.recognise(doc)).toEqual({ ok: true });
      const input = adapter.findInput(doc);
      const send = adapter.findSendButton(doc);
      const composer = adapter.findComposer(doc);
      expect(input).not.toBeNull();
      expect(send?.textContent?.trim()).toBe('发送');
      expect(composer?.contains(input)).toBe(true);
      expect(composer?.contains(send)).toBe(true);
      expect(adapter.observeRoot(doc).contains(input)).toBe(true);
      expect(adapter.readDraft(input!)).toBe('');
    }
  );

  it.each([
    ['pinduoduo.html', 'pinduoduo', [false, false, true, false, false, false]],
    ['douyin.html', 'douyin', [false, false, false, false, false, false]],
    ['jd.html', 'jd', [false, false, false, false, false, false]],
    ['kuaishou.html', 'kuaishou', [false, false, false, false, false, false]],
  ] as const)('%s: only Pinduoduo robot replies are marked robot', (file, platform, robots) => {
    expect(BY_PLATFORM[platform].readMessages(loadSnapshot(file)).map((m) => m.robot === true)).toEqual(robots);
  });

  it.each([
    ['pinduoduo.html', 'pinduoduo', 'textarea#replyTextarea', '.send-btn', '.reply-box'],
    [
      'douyin.html',
      'douyin',
      'textarea[data-qa-id="qa-send-message-textarea"]',
      '[data-qa-id="qa-send-message-button"]',
      '[class*="inputArea"]',
    ],
    ['douyin-rebuilt.html', 'douyin', 'textarea', '[class*="sendBtn"]', '[class*="inputArea"]'],
    ['jd.html', 'jd', '.EditorContent[contenteditable="true"]', '.SendButtonGroup > .send-button', '.chat-editor'],
    [
      'kuaishou.html',
      'kuaishou',
      '.SendBox .SendBox-Editor .ql-editor',
      '.SendBox-buttonRight .ant-btn-primary',
      '.SendBox',
    ],
    ['generic-unrecognised.html', 'generic', 'textarea.text-area', '.kf-btn', '.kf-composer'],
  ] as const)('%s (%s): input %s, send %s, composer %s', (file, platform, input, send, composer) => {
    const adapter = BY_PLATFORM[platform];
    const doc = loadSnapshot(file);
    expect(adapter.findInput(doc)?.matches(input)).toBe(true);
    expect(adapter.findSendButton(doc)?.matches(send)).toBe(true);
    expect(adapter.findComposer(doc)?.matches(composer)).toBe(true);
  });
});

describe('recognise() on a page that is not the platform', () => {
  const unknown = loadSnapshot('generic-unrecognised.html');

  it.each([
    [
      'pinduoduo',
      ['message list: nothing matches #msgListContainer', 'input box: nothing matches textarea#replyTextarea'],
    ],
    ['douyin', ['message list: nothing matches [data-qa-id="qa-message-warpper"]']],
    [
      'jd',
      [
        'message list: nothing matches #t-chat-scroll',
        'input box: nothing matches .EditorContent[contenteditable="true"]',
      ],
    ],
    [
      'kuaishou',
      [
        'message list: nothing matches .ChatMessageList-ContentWrap',
        'input box (Quill editor): nothing matches .SendBox .SendBox-Editor .ql-editor',
      ],
    ],
  ] as const)('%s names what is missing and the selectors it tried', (platform, starts) => {
    const result = BY_PLATFORM[platform].recognise(unknown);
    expect(result.ok).toBe(false);
    const missing = result.ok ? [] : result.missing;
    expect(missing).toHaveLength(starts.length);
    starts.forEach((start, i) => expect(missing[i]?.startsWith(start), missing[i]).toBe(true));
  });

  it('Douyin falls back to a rendered textarea, so only the message list is missing there', () => {
    expect(douyinAdapter.findInput(unknown)?.className).toBe('text-area');
  });

  it('reads no buyer and no messages there', () => {
    for (const adapter of [pinduoduoAdapter, douyinAdapter, jdAdapter, kuaishouAdapter, genericAdapter]) {
      expect(adapter.readBuyer(unknown)).toBeNull();
      expect(adapter.readMessages(unknown)).toEqual([]);
    }
  });

  it('the generic adapter recognises it by its composer and skips hidden, display:none and read-only boxes', () => {
    expect(genericAdapter.recognise(unknown)).toEqual({ ok: true });
    expect(genericAdapter.findInput(unknown)?.className).toBe('text-area');
    expect(genericAdapter.observeRoot(unknown)).toBe(unknown.body);
  });

  it('the generic adapter says what it needs on a page without any input', () => {
    const empty = new DOMParser().parseFromString('<p>只有文字</p><input type="text">', 'text/html');
    expect(genericAdapter.recognise(empty)).toEqual({
      ok: false,
      missing: ['input box: no rendered, enabled textarea or contenteditable element on the page'],
    });
    expect(genericAdapter.findComposer(empty)).toBeNull();
  });
});

describe('nothing is cached between calls', () => {
  it('Pinduoduo: after Vue swaps the list node for another buyer, the next read follows', () => {
    const doc = loadSnapshot('pinduoduo.html');
    expect(pinduoduoAdapter.readBuyer(doc)?.uid).toBe('8723301456');
    const twin = loadSnapshot('pinduoduo-twin.html');
    doc
      .querySelector('#msgListContainer ul')!
      .replaceWith(doc.importNode(twin.querySelector('#msgListContainer ul')!, true));
    doc.querySelector('.chat-item-box.active')!.classList.remove('active');
    doc.querySelector('.chat-item-box[data-random^="8723309912-"]')!.classList.add('active');
    expect(pinduoduoAdapter.readBuyer(doc)).toEqual({ platform: 'pinduoduo', uid: '8723309912', name: TWIN });
    expect(pinduoduoAdapter.readMessages(doc).map((m) => m.id)[0]).toBe('1726626007028');
  });

  it('Douyin: a header naming another buyer than the selected row means no buyer yet', () => {
    const doc = loadSnapshot('douyin.html');
    doc.querySelector('#topbar-left-info span')!.textContent = '橘***猫';
    expect(douyinAdapter.readBuyer(doc)).toBeNull();
  });

  it('JD: the pin comes from the row id even when the pin holds underscores and "imcustomer"-like text', () => {
    const doc = loadSnapshot('jd.html');
    const row = doc.querySelector('.alluser-item_check')!;
    row.id = 'u_im_customer_fan_01imcustomer10086321';
    expect(jdAdapter.readBuyer(doc)?.uid).toBe('im_customer_fan_01');
  });

  it('Kuaishou: an empty conversation shows no buyer id, so there is no buyer', () => {
    const doc = loadSnapshot('kuaishou.html');
    doc.querySelector('.ChatMessageList-ContentWrap')!.replaceChildren();
    expect(kuaishouAdapter.readBuyer(doc)).toBeNull();
    expect(kuaishouAdapter.recognise(doc)).toEqual({ ok: true });
  });
});
