import { UserError } from '../errors';
import type { Reply } from './types';

/**
 * The reply-library JSON contract (shared/design.md): an array of {id, group, code?, title?, content, keywords?}. Unknown
 * fields are kept untouched so a library passes through this version without loss.
 */
export interface LibraryProblem {
  /** 1-based position in the array */
  index: number;
  zh: string;
  en: string;
}

export interface ParsedLibrary {
  replies: Reply[];
  problems: LibraryProblem[];
}

export function parseLibraryJson(text: string): ParsedLibrary {
  let data: unknown;
  try {
    data = JSON.parse(text.replace(/^\uFEFF/, ''));
  } catch (e) {
    throw new UserError({
      zh: `话术库不是有效的 JSON:${(e as Error).message}`,
      en: `The reply library is not valid JSON: ${(e as Error).message}`,
    });
  }
  return validateLibrary(data);
}

export function validateLibrary(data: unknown): ParsedLibrary {
  if (!Array.isArray(data)) {
    throw new UserError({
      zh: '话术库应是一个数组,每一项形如 {"id","group","content"}',
      en: 'The reply library must be an array of {"id","group","content"} objects',
    });
  }
  const replies: Reply[] = [];
  const problems: LibraryProblem[] = [];
  const ids = new Set<string>();
  data.forEach((item, i) => {
    const index = i + 1;
    if (!item || typeof item !== 'object' || Array.isArray(item)) {
      problems.push({ index, zh: `第 ${index} 项不是对象`, en: `Item ${index} is not an object` });
      return;
    }
    const r = item as Record<string, unknown>;
    const id = typeof r.id === 'string' ? r.id.trim() : typeof r.id === 'number' ? String(r.id) : '';
    const content = typeof r.content === 'string' ? r.content : '';
    if (!id) {
      problems.push({ index, zh: `第 ${index} 项缺少 id`, en: `Item ${index} has no id` });
      return;
    }
    if (!content.trim()) {
      problems.push({ index, zh: `第 ${index} 项(${id})没有内容`, en: `Item ${index} (${id}) has no content` });
      return;
    }
    if (ids.has(id)) {
      problems.push({ index, zh: `第 ${index} 项的 id「${id}」重复`, en: `Item ${index} repeats id "${id}"` });
      return;
    }
    ids.add(id);
    const reply: Reply = { ...r, id, group: typeof r.group === 'string' ? r.group : '', content };
    for (const key of ['code', 'title'] as const) {
      if (r[key] === undefined || r[key] === null || r[key] === '') delete reply[key];
      else reply[key] = String(r[key]);
    }
    if (r.keywords !== undefined) {
      reply.keywords = Array.isArray(r.keywords)
        ? r.keywords.filter((k): k is string => typeof k === 'string' && k.trim() !== '')
        : typeof r.keywords === 'string'
          ? r.keywords.split(/[,，、;；\s]+/).filter(Boolean)
          : [];
    }
    replies.push(reply);
  });
  return { replies, problems };
}
