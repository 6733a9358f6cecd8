import { UserError } from '../errors';

export interface ParsedArgs {
  command: string | undefined;
  positional: string[];
  flags: Map<string, string | true>;
}

/** `--name value`, `--name=value` and boolean `--name`; which flags take a value is the command's business. */
export function parseArgs(argv: readonly string[], valueFlags: ReadonlySet<string>): ParsedArgs {
  const [command, ...rest] = argv;
  const positional: string[] = [];
  const flags = new Map<string, string | true>();
  for (let i = 0; i < rest.length; i++) {
    const arg = rest[i]!;
    if (!arg.startsWith('--')) {
      positional.push(arg);
      continue;
    }
    const eq = arg.indexOf('=');
    const name = arg.slice(2, eq === -1 ? undefined : eq);
    if (eq !== -1) flags.set(name, arg.slice(eq + 1));
    else if (valueFlags.has(name)) {
      const value = rest[i + 1];
      if (value === undefined || value.startsWith('--')) {
        throw new UserError({ zh: `参数 --${name} 需要一个值`, en: `Option --${name} needs a value` });
      }
      flags.set(name, value);
      i++;
    } else flags.set(name, true);
  }
  return { command, positional, flags };
}

export function flagString(args: ParsedArgs, name: string): string | undefined {
  const v = args.flags.get(name);
  return typeof v === 'string' ? v : undefined;
}

export function rejectUnknownFlags(args: ParsedArgs, known: readonly string[]): void {
  for (const name of args.flags.keys()) {
    if (!known.includes(name)) {
      throw new UserError({ zh: `不认识的参数 --${name}`, en: `Unknown option --${name}` });
    }
  }
}
