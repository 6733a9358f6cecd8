export {
  gramsOf,
  loadModel,
  modelText,
  scoreLabels,
  strongestClause,
  MAX_GRAM,
  type GramReader,
  type LoadedModel,
  type TextModel,
} from './model';
export { trainTextModel, type TrainOptions } from './train';
