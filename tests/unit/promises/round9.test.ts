import { describe, expect, it } from 'vitest';
import type { PromiseKind } from '../../../lib/promises';
import { dueOf, kinds } from './detect-helpers';

// Sentences written for these tests (none is taken from a fixture); they pin the round-9 word classes and structures.

describe('round 9: actions said the short way', () => {
  it.each<[string, PromiseKind[]]>([
    // calls: 回你电话, 我打过去 / 再打过来, 给您拨一个, a clock range then 打
    ['三点回你电话', ['callback']],
    ['下午两点左右我打过去', ['callback']],
    ['等下我再打过来', ['callback']],
    ['晚饭前再给你拨一个', ['callback']],
    ['四点到五点之间打', ['callback']],
    // the staff asked: technicians, stores, suppliers, channels, the pharmacist; 请示 and 联系
    ['我去联系下技师，下午回您', ['other', 'reply']],
    ['这事得请示一下店长，晚上答复您', ['other', 'reply']],
    ['我问问供货商那边，明天给你准信', ['other', 'reply']],
    // a bare duration after the promise is when it is done
    ['抬头错了那张重开一张，十分钟', ['invoice']],
    ['施工时间我跟门店定一下，定好回您', ['other', 'reply']],
    // invoices: 专票/普票 opened, reissued
    ['周三前开好普票', ['invoice']],
    // a bare 补 after its time, or 跟着 the next parcel; 补货 is stock, not a resend
    ['缺的那包明天中午前补', ['resend']],
    ['少的垫片我跟着下一单补', ['resend']],
    ['新的那双下周一早上顺丰发', ['resend']],
    // exchanges: 把…换掉, 换款; 兑换码 is a code, not an exchange
    ['后天之前把裂了的那个换掉', ['exchange']],
    ['兑换码今晚八点前发你', ['ship']],
    // money back said tersely
    ['差价一小时后手动退', ['refund']],
    ['多收的运费月底前一定退', ['refund']],
    // goods leave: 走 after a deadline, the first batch, 发掉, handed to a carrier, delivered to the store
    ['补寄的那件四点之前走', ['resend']],
    ['您这单周二上午第一批发', ['ship']],
    ['这周五之前发掉', ['ship']],
    ['今天五点前交给顺丰', ['ship']],
    ['后天把轮胎送到您指定的门店', ['ship']],
    ['十分钟后发卡密', ['ship']],
    // time: 过两个钟头, 假后第一个工作日
    ['过两个钟头再打过来', ['callback']],
    // logistics: the parcel looked into with a result word, fronted or not; calls to the carrier; 问清楚 after it
    ['快递我今晚八点前查清楚', ['logistics']],
    ['明早把您那单的物流查一遍', ['logistics']],
    ['下午跟中通那边核实一下', ['logistics']],
    ['一上班就打给快递公司，问清楚为啥没派', ['logistics']],
    ['我查一下包裹到哪了，半小时内回您', ['logistics', 'reply']],
    // the warehouse looked at, poked, told; stock locked or checked through; goods moved between warehouses
    ['过十分钟我去看看仓库那边', ['warehouse']],
    ['我去戳一下仓库，四点前回你', ['warehouse', 'reply']],
    ['改的地址仓库那边我也打个招呼', ['warehouse']],
    ['我先锁个库存', ['warehouse']],
    ['后天从北京仓给您调过来', ['warehouse']],
    // the notice when stock arrives, said without 您 or after a stock clause alone
    ['那款周五到，到了挨个通知', ['restock_notice']],
    ['粉色那款月底上新，到时候提醒您', ['restock_notice']],
    ['蓝色的缺货，下周补上，补上了第一时间说一声', ['restock_notice']],
    ['新茶下月中旬下来，下来了第一时间通知', ['restock_notice']],
    // 川渝 一哈 for 一下; a bare 弄 or 处理 about the noun fronted in its own clause
    ['我联系一哈快递网点，晚上前给你个准信', ['logistics', 'reply']],
    ['发票的事周四处理', ['invoice']],
    ['差价明天弄', ['refund']],
    ['换货的事我明早弄', ['exchange']],
    // the refund approved on the page; money back the original way with a vague time
    ['退款申请我看到了，晚上十点前点同意', ['refund']],
    ['多付的邮费稍后原路退回去', ['refund']],
    // a call to the warehouse is legwork, not a call to the buyer
    ['下午我打电话到仓库核一下批次', ['warehouse']],
    ['仓库那边我今天盯到发', ['warehouse']],
    // 别的 is no prohibition
    ['今天跟别的件一起寄过去', ['ship']],
  ])('%s → %j', (text, expected) => {
    expect(kinds(text)).toEqual(expected);
  });
});

describe('round 9: look-alikes that promise nothing', () => {
  it.each<[string]>([
    ['这款每周三补一次货'],
    ['仓库每周补货一次'],
    // the goods reaching the warehouse are not legwork
    ['那批下午到仓库'],
    // a constraint, a refusal named as a topic, a report with the noun fronted
    ['退货到了仓库才能点退款'],
    ['审核过了我这边才可以操作'],
    ['改价不是我这边能弄的'],
    ['发票前天就开了'],
    // notices sent by the platform, the carrier or the bank
    ['到账了运营商会发短信通知您'],
    ['有进展的话系统会自动提醒您'],
    // the buyer's choice, the buyer asked, the page quoted
    ['要换货的话您明天把照片发过来'],
    ['中通的话后天肯定到'],
    ['周五之前请把坏的寄回来'],
    ['到货提醒您在商品页点一下就行'],
    ['详情页写了20号前发完'],
    ['三点前的单当天走'],
    ['今天下单的话要明天才发'],
  ])('%s', (text) => {
    expect(kinds(text)).toEqual([]);
  });
});

describe('round 9: due times', () => {
  it.each<[string, string[]]>([
    ['过两个钟头再打过来', ['2026-11-23T12:15:00+08:00']],
    ['过半小时回你电话', ['2026-11-23T10:45:00+08:00']],
    ['抬头错了那张重开一张，十分钟', ['2026-11-23T10:25:00+08:00']],
  ])('%s → %j', (text, expected) => {
    expect(dueOf(text)).toEqual(expected);
  });
});
