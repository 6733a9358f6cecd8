/**
 * Reply library import and export: read CSV / XLSX / JSON files into rows, plan what an import would do, resolve the
 * agent's choices into writes, and write JSON / CSV. Pure: bytes in, data out (the options page and the CLI both use it).
 */
export { decodeText, type DecodedText, type TextEncodingName } from './decode-text';
export { normalizeGroupPath, groupSegments, groupAncestry, isInGroup } from './group-path';
export {
  HEADER_SYNONYMS,
  normalizeHeaderCell,
  fieldForHeader,
  mapHeaderRow,
  columnLetter,
  type ReplyField,
  type ColumnMapping,
  type HeaderLayout,
} from './header-map';
export { splitKeywords, joinKeywords } from './keywords';
export { generatedReplyId } from './stable-id';
export {
  readLibraryFile,
  parseCsvText,
  parseJsonText,
  type LibraryFileFormat,
  type ParsedRow,
  type ParsedRows,
  type SheetLayout,
} from './read-library-file';
export {
  checkReplyFields,
  codeTakenProblem,
  placeholderProblems,
  MAX_CONTENT_LENGTH,
  MAX_CODE_LENGTH,
  type ReplyCheck,
} from './validate-reply';
export {
  toContractReply,
  replyFingerprint,
  replyDifferences,
  contentKey,
  codeKey,
  STORAGE_FIELDS,
  type ReplyDifference,
} from './reply-equality';
export {
  planImport,
  resolveImport,
  resolutionOf,
  describeReply,
  rowLabel,
  DEFAULT_RESOLUTIONS,
  type ImportPlan,
  type PlannedRow,
  type ImportStatus,
  type ImportResolution,
  type ImportChoices,
  type ImportTarget,
  type ImportWrite,
  type ResolvedImport,
} from './import-plan';
export { exportLibraryJson, exportLibraryCsv, CSV_COLUMNS } from './export-library';
export {
  readLibraryReplies,
  repliesFromRows,
  type LibraryFileReplies,
  type LibraryFileProblem,
} from './library-file-replies';
