/**
 * Group paths. The library stores nested groups as `售前/物流`. Sheets from other tools also write `售前>物流`, `售前＞物流`,
 * `售前》物流`, `售前／物流` or `售前\物流`; all of these are read as nesting. A hyphen is NOT a separator: shop group names
 * use it as part of the name (`7-15天发货`, `2024-双11`, `S-M码`), and a wrong split invents groups nobody asked for,
 * while a missed split only leaves one flat group the agent can move with 批量移动.
 */
const SEPARATORS = /\s*[/／>＞》\\→]\s*/;

export function normalizeGroupPath(raw: unknown): string {
  if (raw === undefined || raw === null) return '';
  return groupSegments(String(raw).normalize('NFC')).join('/');
}

/** Segments of a path, trimmed, inner whitespace collapsed, empty ones dropped (`售前//物流 ` → [售前, 物流]). */
export function groupSegments(path: string): string[] {
  return path
    .split(SEPARATORS)
    .map((s) => s.replace(/\s+/g, ' ').trim())
    .filter(Boolean);
}

/** `售前/物流/顺丰` → [`售前`, `售前/物流`, `售前/物流/顺丰`]: every group a reply belongs to, for counts and filters. */
export function groupAncestry(path: string): string[] {
  const segments = path.split('/').filter(Boolean);
  return segments.map((_, i) => segments.slice(0, i + 1).join('/'));
}

/** True when `path` is `group` itself or nested under it. The empty group ('' = 未分组) contains only itself. */
export function isInGroup(path: string, group: string): boolean {
  if (group === '') return path === '';
  return path === group || path.startsWith(`${group}/`);
}
