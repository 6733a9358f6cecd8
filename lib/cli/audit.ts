import { CATEGORY_INFO, type Flag, type PlatformId } from '../redline';
import { bundledModel, createFullChecker } from '../redline-model';
import type { LibraryFileReplies } from '../replies/io';
import type { Reply } from '../replies/types';

export interface AuditResult {
  report: string;
  blocking: number;
  warnings: number;
}

function context(text: string, f: Flag): string {
  const before = text.slice(Math.max(0, f.start - 10), f.start);
  const after = text.slice(f.end, f.end + 10);
  return `${f.start > 10 ? '…' : ''}${before}【${text.slice(f.start, f.end)}】${after}${f.end + 10 < text.length ? '…' : ''}`;
}

function describe(reply: Reply, position: number): string {
  const parts = [`第 ${position} 条 / #${position}`, `id=${reply.id}`];
  if (reply.code) parts.push(`编码 ${reply.code}`);
  if (reply.title) parts.push(`「${reply.title}」`);
  if (reply.group) parts.push(reply.group);
  return parts.join('  ');
}

/**
 * `kefu audit`: every reply of a library checked with the red-line engine of a platform, as a report a team lead reads
 * before importing a library or after editing one. Blocking problems make the command exit 1.
 */
export function auditLibrary(file: LibraryFileReplies, fileName: string, platform: PlatformId | undefined): AuditResult {
  const engine = createFullChecker({ platform }, bundledModel());
  const lines: string[] = [];
  const perCategory = new Map<string, number>();
  let blocking = 0;
  let warnings = 0;
  lines.push(`话术库高压线检查 / Red-line audit: ${fileName}`);
  lines.push(`格式 / format: ${file.format}${file.encoding ? ` (${file.encoding})` : ''} · ${file.replies.length} 条话术 / replies · 平台 / platform: ${platform ?? 'generic'}`);
  lines.push('');
  file.replies.forEach((reply, i) => {
    const flags = engine.check(reply.content);
    if (!flags.length) return;
    const blocks = flags.some((f) => f.severity === 'block');
    if (blocks) blocking++;
    else warnings++;
    lines.push(`${blocks ? '✗ 拦截 / BLOCK' : '⚠ 提醒 / warn '}  ${describe(reply, i + 1)}`);
    for (const f of flags) {
      perCategory.set(f.category, (perCategory.get(f.category) ?? 0) + 1);
      lines.push(`    ${f.severity === 'block' ? '拦截' : '提醒'} ${f.category} (${CATEGORY_INFO[f.category].name.zh}) · ${f.rule}`);
      lines.push(`      ${context(reply.content, f)}`);
      lines.push(`      ${f.message}`);
      if (f.suggestion) lines.push(`      建议改为 / suggested: ${f.suggestion}`);
    }
    lines.push('');
  });
  if (file.problems.length) {
    lines.push(`文件问题 / file problems (${file.problems.length}):`);
    for (const p of file.problems) {
      lines.push(`  ${p.label.zh} / ${p.label.en}: ${p.messages.map((m) => `${m.zh} / ${m.en}`).join('; ')}`);
    }
    lines.push('');
  }
  lines.push(
    `合计:${blocking} 条话术含拦截级问题,${warnings} 条只含提醒级问题,${file.replies.length - blocking - warnings} 条无问题。`,
  );
  lines.push(
    `Summary: ${blocking} replies with blocking problems, ${warnings} with warnings only, ${file.replies.length - blocking - warnings} clean.`,
  );
  if (perCategory.size) {
    lines.push(
      `按类别 / by category: ${[...perCategory.entries()].sort((a, b) => b[1] - a[1]).map(([c, n]) => `${c} ${n}`).join(' · ')}`,
    );
  }
  return { report: lines.join('\n'), blocking, warnings };
}
