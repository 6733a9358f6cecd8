import { normalizeText } from './normalize-text';
import { findRegexShapeProblem } from './regex-safety';
import { CATEGORY_IDS, type Bilingual, type CategoryId, type CustomRule, type CustomRuleValidation } from './types';

/**
 * Shop-specific rules come from the options page (and from storage that may be old or hand-edited), so everything is
 * checked before it reaches the engine. Custom patterns are matched against the normalised draft — full-width folded to
 * half-width, lower case, spaces removed — and literally: they are not negation-aware, so a shop gets exactly what it
 * wrote.
 */

const MAX_PATTERN = 200;
const MAX_NOTE = 300;
const MAX_ID = 64;

// Everyday replies no sensible shop rule should hit: a pattern matching most of them would flag every message.
const ORDINARY_REPLIES = [
  '亲，您好，请问有什么可以帮您？',
  '好的呢，已经给您备注了',
  '今天四点前付款当天发货哦',
  '感谢您的耐心等待',
  '这款有黑色和白色两种',
  '不客气，有问题随时找我',
  'ok',
  '1',
];

const COMMON_CHARS = '的了是我你您不在有个人这那亲哦呢吗吧好就也都和很';

const err = (zh: string, en: string): { ok: false; error: Bilingual } => ({ ok: false, error: { zh, en } });

const escapeRegExp = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/** The RegExp a (valid) custom rule runs as, over the normalised draft. */
export function customRuleRegExp(rule: Pick<CustomRule, 'pattern' | 'isRegex'>): RegExp {
  return rule.isRegex
    ? new RegExp(rule.pattern, 'gi')
    : new RegExp(escapeRegExp(normalizeText(rule.pattern.trim()).text), 'g');
}

export function validateCustomRule(input: unknown): CustomRuleValidation {
  if (typeof input !== 'object' || input === null || Array.isArray(input)) {
    return err('规则格式不对：应为一个对象', 'A rule must be an object');
  }
  const raw = input as Record<string, unknown>;
  const { id, pattern, isRegex, category, severity, note, enabled } = raw;
  if (typeof id !== 'string' || !/^[\w.-]+$/.test(id) || id.length > MAX_ID) {
    return err(
      `规则编号只能用字母、数字、下划线、点和短横线，最长${MAX_ID}个字符`,
      `The id must be 1-${MAX_ID} letters, digits, _ . or -`
    );
  }
  if (typeof pattern !== 'string' || pattern.trim() === '') {
    return err('匹配内容不能为空', 'The pattern is empty');
  }
  if (pattern.length > MAX_PATTERN) {
    return err(
      `匹配内容太长（最多${MAX_PATTERN}个字符），请拆成几条规则`,
      `The pattern is too long (max ${MAX_PATTERN} characters); split it`
    );
  }
  if (isRegex !== undefined && typeof isRegex !== 'boolean') {
    return err('“是否正则”只能是是或否', 'isRegex must be true or false');
  }
  if (typeof category !== 'string' || !(CATEGORY_IDS as readonly string[]).includes(category)) {
    return err(`未知的红线类别：${String(category)}`, `Unknown category: ${String(category)}`);
  }
  if (severity !== 'block' && severity !== 'warn') {
    return err('严重程度只能是 block（拦截）或 warn（提醒）', 'Severity must be block or warn');
  }
  if (note !== undefined && (typeof note !== 'string' || note.length > MAX_NOTE)) {
    return err(`备注须为文字，最多${MAX_NOTE}个字符`, `The note must be text of at most ${MAX_NOTE} characters`);
  }
  if (enabled !== undefined && typeof enabled !== 'boolean') {
    return err('“启用”只能是是或否', 'enabled must be true or false');
  }
  let re: RegExp;
  if (isRegex) {
    try {
      re = new RegExp(pattern, 'gi');
    } catch (e) {
      return err(`正则表达式写法有误：${(e as Error).message}`, `Invalid regular expression: ${(e as Error).message}`);
    }
    const shape = findRegexShapeProblem(pattern);
    if (shape) {
      return err(
        '这个正则含有嵌套或重叠的重复（如 (a+)+、(a|aa)*）或反向引用，可能让聊天页面卡死，请改写',
        'This regex has nested or overlapping repeats (like (a+)+ or (a|aa)*) or a back-reference that can freeze the page; rewrite it'
      );
    }
    re.lastIndex = 0;
    if (re.test('')) {
      return err(
        '这个正则能匹配空内容（例如 .* 或 a?），会标记所有消息',
        'This regex matches empty text (like .* or a?) and would flag every message'
      );
    }
  } else {
    if (normalizeText(pattern.trim()).text === '') {
      return err('匹配内容不能只有空格', 'The pattern is only spaces');
    }
    re = customRuleRegExp({ pattern, isRegex: false });
  }
  // A single everyday character (的, 了, 亲…) would flag nearly every reply, even if few of the samples contain it.
  const tooCommon = !isRegex && pattern.trim().length === 1 && COMMON_CHARS.includes(pattern.trim());
  const hits = tooCommon
    ? ORDINARY_REPLIES.length
    : ORDINARY_REPLIES.filter((reply) => {
        re.lastIndex = 0;
        return re.test(normalizeText(reply).text);
      }).length;
  if (hits > ORDINARY_REPLIES.length / 2) {
    return err(
      `这条规则会命中大部分普通回复，范围太宽，请写得更具体`,
      'This rule would hit most ordinary replies; make it more specific'
    );
  }
  const rule: CustomRule = {
    id,
    pattern,
    category: category as CategoryId,
    severity,
    enabled: enabled ?? true,
  };
  if (isRegex !== undefined) rule.isRegex = isRegex;
  if (note !== undefined) rule.note = note;
  return { ok: true, rule };
}
