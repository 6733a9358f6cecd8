import { CATEGORY_IDS } from '../redline/types';
import { trainTextModel, type TrainOptions } from '../text-model';
import type { RedlineModel } from './model';

export type { TrainOptions } from '../text-model';

export interface LabelledReply {
  text: string;
  expect: string[];
}

/** The red-line model from labelled replies (scripts/train-models.mjs writes weights.json; a test checks it is current). */
export function trainRedlineModel(rows: readonly LabelledReply[], opts: TrainOptions = {}): RedlineModel {
  return trainTextModel(
    rows.map((r) => ({ text: r.text, labels: r.expect })),
    CATEGORY_IDS,
    opts,
  );
}
