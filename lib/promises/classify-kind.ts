/**
 * Which action a clause talks about. One clause may name several (我问下仓库然后给您回复, 给您补发的配件今天寄出); the kind
 * kept is the one the BUYER waits for, by this priority:
 *   resend > exchange > refund > invoice > ship > restock_notice > callback > reply > other > logistics > warehouse.
 * Goods and money outrank words; a word to the buyer (reply/callback) outranks the agent's own legwork (asking the
 * warehouse, chasing the courier), which the buyer never sees. 补发 outranks 发 because a resend is also a shipment.
 */
import type { PromiseKind } from './types';

export interface KindMatch {
  kind: PromiseKind;
  start: number;
  end: number;
  /**
   * The verb names a thing or a condition, not the action promised: 补发的配件 (attributive), 发货后会有短信 (condition).
   * Such a match helps pick the kind when another action is in the clause, and sets the topic for the next clause.
   */
  mention: boolean;
}

export const KIND_PRIORITY: readonly PromiseKind[] = [
  'resend',
  'exchange',
  'refund',
  'invoice',
  'ship',
  'restock_notice',
  'callback',
  'reply',
  'other',
  'logistics',
  'warehouse',
];

const YOU = '(?:您|你|亲)';

/**
 * Patterns in the order they are tried; each match hides its characters from the later ones, so 发单号 is read as a reply
 * before the ship pattern can see its 发, and 到货了通知您 as a restock notice before the reply pattern sees 通知您.
 */
const PATTERNS: ReadonlyArray<readonly [PromiseKind, RegExp]> = [
  [
    'restock_notice',
    new RegExp(
      `(?:到货|补货|有货|来货|货到|上架|新货到)(?:了|后|之后|以后|的话|的时候)?.{0,8}?(?:通知|告诉|联系|提醒|告知)${YOU}?|到货通知`,
      'g',
    ),
  ],
  [
    'warehouse',
    /(?:催|问|联系|找|跟|和|给|去|到|让)(?:一下|下|一声|过|了)?(?:我们|咱们)?的?仓库|仓库.{0,4}?(?:确认|核实|问问|问一下|看看|看一下|查|催)/g,
  ],
  [
    'callback',
    new RegExp(
      `(?:给|帮)${YOU}(?:打|回|拨)(?:个|一个|一通|过)?电话|(?:打|回|拨)(?:个|一个|过)?电话给${YOU}|回电话?|致电|电话(?:联系|回访|通知)${YOU}?`,
      'g',
    ),
  ],
  [
    'invoice',
    /开(?:具|好|出|一?张)?(?:电子|纸质|增值税|专用|普通|个人|公司)?(?:发票|票)|发票.{0,8}?(?:开|寄|补)|补开|开具/g,
  ],
  [
    'reply',
    new RegExp(
      `发(?:给)?${YOU}?(?:个|一下|下)?(?:物流|快递)?单号|单号.{0,4}?发(?:给)?${YOU}|(?:给|帮)${YOU}发(?:个|一下|下|一个)?(?:链接|图片|照片|截图|视频|消息|信息|说明|教程)|发(?:个|一下|下)?(?:链接|图片|照片|截图|视频|消息|信息)给?${YOU}`,
      'g',
    ),
  ],
  [
    'resend',
    new RegExp(
      `补发|补寄|重新(?:给${YOU})?(?:发|寄)|重发|重寄|再(?:给${YOU})?(?:发|寄)(?:一个|一份|一件|一|个)|补(?:一个|个|一件|一份|给${YOU})(?:新的)?`,
      'g',
    ),
  ],
  [
    'exchange',
    new RegExp(`换货|调换|更换|换新|(?:给|帮)${YOU}换|换(?:一|个|件|双|套|只|条|好|码|尺码|颜色|成|大|小)`, 'g'),
  ],
  [
    'refund',
    new RegExp(
      `退款|退钱|退差价|退运费|退邮费|退(?:一半|全款|部分)|退(?:给)?${YOU}|(?:给|帮|为)${YOU}(?:把.{0,6}?)?退|返(?:给|还)?${YOU}|返(?:现)?[0-9一二两三四五六七八九十]+|补偿|赔偿|赔付|赔(?:给)?${YOU}|打款|原路退`,
      'g',
    ),
  ],
  [
    'logistics',
    /查(?:一下|下|查|一查)?(?:物流|快递|单号|包裹|件)|(?:联系|催|问|找|跟)(?:一下|下)?(?:快递|物流|派件员|快递员|快递公司|网点|顺丰|中通|圆通|韵达|申通|京东|邮政)|快递.{0,8}?(?:联系|催|问|查)|物流.{0,8}?(?:查|跟进|跟踪|催)/g,
  ],
  [
    'ship',
    new RegExp(
      `发货|发出|发走|发过去|寄出|寄走|寄过去|寄给${YOU}|送(?:过去|过来|给${YOU})|发给${YOU}|(?:给|帮)${YOU}(?:安排)?(?:发|寄)(?!票)|发(?:顺丰|快递|中通|圆通|韵达|申通|极兔|京东|邮政|EMS|ems|德邦)|出库|(?:安排|马上|立刻|就|会|先|再|也|今天|明天|后天|当天|次日|上午|下午|晚上|之前|前|号|内)发(?=$|[哈哦呢啦呀吧噢~～的了＿])`,
      'g',
    ),
  ],
  [
    'reply',
    new RegExp(
      `回复|答复|回${YOU}|回(?:个|一个)?(?:消息|信儿?|话)|(?:给|跟|和)${YOU}(?:个|一个)?(?:消息|答复|回复|结果|说法|交代|准信|反馈|回话|信儿?|说|讲)|告诉${YOU}|通知${YOU}|联系${YOU}|同步(?:给)?${YOU}|反馈给${YOU}|告知${YOU}?`,
      'g',
    ),
  ],
  ['other', /处理|解决|(?:安排|派)(?:师傅|人|专人|同事)|上门|办理|操作|弄好|搞定|落实/g],
];

