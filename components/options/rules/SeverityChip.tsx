import type { Severity } from '@/lib/redline';
import { severityHint, severityName } from './rule-labels';

/** 拦截 (solid red) or 提醒 (amber outline): the two must read differently at a glance, in colour and in shape. */
export function SeverityChip({ severity }: { severity: Severity }) {
  return (
    <span class={`rules-sev rules-sev-${severity}`} data-severity={severity} title={severityHint(severity)}>
      {severityName(severity)}
    </span>
  );
}
