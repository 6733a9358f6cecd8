import type { Reply } from '@/lib/replies';
import {
  checkReplyFields,
  codeTakenProblem,
  joinKeywords,
  normalizeGroupPath,
  splitKeywords,
  STORAGE_FIELDS,
  type ReplyCheck,
} from '@/lib/replies/io';

/** The editor's form: every field as typed. */
export interface ReplyDraft {
  group: string;
  code: string;
  title: string;
  content: string;
  keywords: string;
}

export function draftFromReply(reply: Reply | null, defaultGroup = ''): ReplyDraft {
  if (!reply) return { group: defaultGroup, code: '', title: '', content: '', keywords: '' };
  return {
    group: reply.group ?? '',
    code: reply.code ?? '',
    title: reply.title ?? '',
    content: reply.content,
    keywords: joinKeywords(reply.keywords),
  };
}

/**
 * The reply a draft saves as. Editing keeps the reply's id and its unknown fields (an imported 登记日期 survives an edit);
 * storage bookkeeping is left to the repository.
 */
export function replyFromDraft(draft: ReplyDraft, base: Reply | null, newId: () => string): Reply {
  const out: Record<string, unknown> = { id: base?.id ?? newId(), group: normalizeGroupPath(draft.group) };
  const code = draft.code.trim();
  const title = draft.title.trim();
  if (code) out.code = code;
  if (title) out.title = title;
  out.content = draft.content.replace(/\r\n?/g, '\n').trim();
  const keywords = splitKeywords(draft.keywords);
  if (keywords.length) out.keywords = keywords;
  if (base) {
    for (const [key, value] of Object.entries(base)) {
      if (key in out || STORAGE_FIELDS.has(key) || ['code', 'title', 'keywords'].includes(key)) continue;
      Object.defineProperty(out, key, { value, enumerable: true, writable: true, configurable: true });
    }
  }
  return out as Reply;
}

/** Editor rules: the import rules, placeholder mistakes as errors (the agent is right here to fix them), codes unique. */
export function checkDraft(
  draft: ReplyDraft,
  codeOwner: (code: string) => Reply | undefined,
  selfId?: string
): ReplyCheck {
  const code = draft.code.trim();
  const check = checkReplyFields({ content: draft.content, code: code || undefined }, { strictPlaceholders: true });
  const taken = check.errors.length ? undefined : codeTakenProblem(code, codeOwner, selfId);
  return taken ? { errors: [...check.errors, taken], warnings: check.warnings } : check;
}

/** `u-` and 12 hex digits: short enough to read in an export, random enough for one shop's library. */
export function newReplyId(): string {
  return `u-${crypto.randomUUID().replace(/-/g, '').slice(0, 12)}`;
}
