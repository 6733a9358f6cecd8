import type { Bilingual } from '../../errors';
import type { Reply } from '../types';

export const MAX_CONTENT_LENGTH = 1000;
export const MAX_CODE_LENGTH = 12;

export interface ReplyCheck {
  /** the reply cannot be saved or imported */
  errors: Bilingual[];
  /** it can, but something will not work as the agent expects */
  warnings: Bilingual[];
}

/**
 * Field rules shared by the import preview and the editor. Placeholder mistakes are errors in the editor (the agent is
 * right there to fix them) and warnings on import (one stray brace should not hold back a sheet of 800 replies).
 */
export function checkReplyFields(
  reply: Pick<Reply, 'content' | 'code'>,
  opts: { strictPlaceholders?: boolean } = {}
): ReplyCheck {
  const errors: Bilingual[] = [];
  const warnings: Bilingual[] = [];
  const content = reply.content ?? '';
  const length = [...content].length;
  if (!content.trim()) {
    errors.push({ zh: '内容不能为空', en: 'Content is required' });
  } else if (length > MAX_CONTENT_LENGTH) {
    errors.push({
      zh: `内容有 ${length} 字,超过 ${MAX_CONTENT_LENGTH} 字上限(聊天框发不出这么长的一条)`,
      en: `Content has ${length} characters, over the ${MAX_CONTENT_LENGTH}-character limit`,
    });
  }
  const code = reply.code ?? '';
  if (code) {
    if (/\s/.test(code)) {
      errors.push({
        zh: `编码「${code}」里有空格`,
        en: `Code "${code}" contains spaces`,
      });
    } else if ([...code].length > MAX_CODE_LENGTH) {
      errors.push({
        zh: `编码「${code}」太长,最多 ${MAX_CODE_LENGTH} 个字符`,
        en: `Code "${code}" is too long (at most ${MAX_CODE_LENGTH} characters)`,
      });
    } else if (!/^[a-z0-9]+$/i.test(code.normalize('NFKC'))) {
      warnings.push({
        zh: `编码「${code}」含字母、数字以外的字符,在输入框里按编码搜不到它`,
        en: `Code "${code}" has characters other than letters and digits; typing it will not find the reply`,
      });
    }
  }
  const placeholder = placeholderProblems(content);
  (opts.strictPlaceholders ? errors : warnings).push(...placeholder);
  return { errors, warnings };
}

/**
 * Mistakes in `{变量}` / `{填空|默认}` syntax that would leave raw braces in a message to a buyer. Mirrors the placeholder
 * shape of variables.ts: a name of 1–16 characters without `|`, an optional default of up to 40, on one line.
 */
export function placeholderProblems(content: string): Bilingual[] {
  const problems: Bilingual[] = [];
  const seen = new Set<string>();
  const add = (p: Bilingual) => {
    if (!seen.has(p.zh)) problems.push(p);
    seen.add(p.zh);
  };
  if (/[｛｝]/.test(content)) {
    add({
      zh: '全角花括号「｛｝」不会被当作变量,请改成半角 {}',
      en: 'Full-width braces ｛｝ are not read as placeholders; use ASCII {}',
    });
  }
  let i = 0;
  while (i < content.length) {
    const ch = content[i]!;
    if (ch === '}') {
      add({
        zh: '多了一个「}」,前面没有配对的「{」',
        en: 'A "}" has no matching "{" before it',
      });
      i++;
      continue;
    }
    if (ch !== '{') {
      i++;
      continue;
    }
    let j = i + 1;
    while (j < content.length && content[j] !== '}' && content[j] !== '{' && content[j] !== '\n') j++;
    if (content[j] !== '}') {
      add({ zh: '有「{」没有配对的「}」', en: 'A "{" is not closed with "}"' });
      i = j;
      continue;
    }
    const inner = content.slice(i + 1, j);
    const bar = inner.indexOf('|');
    // Lengths in UTF-16 units, as the placeholder pattern of variables.ts counts them.
    const name = (bar < 0 ? inner : inner.slice(0, bar)).trim();
    const fallback = bar < 0 ? '' : inner.slice(bar + 1);
    if (!name) {
      add({
        zh: `「{${inner}}」没有名称,例如 {单号} 或 {单号|稍后发您}`,
        en: `"{${inner}}" has no name, e.g. {单号} or {单号|稍后发您}`,
      });
    } else if (name.length > 16) {
      add({
        zh: `「{${name}}」名称太长(最多 16 字),不会被当作填空`,
        en: `"{${name}}" is too long for a name (16 at most)`,
      });
    } else if (fallback.length > 40) {
      add({
        zh: `「{${name}|…}」的默认值太长(最多 40 字)`,
        en: `The default of "{${name}|…}" is too long (40 at most)`,
      });
    } else if (/^日期\s*\+/.test(name) && !/^日期\+\d{1,3}$/.test(name)) {
      add({
        zh: `「{${name}}」应写成 {日期+3} 这样,+ 后面是天数`,
        en: `"{${name}}" should look like {日期+3}: days after +`,
      });
    }
    i = j + 1;
  }
  return problems;
}

/**
 * A code is how an agent calls one reply; two replies with one code make the code useless. `ownerOf` looks a code up in the
 * library (by codeKey); `selfId` is the reply being edited, which may keep its own code.
 */
export function codeTakenProblem(
  code: string | undefined,
  ownerOf: (code: string) => Reply | undefined,
  selfId?: string
): Bilingual | undefined {
  if (!code?.trim()) return undefined;
  const owner = ownerOf(code);
  if (!owner || owner.id === selfId) return undefined;
  const name = owner.title || [...owner.content.replace(/\s+/g, ' ')].slice(0, 14).join('');
  return { zh: `编码「${code}」已被「${name}」使用`, en: `Code "${code}" is already used by "${name}"` };
}
