import { CATEGORY_IDS, type CategoryId } from '../redline/types';
import { readingsOf } from '../replies/pinyin';
import {
  gramsOf,
  loadModel as loadTextModel,
  modelText,
  scoreLabels,
  type LoadedModel as LoadedTextModel,
  type TextModel,
} from '../text-model';

/**
 * The red-line model: lib/text-model's reader with one label per red-line category. The rule packs (lib/redline) find
 * what they have words for; the model, trained on every labelled reply the team has, catches much of what other agents
 * say in other words. `kefu check`, the panel and the options page use it beside the rules (checker.ts).
 */
export type RedlineModel = TextModel<CategoryId>;
export type LoadedModel = LoadedTextModel<CategoryId>;

/**
 * The character n-grams of lib/text-model and the sounds of each pair of Han characters (`P:fa|piao`): agents who type
 * by voice or dodge filters write 发飘 / 好平 / 威信 for 发票 / 好评 / 微信, and the sound carries what the characters do not.
 * Chosen by leaving one author out (twenty-four authors: 88.9 % recall / 4.8 % false at 0.7 / 0.1 against 88.2 / 4.7
 * without, 88.4 / 4.1 against 87.7 / 4.2 at 0.75) and checked on round-11 author ak before it joined training (85.0 /
 * 6.9 against 83.2 / 6.2 at 0.7; 83.2 / 5.4 against 81.8 / 4.6 at 0.75). The stored weights grow from 1.1 to 1.5 MB (panel,
 * options and CLI only; the panel fetches them after its first render). Not for the promise model: it runs in the background, which carries no pinyin.
 */
export function redlineGrams(text: string): Set<string> {
  const out = gramsOf(text);
  let prev = '';
  for (const ch of modelText(text)) {
    const sound = readingsOf(ch)[0] ?? '';
    if (prev && sound) out.add(`P:${prev}|${sound}`);
    prev = sound;
  }
  return out;
}

export function loadModel(model: RedlineModel): LoadedModel {
  return loadTextModel(model, CATEGORY_IDS, redlineGrams);
}

/** Probability per category that `text` crosses that red line. */
export function scoreCategories(model: LoadedModel, text: string): Record<CategoryId, number> {
  return scoreLabels(model, text);
}
