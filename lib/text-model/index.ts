export {
  gramsOf,
  loadModel,
  modelText,
  scoreLabels,
  strongestClause,
  MAX_GRAM,
  type LoadedModel,
  type TextModel,
} from './model';
export { trainTextModel, type TrainOptions } from './train';
