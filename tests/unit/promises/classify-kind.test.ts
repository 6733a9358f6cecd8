import { describe, expect, it } from 'vitest';
import { findKindMatches, pickKind, type PromiseKind } from '../../../lib/promises';

function kindOf(text: string): PromiseKind | null {
  return pickKind(findKindMatches(text))?.kind ?? null;
}

describe('kind of a clause', () => {
  it.each<[string, PromiseKind]>([
    ['明天给您发货', 'ship'],
    ['明天给您发顺丰', 'ship'],
    ['今天安排发出', 'ship'],
    ['下午给您寄出', 'ship'],
    ['周一给您发', 'ship'],
    ['明天给您送过去', 'ship'],
    ['给您补发一个', 'resend'],
    ['给您重新发一个', 'resend'],
    ['我让仓库重新给您发一个', 'resend'],
    ['给您补一个新的', 'resend'],
    ['给您补发的配件今天下午寄出', 'resend'], // the shipment is the resend
    ['给您换货', 'exchange'],
    ['给您换一个新的', 'exchange'],
    ['明天给您换好', 'exchange'],
    ['给您退款', 'refund'],
    ['给您退差价', 'refund'],
    ['月底前给您返20元补偿', 'refund'],
    ['月底前给您退', 'refund'],
    ['给您退运费', 'refund'],
    ['退差价的话我这边今天下班前给您处理', 'refund'],
    ['稍后给您回复', 'reply'],
    ['下午给您答复', 'reply'],
    ['有结果告诉您', 'reply'],
    ['一会儿给您发单号', 'reply'],
    ['单号晚点发您', 'reply'],
    ['稍后给您发链接', 'other'], // pictures, videos, links, tables: other (58 labelled lines against 13)
    ['明天给您结果', 'reply'],
    ['我晚点再联系您', 'reply'],
    ['我问下仓库然后给您回复', 'reply'], // the buyer waits for the answer, not for the question to the warehouse
    ['我查一下物流马上告诉您', 'reply'],
    ['等仓库回复了我第一时间告诉您', 'reply'],
    ['半小时内给您回电', 'callback'],
    ['明天给您打个电话', 'callback'],
    ['30分钟后给您回电话', 'callback'],
    ['明天上午给您回电话确认', 'callback'],
    ['我等下打电话给仓库催一下', 'warehouse'],
    ['我明天上午跟仓库确认一下', 'warehouse'],
    ['明天一上班就帮您问仓库', 'warehouse'],
    ['我一会儿去仓库看看有没有货', 'warehouse'],
    ['我马上帮您查一下物流', 'logistics'],
    ['快递的问题我帮您联系一下', 'logistics'],
    ['物流那边我明天帮您催一下', 'logistics'],
    ['我明天催一下快递', 'logistics'],
    ['给您开发票', 'invoice'],
    ['11月25号之前一定给您开好发票', 'invoice'],
    ['发票明天上午给您开好发邮箱', 'invoice'],
    ['1月5号之前给您开票', 'invoice'],
    ['补货了第一时间通知您', 'restock_notice'],
    ['有货了通知您哈', 'restock_notice'],
    ['到货后我们会短信通知您', 'restock_notice'],
    ['新货到了给您发', 'ship'], // the action is the shipment, the arrival only its condition
    ['明天给您处理好', 'other'],
    ['我给您安排师傅明天上门', 'other'],
  ])('%s → %s', (text, expected) => {
    expect(kindOf(text)).toBe(expected);
  });

  it.each<[string, PromiseKind]>([
    // the noun decides between kinds that share a verb
    ['我们仓管明早去库房帮您翻一下', 'warehouse'],
    ['库房那边我去催一下', 'warehouse'], // object-fronted
    ['我马上让仓库给您加急处理', 'warehouse'], // the warehouse does the 处理
    ['我现在去仓库帮您拍实物图', 'other'], // the picture is what the buyer waits for (labelled other: 去仓库…拍个视频发您)
    ['我现在就给快递网点打电话', 'logistics'], // a call to the courier is not a callback
    ['我去问问物流专员', 'logistics'],
    ['您那个快递我中午前帮您催一下', 'logistics'],
    ['明天我帮您盯着物流', 'logistics'],
    ['我这就联系快递小哥让他上门取件', 'logistics'],
    ['快递一有动静就通知您', 'logistics'], // watching the parcel for the buyer
    ['我去跟主管申请一下运费补偿', 'other'], // applying inside the shop is not yet the refund
    ['我先去问问师傅', 'other'],
    ['我马上帮您查', 'other'],
    ['电脑的驱动我半小时后远程帮您装', 'other'],
    ['马上帮您改价', 'other'],
    ['我等下帮您备注顺丰', 'other'],
    // information sent is a reply, whatever the verb and word order
    ['链接稍后发您', 'other'], // pictures, videos, links, tables: other (58 labelled lines against 13)
    ['单号晚点给您', 'reply'],
    ['物流单号下班前发您', 'reply'],
    ['明天把详细的尺寸表发您', 'other'], // pictures, videos, links, tables: other (58 labelled lines against 13)
    ['我一会把安装视频的链接发给您', 'other'], // pictures, videos, links, tables: other (58 labelled lines against 13)
    ['今天五点前给您把换货单号发过来', 'reply'], // 换货单号 is a number, not an exchange
    ['改好价格马上发您支付链接', 'other'], // pictures, videos, links, tables: other (58 labelled lines against 13)
    ['明天上午给您拍个视频看看瑕疵位置', 'other'], // pictures, videos, links, tables: other (58 labelled lines against 13)
    ['下周一我再跟您确认一下到货时间', 'reply'],
    // calls
    ['我明天上午十点左右给您电话', 'callback'],
    ['今天晚上一定把电话回过去', 'callback'],
    ['明天让师傅给您打电话约时间', 'callback'], // the agent has the call made
    ['明天上午客服主管会给您回电话', 'callback'], // the shop's own staff answer for the shop
    ['马上给您重新下单发出', 'resend'],
    // money and goods
    ['今天下午就退', 'refund'],
    ['水果有坏的我们全额退', 'refund'],
    ['今天就打到您账户', 'refund'],
    ['钱半小时后到账', 'refund'],
    ['退款申请我今天下午同意', 'refund'],
    ['给您补一瓶', 'resend'],
    ['给您把缺的螺丝补上', 'resend'],
    ['周六之前保证给您把新的寄出', 'resend'],
    ['两天内给您换一件新的发过去', 'exchange'], // 换 wins over a new one sent
    ['补的那个杯子明天跟新单一起发走', 'resend'],
    ['明儿一早就给您寄出去', 'ship'],
    ['九点前我给您发过去', 'ship'],
    ['但您这单今晚一定发', 'ship'],
    ['明天一早仓库第一个处理您的单子', 'ship'],
    ['亲您的发票今晚八点前开好发您', 'invoice'],
    ['今儿下班前给您把发票发到邮箱', 'invoice'],
    // a word to the buyer when stock comes
    ['有货了我第一个告诉您', 'restock_notice'],
    ['补到了我叫您', 'restock_notice'],
    ['到货了我给您留言哈', 'restock_notice'],
    ['到货后我第一时间私信您', 'restock_notice'],
  ])('%s → %s (v2: verb classes with their nouns)', (text, expected) => {
    expect(kindOf(text)).toBe(expected);
  });

  it.each<[string, PromiseKind]>([
    // the goods named by what is done to them: 换的 / 补的 are an exchange / a resend sent
    ['换的那条裤子后天给您寄', 'exchange'],
    ['补的那盒下午一起发', 'resend'],
    // courier work: booking a pickup, chasing, interception, redelivery
    ['我帮您约顺丰上门取件', 'logistics'],
    ['物流那边我再去追一下', 'logistics'],
    ['我这就给您申请拦截退回', 'logistics'], // the parcel comes back: not yet a refund
    ['跟快递说好了明天给您重新派送', 'logistics'],
    ['找韵达给您查一下', 'logistics'], // 给您查 yields to the courier named
    // calls without the word 电话
    ['十分钟后我打给您', 'callback'],
    ['我一会儿给您打过去', 'callback'],
    // invoices sent or pushed, and 票 fronted
    ['电子发票下班前推给您', 'invoice'],
    ['这两天给您补寄一张纸质发票', 'invoice'], // an invoice sent again is an invoice, not a resend
    ['再去催财务把票开了', 'invoice'],
    // asking or chasing the shop's own people, 我们 between
    ['我问问我们店长能不能少点', 'other'],
    ['我先跟主播确认下尺码', 'other'],
    // points and coupons are neither goods nor money back
    ['下周给您把积分补上', 'other'],
    ['刻字这两天做好', 'other'],
    // counting stock by hand is warehouse legwork; chasing the warehouse to ship is too
    ['我去对一下库存', 'warehouse'],
    ['我去催仓库优先给您发', 'warehouse'],
    // dialect and livestream address words
    ['明天一定帮侬寄出去', 'ship'],
    ['宝子这单明天给宝发', 'ship'],
    ['缺的那个明天给您补起', 'resend'],
    ['这个我明天在给您发一次', 'resend'], // 在 typed for 再
    // livestream-shop slang and money made up
    ['晚上八点后我给你拨个语音', 'callback'],
    ['我让库管下午帮你翻翻', 'warehouse'],
    ['差价晚上给你补', 'refund'],
    ['运费我这边给你报销', 'refund'],
    ['一有物流更新我就戳你', 'logistics'],
    ['到货了我踢你一下', 'restock_notice'],
    ['零点一过就给你发券', 'other'],
    ['明天这个点我再来找你', 'reply'],
    ['下播后给你回', 'reply'],
  ])('%s → %s (round 3: more verbs and the nouns that decide)', (text, expected) => {
    expect(kindOf(text)).toBe(expected);
  });

  it.each([
    '我得问下快递公司能不能改地址', // 改地址 is what will be asked, not promised
    '我去问问仓库是不是发错了',
  ])('%s: an action inside the question asked is not the one promised', (text) => {
    expect(kindOf(text)).not.toBe('other');
    expect(kindOf(text)).not.toBe('ship');
  });

  it.each([
    '晚点我问完仓库给您答复哈', // reply: the warehouse is the object of 问完, not the one who answers
    '等仓库回复了我第一时间告诉您',
  ])("%s → reply, not the warehouse's word", (text) => {
    expect(kindOf(text)).toBe('reply');
  });

  it.each([
    '我们发的都是顺丰', // nominalised 发的
    '发货后会有短信通知', // 发货后 is a condition
    '您拍个照片发给我看一下', // the buyer sends
    '您把单号发我一下',
    '好的亲，感谢您的耐心等待',
    '补10元运费',
    '我这边跟进一下', // legwork the buyer never waits for
    '这边看物流明天中午左右能送到', // reading the tracking is not legwork
    '这个链接是给您看的',
    '发了第一时间', // a shipment done is the condition of what follows
  ])('%s names no action the agent promises', (text) => {
    expect(kindOf(text)).toBeNull();
  });

  it('keeps a mention so the next clause can take it as its topic', () => {
    const matches = findKindMatches('补发的那个快递');
    expect(matches.map((m) => [m.kind, m.mention])).toEqual([['resend', true]]);
  });
});
