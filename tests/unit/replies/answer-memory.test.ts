import { describe, expect, it } from 'vitest';
import { queryFeatures, type Reply } from '@/lib/replies';
import { AnswerMemory, answerMemoryData } from '@/lib/replies/answer-memory';
import { normalizeText } from '@/lib/replies/normalize';
import { PairReranker, replyTexts, type RerankModel } from '@/lib/replies/rerank';

const reply = (id: string, content: string, title?: string): Reply => ({ id, group: '售后', content, ...(title ? { title } : {}) });

// Another shop's buyers and the replies that answered them: nothing here shares a word with the new shop's question
// below except through other buyers' wording.
const otherShop = {
  replies: [
    reply('broken', '收到破损真的抱歉，麻烦拍一下外箱和破损处的照片，给您补发新的', '破损'),
    reply('eta', '发货后一般2-3天送达，偏远地区5-7天', '时效'),
    reply('gift', '礼盒装一盒两件，适合送人'),
  ],
  rows: [
    { text: '收到碎了好几个', expect: ['broken'] },
    { text: '盒子压扁了里面也碎了', expect: ['broken', 'gift'] },
    { text: '几天能到啊', expect: ['eta'] },
    { text: '多久能收到', expect: ['eta'] },
    { text: '送人用的有礼盒吗', expect: ['gift'] },
    { text: '这题没答案', expect: ['missing-id'] },
  ],
};

describe('answerMemoryData', () => {
  it('keeps each labelled message with its first right reply, each answer once, and skips unknown ids', () => {
    const data = answerMemoryData([otherShop]);
    expect(data.answers).toEqual([
      '破损。收到破损真的抱歉，麻烦拍一下外箱和破损处的照片，给您补发新的',
      '时效。发货后一般2-3天送达，偏远地区5-7天',
      '礼盒装一盒两件，适合送人',
    ]);
    expect(data.questions).toEqual([
      ['收到碎了好几个', 0],
      ['盒子压扁了里面也碎了', 0],
      ['几天能到啊', 1],
      ['多久能收到', 1],
      ['送人用的有礼盒吗', 2],
    ]);
  });
});

describe('AnswerMemory', () => {
  const memory = new AnswerMemory(answerMemoryData([otherShop]));
  const likeness = (message: string, r: Reply) => memory.likeness(memory.answersFor(queryFeatures([message], '')), replyTexts(r));
  const apology = reply('n1', '糕点路上被压碎了实在抱歉，拍张照片发我，给您重新补发');
  const flavours = reply('n2', '手工糕点有绿豆糕、桃酥、凤梨酥，都是现做的');

  it('finds the reply worded like the answers other buyers got for a question like this one', () => {
    expect(likeness('桃酥收到全碎了', apology)).toBeGreaterThan(likeness('桃酥收到全碎了', flavours));
    expect(likeness('桃酥收到全碎了', apology)).toBeGreaterThan(0.2);
  });

  it('gives 0 when no remembered question is like the message, and stays within 0…1', () => {
    expect(memory.answersFor(queryFeatures(['呵呵'], '')).size).toBe(0);
    expect(likeness('呵呵', apology)).toBe(0);
    for (const m of ['几天到', '碎了', '礼盒']) for (const r of [apology, flavours]) expect(likeness(m, r)).toBeLessThanOrEqual(1 + 1e-9);
  });

  it('reads replies from their normalised texts as the index gives them', () => {
    expect(memory.likeness(memory.answersFor(queryFeatures(['多久能到'], '')), [normalizeText('发货后３天送达')])).toBeGreaterThan(0);
  });

  it('moves a candidate up in the reranker only when the model has a memory weight', () => {
    const candidates = [
      { item: flavours, score: 2 },
      { item: apology, score: 1.9 },
    ];
    const query = queryFeatures(['桃酥收到全碎了'], '');
    const texts = (r: Reply) => replyTexts(r);
    const withWeight: RerankModel = { depth: 15, dense: [4, 2, 6], pairs: {} };
    expect(new PairReranker(withWeight, memory).rerank(candidates, query, texts)[0]!.item.id).toBe('n1');
    const twoWeights: RerankModel = { depth: 15, dense: [4, 2], pairs: {} };
    expect(new PairReranker(twoWeights, memory).rerank(candidates, query, texts)[0]!.item.id).toBe('n2');
    expect(new PairReranker(withWeight, null).rerank(candidates, query, texts)[0]!.item.id).toBe('n2');
  });

  it('is built when the reranker first needs it, once, when given as a function', () => {
    let built = 0;
    const reranker = new PairReranker({ depth: 15, dense: [4, 2, 6], pairs: {} }, () => (built++, memory));
    expect(built).toBe(0);
    const candidates = [
      { item: flavours, score: 2 },
      { item: apology, score: 1.9 },
    ];
    const query = queryFeatures(['桃酥收到全碎了'], '');
    expect(reranker.rerank(candidates, query, replyTexts)[0]!.item.id).toBe('n1');
    reranker.rerank(candidates, query, replyTexts);
    expect(built).toBe(1);
  });

  it('ranks without a deferred memory until it is warmed (the panel opens first, then builds it)', () => {
    let built = 0;
    const reranker = new PairReranker({ depth: 15, dense: [4, 2, 6], pairs: {} }, () => (built++, memory));
    reranker.deferMemory();
    const candidates = [
      { item: flavours, score: 2 },
      { item: apology, score: 1.9 },
    ];
    const query = queryFeatures(['桃酥收到全碎了'], '');
    expect(reranker.rerank(candidates, query, replyTexts)[0]!.item.id).toBe('n2');
    expect(built).toBe(0);
    expect(reranker.warmMemory()).toBe(true);
    expect(reranker.warmMemory()).toBe(false);
    expect(reranker.rerank(candidates, query, replyTexts)[0]!.item.id).toBe('n1');
    expect(built).toBe(1);
  });
});
