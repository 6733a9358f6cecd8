/**
 * One quick reply (快捷短语). The JSON form is the contract in shared/design.md; fields this version does not know are
 * kept as they are so an export re-imports without loss.
 */
export interface Reply {
  id: string;
  /** Group path; nested groups are written with `/`, e.g. `售前/物流`. */
  group: string;
  /** 快捷编码, the shortcut code agents type, e.g. `fp`. */
  code?: string;
  title?: string;
  content: string;
  keywords?: string[];
  [unknownField: string]: unknown;
}
