/**
 * Red-line check speed: the engine runs in the content script's keydown handler, so a check of a typical draft must
 * stay far below a frame. Two baselines in the same run make the figure a ratio: (1) String.includes over the draft
 * for every trigger word the packs contain — the cheapest possible keyword filter, no meaning, no offsets; (2) the
 * naive engine — every rule's regex run once over the raw draft, no normalisation and no context checks. The first
 * check in a fresh process also compiles every expression (~35 ms in Node here, once); that is not measured here
 * because V8 caches compiled expressions across engines.
 * Run: npx vitest bench --run tests/bench/redline.bench.ts
 */
import { bench, describe } from 'vitest';
import { createRedlineEngine } from '../../lib/redline';
import { effectiveRules } from '../../lib/redline/engine';
import { expandGaps } from '../../lib/redline/rule-def';

const PLATFORM = 'taobao';

// ~200 characters each, the length of a long, careful agent reply.
const DIRTY =
  '亲，您好！这款羽绒服是我们家的爆款，今天下单明天就能发货哦。尺码按平时穿的选就可以，偏大一码的话建议选小一号，里面穿毛衣也不会紧。关于发票，不好意思这款是特价的，开票要加6个点哈。另外拆了就不能退了哦亲，介意的话慎拍。有问题可以加我威信 kefu8866，那边发实拍图和视频更方便。五星好评返3元，记得截图发我～这个价格是全网最低价了，放心拍，库存不多了，喜欢的话早点下单哦，今天拍还送一双袜子！';
const CLEAN =
  '亲，您好！这款羽绒服是我们家的热卖款，今天下午四点前下单当天就能发货哦。尺码按平时穿的选就可以，如果在两个尺码之间建议选大一码，里面穿毛衣也不会紧。发票可以开的，确认收货后在订单页申请电子发票即可，不收额外费用。支持七天无理由退货，拆封验货不影响退货。请勿私下转账，有任何问题直接在这里留言，我们随时为您处理，最快明天就能到，感谢您的支持，祝您生活愉快，有空常来逛逛，新品上架会第一时间通知您～';

const engine = createRedlineEngine({ platform: PLATFORM });
const rules = effectiveRules(PLATFORM).filter(({ def }) => def.re);
const naiveRegexes = rules.map(({ def }) => new RegExp(expandGaps(def.re), 'g'));
// Every literal Chinese word of two or more characters in the packs' patterns: what a keyword filter would look for.
const triggerWords = [...new Set(rules.flatMap(({ def }) => def.re.match(/[\u4e00-\u9fa5]{2,}/g) ?? []))];

let sink = 0;
function naiveRegexCheck(text: string) {
  for (const re of naiveRegexes) {
    re.lastIndex = 0;
    for (let m = re.exec(text); m; m = re.exec(text)) {
      sink += m.index;
      if (m[0] === '') re.lastIndex++;
    }
  }
}
function includesCheck(text: string) {
  for (const w of triggerWords) if (text.includes(w)) sink++;
}

// A long pasted text with triggers and no full stops: context windows are bounded, so this stays linear.
const WALL = '亲开票要加点不退不换好评返现加微信，'.repeat(105);

for (const [name, text] of [
  [`violating draft (${DIRTY.length} chars)`, DIRTY],
  [`clean draft (${CLEAN.length} chars)`, CLEAN],
  [`wall of triggers (${WALL.length} chars)`, WALL],
] as const) {
  describe(`${name}, common + ${PLATFORM} pack (${rules.length} regex rules, ${triggerWords.length} trigger words)`, () => {
    bench('engine.check', () => {
      sink += engine.check(text).length;
    });
    bench('baseline: String.includes for every trigger word', () => includesCheck(text));
    bench('baseline: naive one regex per rule, raw text, no context', () => naiveRegexCheck(text));
  });
}

describe('engine compile', () => {
  bench(`createRedlineEngine({ platform: '${PLATFORM}' })`, () => {
    sink += createRedlineEngine({ platform: PLATFORM }).platform.length;
  });
});
