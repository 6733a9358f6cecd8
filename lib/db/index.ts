export { KefuDb, getDb, DB_NAME, type StoredReply, type MetaRow, type BuyerRow, type PromiseRow, type PromiseStatus } from './database';
export { seedStarterLibrary, listReplies, saveReply, deleteReplies, listUsage, recordPick } from './replies-repo';
export { getBuyer, touchBuyer, saveBuyerNote, setBuyerTags } from './buyers-repo';
export {
  addCapturedPromises,
  addManualPromise,
  setPromiseDue,
  closePromise,
  reopenPromise,
  listOpenPromises,
  listBuyerPromises,
  listPromisesOfDay,
  countOverdue,
  sourceKeyOf,
} from './promises-repo';
