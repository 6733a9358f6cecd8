import { checkCustomRule, MAX_ID, MAX_NOTE, MAX_PATTERN, type CustomRuleProblem } from './custom-rule';
import type { Bilingual, CustomRuleValidation } from './types';

/**
 * What the options page, the backup import and `kefu` tell a person whose shop rule is rejected, in Chinese and
 * English. Apart from the checks (custom-rule.ts) so that the content script, which only skips a bad rule, does not
 * carry the words.
 */
export function customRuleProblemMessage(problem: CustomRuleProblem): Bilingual {
  switch (problem.code) {
    case 'not-object':
      return { zh: '规则格式不对：应为一个对象', en: 'A rule must be an object' };
    case 'bad-id':
      return {
        zh: `规则编号只能用字母、数字、下划线、点和短横线，最长${MAX_ID}个字符`,
        en: `The id must be 1-${MAX_ID} letters, digits, _ . or -`,
      };
    case 'empty':
      return { zh: '匹配内容不能为空', en: 'The pattern is empty' };
    case 'too-long':
      return {
        zh: `匹配内容太长（最多${MAX_PATTERN}个字符），请拆成几条规则`,
        en: `The pattern is too long (max ${MAX_PATTERN} characters); split it`,
      };
    case 'bad-is-regex':
      return { zh: '“是否正则”只能是是或否', en: 'isRegex must be true or false' };
    case 'bad-category':
      return { zh: `未知的红线类别：${problem.detail}`, en: `Unknown category: ${problem.detail}` };
    case 'bad-severity':
      return { zh: '严重程度只能是 block（拦截）或 warn（提醒）', en: 'Severity must be block or warn' };
    case 'bad-note':
      return { zh: `备注须为文字，最多${MAX_NOTE}个字符`, en: `The note must be text of at most ${MAX_NOTE} characters` };
    case 'bad-enabled':
      return { zh: '“启用”只能是是或否', en: 'enabled must be true or false' };
    case 'bad-regex':
      return { zh: `正则表达式写法有误：${problem.detail}`, en: `Invalid regular expression: ${problem.detail}` };
    case 'redos':
      return {
        zh: '这个正则含有嵌套或重叠的重复（如 (a+)+、(a|aa)*）或反向引用，可能让聊天页面卡死，请改写',
        en: 'This regex has nested or overlapping repeats (like (a+)+ or (a|aa)*) or a back-reference that can freeze the page; rewrite it',
      };
    case 'matches-empty':
      return {
        zh: '这个正则能匹配空内容（例如 .* 或 a?），会标记所有消息',
        en: 'This regex matches empty text (like .* or a?) and would flag every message',
      };
    case 'only-spaces':
      return { zh: '匹配内容不能只有空格', en: 'The pattern is only spaces' };
    case 'too-broad':
      return {
        zh: '这条规则会命中大部分普通回复，范围太宽，请写得更具体',
        en: 'This rule would hit most ordinary replies; make it more specific',
      };
  }
}

/** checkCustomRule with the reason in words, for the people who must fix the rule. */
export function validateCustomRule(input: unknown): CustomRuleValidation {
  const checked = checkCustomRule(input);
  return checked.ok ? checked : { ok: false, error: customRuleProblemMessage(checked.problem) };
}
