import { UserError } from '../errors';
import { PLATFORM_IDS, type PlatformId } from '../redline';
import { bundledModel, createFullChecker, type FullChecker } from '../redline-model';
import { requireText } from './jsonl';

export function parsePlatform(raw: unknown, where: string): PlatformId | undefined {
  if (raw === undefined || raw === null) return undefined;
  if (typeof raw === 'string' && (PLATFORM_IDS as readonly string[]).includes(raw)) return raw as PlatformId;
  throw new UserError({
    zh: `${where}的平台「${String(raw)}」不认识,可用:${PLATFORM_IDS.join(', ')}`,
    en: `Unknown platform "${String(raw)}" in ${where === '参数' ? 'the option' : 'the line'}; use one of ${PLATFORM_IDS.join(', ')}`,
  });
}

/**
 * `kefu check`: `{"text","platform"?}` → `{"flags":[…]}`: the rules of the platform's pack and the model
 * (lib/redline-model) together, one checker per platform, compiled once.
 */
export function checkCommand(defaultPlatform: PlatformId | undefined): (input: Record<string, unknown>) => unknown {
  const engines = new Map<string, FullChecker>();
  const engineFor = (platform: PlatformId | undefined) => {
    const key = platform ?? 'generic';
    let engine = engines.get(key);
    if (!engine) engines.set(key, (engine = createFullChecker({ platform }, bundledModel())));
    return engine;
  };
  return (input) => {
    const text = requireText(input);
    const platform = parsePlatform(input.platform, '这一行') ?? defaultPlatform;
    return {
      flags: engineFor(platform)
        .check(text)
        .map((f) => ({
          category: f.category,
          severity: f.severity,
          rule: f.rule,
          start: f.start,
          end: f.end,
          message: f.message,
          ...(f.suggestion !== undefined && { suggestion: f.suggestion }),
        })),
    };
  };
}
