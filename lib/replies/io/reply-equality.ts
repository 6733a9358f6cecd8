import { normalizeText } from '../normalize';
import type { Reply } from '../types';

/** Fields the database adds to a stored reply; they are bookkeeping, not part of the reply (and not exported). */
export const STORAGE_FIELDS: ReadonlySet<string> = new Set(['createdAt', 'updatedAt', 'source']);

const CONTRACT_FIELDS = new Set(['id', 'group', 'code', 'title', 'content', 'keywords']);

export type ReplyDifference = 'group' | 'code' | 'title' | 'content' | 'keywords' | 'other';

/** The reply as the JSON contract has it: storage bookkeeping removed, unknown fields kept. */
export function toContractReply<T extends Reply>(reply: T): Reply {
  const out: Record<string, unknown> = {};
  for (const [key, value] of Object.entries(reply)) {
    if (STORAGE_FIELDS.has(key)) continue;
    Object.defineProperty(out, key, {
      value,
      enumerable: true,
      writable: true,
      configurable: true,
    });
  }
  return out as Reply;
}

/** Unknown fields with a value: an empty cell and a missing key mean the same. */
function otherEntries(reply: Reply): [string, unknown][] {
  return Object.entries(reply)
    .filter(([k, v]) => !CONTRACT_FIELDS.has(k) && !STORAGE_FIELDS.has(k) && v !== undefined && v !== null && v !== '')
    .sort((a, b) => (a[0] < b[0] ? -1 : a[0] > b[0] ? 1 : 0));
}

/** Everything a reply says except its id: two replies with the same fingerprint are the same reply. */
export function replyFingerprint(reply: Reply): string {
  return JSON.stringify([
    reply.group ?? '',
    reply.code ?? '',
    reply.title ?? '',
    reply.content,
    Array.isArray(reply.keywords) ? reply.keywords : [],
    otherEntries(reply),
  ]);
}

export function replyDifferences(a: Reply, b: Reply): ReplyDifference[] {
  const out: ReplyDifference[] = [];
  if (a.content !== b.content) out.push('content');
  if ((a.group ?? '') !== (b.group ?? '')) out.push('group');
  if ((a.code ?? '') !== (b.code ?? '')) out.push('code');
  if ((a.title ?? '') !== (b.title ?? '')) out.push('title');
  if (JSON.stringify(a.keywords ?? []) !== JSON.stringify(b.keywords ?? [])) out.push('keywords');
  if (JSON.stringify(otherEntries(a)) !== JSON.stringify(otherEntries(b))) out.push('other');
  return out;
}

/**
 * Content as compared for duplicates: width and case folded, spaces, punctuation and emoji dropped, so `亲,在的~` and
 * `亲，在的！` are one reply. Braces stay: `{单号}` and `单号` are different replies.
 */
export function contentKey(content: string): string {
  const normalized = normalizeText(content);
  const key = normalized.replace(/[^\p{L}\p{N}{}]+/gu, '');
  return key || normalized.trim();
}

/** Codes compare the way the search box matches them: full-width and case folded. */
export function codeKey(code: string | undefined): string {
  return code ? normalizeText(code).trim() : '';
}