/** 给您开 / 帮您弄 / 给您操作: an action whose kind is the topic of the clause before (开票信息我记下了，今天给您开). */
export const GENERIC_ACTION = new RegExp(`(?:给|帮|为)${YOU}(?:开|弄|办|做|搞)`);

const PARTICLE = /[哈哦呢啦呀吧噢喔嘛哟亲~～＿]/;

/** 仓库回复了 is the warehouse's act, which the agent then reports on; it is not the agent's reply. */
const THIRD_PARTY_BEFORE = /(?:仓库|快递|厂家|师傅|财务|那边|他们|对方|领导|主管|物流)$/;

function isMention(text: string, start: number, end: number, kind: PromiseKind): boolean {
  if (kind === 'reply' && THIRD_PARTY_BEFORE.test(text.slice(0, start))) return true;
  const next = text[end];
  if (next === '的') {
    if (text[end + 1] === '话') return false; // 退差价的话… is a topic, not a thing
    const after = text[end + 1];
    // 补发的配件 names a thing; 会给您安排补发的哈 ends the sentence.
    return after !== undefined && !PARTICLE.test(after);
  }
  return /^(?:后|之后|以后)/.test(text.slice(end));
}

/** Every action the clause names, in order of appearance. */
export function findKindMatches(text: string): KindMatch[] {
  const hidden = text.split('');
  let source = text;
  const matches: KindMatch[] = [];
  for (const [kind, re] of PATTERNS) {
    re.lastIndex = 0;
    let hid = false;
    for (let m = re.exec(source); m; m = re.exec(source)) {
      if (m[0].length === 0) {
        re.lastIndex += 1;
        continue;
      }
      const end = m.index + m[0].length;
      matches.push({ kind, start: m.index, end, mention: isMention(text, m.index, end, kind) });
      for (let i = m.index; i < end; i++) hidden[i] = '＿';
      hid = true;
    }
    if (hid) source = hidden.join('');
  }
  return matches.sort((a, b) => a.start - b.start);
}

const SHIPMENT_DETAIL: ReadonlySet<PromiseKind> = new Set(['resend', 'exchange']);

/**
 * The action the buyer waits for, among the ones the clause really promises (not mere mentions). Of two with the same
 * priority the later wins: conditions come first in Chinese (等仓库回复了我告诉您). A shipment whose goods are named as a
 * resend or an exchange (给您补发的配件今天寄出) is that resend or exchange.
 */
export function pickKind(matches: readonly KindMatch[]): KindMatch | null {
  let best: KindMatch | null = null;
  for (const match of matches) {
    if (match.mention) continue;
    if (!best || KIND_PRIORITY.indexOf(match.kind) <= KIND_PRIORITY.indexOf(best.kind)) best = match;
  }
  if (best?.kind === 'ship') {
    const detail = matches.find((m) => m.mention && SHIPMENT_DETAIL.has(m.kind));
    if (detail) return { ...best, kind: detail.kind };
  }
  return best;
}
