import { loadPromiseModel, type LoadedPromiseModel, type PromiseModel } from './model';
import weights from './weights.json';

export {
  detectPromisesWithModel,
  loadPromiseModel,
  scorePromiseKinds,
  trainPromiseModel,
  PROMISE_MODEL_ADD_AT,
  type LabelledMessage,
  type LoadedPromiseModel,
  type PromiseModel,
} from './model';

let loaded: LoadedPromiseModel | null = null;

/** The model trained on all the team's labelled agent messages (weights.json, made by scripts/train-models.mjs). */
export function bundledPromiseModel(): LoadedPromiseModel {
  return (loaded ??= loadPromiseModel(weights as unknown as PromiseModel));
}
