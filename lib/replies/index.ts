export type { Reply } from './types';
export {
  ReplyIndex,
  deferSuggestionMemory,
  warmSuggestionMemory,
  type SuggestInput,
  type Suggestion,
} from './search-index';
export { applyPick, tokensToLearn, type ReplyUsage } from './usage';
export { queryFeatures } from './features';
export {
  renderReply,
  previewReply,
  listFillIns,
  requiredFillIns,
  usableBuyerName,
  VARIABLE_NAMES,
  type FillIn,
  type RenderResult,
  type VariableContext,
} from './variables';
export { STARTER_LIBRARY } from './starter';
