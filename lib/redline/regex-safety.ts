/**
 * Static checks that a shop's own regular expression cannot hang the content script. A check runs on every keystroke,
 * so a pattern with exponential backtracking would freeze the chat page; timing it at runtime is not reliable, so the
 * shapes that cause it are refused up front: a repeated group that itself contains a repeat ((a+)+, (\d*)*, (.*a){3,})
 * or overlapping alternatives under a repeat ((a|aa)+, (\w|\d)*), and back-references.
 */
export type RegexShapeProblem = 'nested-quantifier' | 'overlapping-alternation' | 'backreference';

interface Group {
  hasRepeat: boolean;
  alternatives: string[];
  current: string;
}

const isRepeatAt = (src: string, i: number): boolean => {
  const c = src[i];
  if (c === '*' || c === '+') return true;
  if (c !== '{') return false;
  const m = /^\{(\d+)(,(\d*))?\}/.exec(src.slice(i));
  if (!m) return false;
  // {n} repeats a fixed number of times; {n,} or {n,m} with m > 1 lets the engine choose, which is what explodes.
  return m[2] !== undefined && (m[3] === '' || Number(m[3]) > 1);
};

/** First character class an alternative can start with, coarse: overlapping starts are what matter. */
const firstToken = (alt: string): string => {
  if (alt.startsWith('\\')) return alt.slice(0, 2);
  if (alt.startsWith('[')) return alt.slice(0, alt.indexOf(']') + 1);
  return alt.slice(0, 1);
};
const BROAD = new Set(['.', '\\w', '\\W', '\\s', '\\S', '\\d', '\\D']);

function alternativesOverlap(alts: string[]): boolean {
  if (alts.length < 2) return false;
  const firsts = alts.map(firstToken);
  if (firsts.some((f) => f === '' || BROAD.has(f) || f.startsWith('['))) return true;
  return new Set(firsts).size < firsts.length;
}

export function findRegexShapeProblem(src: string): RegexShapeProblem | null {
  const stack: Group[] = [{ hasRepeat: false, alternatives: [], current: '' }];
  let inClass = false;
  for (let i = 0; i < src.length; i++) {
    const c = src[i]!;
    const top = stack[stack.length - 1]!;
    if (c === '\\') {
      if (!inClass && /[1-9]/.test(src[i + 1] ?? '')) return 'backreference';
      if (!inClass && src[i + 1] === 'k' && src[i + 2] === '<') return 'backreference';
      top.current += src.slice(i, i + 2);
      i++;
      continue;
    }
    if (inClass) {
      top.current += c;
      if (c === ']') inClass = false;
      continue;
    }
    if (c === '[') {
      inClass = true;
      top.current += c;
      continue;
    }
    if (c === '(') {
      stack.push({ hasRepeat: false, alternatives: [], current: '' });
      // Skip the group's own syntax (?: (?= (?! (?<= (?<! (?<name>) so it is not read as content.
      const m = /^\(\?(?::|=|!|<=|<!|<[A-Za-z_$][\w$]*>)/.exec(src.slice(i));
      if (m) i += m[0].length - 1;
      continue;
    }
    if (c === '|') {
      top.alternatives.push(top.current);
      top.current = '';
      continue;
    }
    if (c === ')') {
      if (stack.length === 1) continue; // unbalanced: the RegExp constructor reports it
      const group = stack.pop()!;
      group.alternatives.push(group.current);
      const parent = stack[stack.length - 1]!;
      const repeated = isRepeatAt(src, i + 1);
      if (repeated && group.hasRepeat) return 'nested-quantifier';
      if (repeated && alternativesOverlap(group.alternatives)) return 'overlapping-alternation';
      if (group.hasRepeat || repeated) parent.hasRepeat = true;
      parent.current += '(' + group.alternatives.join('|') + ')';
      continue;
    }
    if (isRepeatAt(src, i)) top.hasRepeat = true;
    top.current += c;
  }
  return null;
}
