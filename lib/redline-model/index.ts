import { loadModel, type LoadedModel, type RedlineModel } from './model';
import weights from './weights.json';

export { createFullChecker, MODEL_FLAG_AT, MODEL_VETO_BELOW, type FullChecker } from './checker';
export { loadModel, redlineGrams, scoreCategories, type LoadedModel, type RedlineModel } from './model';
export { trainRedlineModel, type LabelledReply, type TrainOptions } from './train';

let loaded: LoadedModel | null = null;

/** The model trained on all the team's labelled replies (weights.json, made by scripts/train-models.mjs). */
export function bundledModel(): LoadedModel {
  return (loaded ??= loadModel(weights as unknown as RedlineModel));
}
