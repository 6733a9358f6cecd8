import { CATEGORY_IDS, type CategoryId } from '../redline/types';
import { loadModel as loadTextModel, scoreLabels, type LoadedModel as LoadedTextModel, type TextModel } from '../text-model';

/**
 * The red-line model: lib/text-model's reader with one label per red-line category. The rule packs (lib/redline) find
 * what they have words for; the model, trained on every labelled reply the team has, catches much of what other agents
 * say in other words. `kefu check`, the panel and the options page use it beside the rules (checker.ts).
 */
export type RedlineModel = TextModel<CategoryId>;
export type LoadedModel = LoadedTextModel<CategoryId>;
export { gramsOf } from '../text-model';

export function loadModel(model: RedlineModel): LoadedModel {
  return loadTextModel(model, CATEGORY_IDS);
}

/** Probability per category that `text` crosses that red line. */
export function scoreCategories(model: LoadedModel, text: string): Record<CategoryId, number> {
  return scoreLabels(model, text);
}
