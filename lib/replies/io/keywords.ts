/** Keyword separators people type in one cell: ASCII and full-width commas, 、, semicolons and spaces. */
const SEPARATORS = /[,，、;；\s]+/;

/** Keywords of a cell or array, trimmed, empty ones and repeats dropped, order kept. */
export function splitKeywords(input: string | readonly string[], split = true): string[] {
  const parts =
    typeof input === 'string' ? input.split(SEPARATORS) : split ? input.flatMap((k) => k.split(SEPARATORS)) : input;
  const seen = new Set<string>();
  const out: string[] = [];
  for (const raw of parts) {
    const k = raw.trim();
    if (k && !seen.has(k)) {
      seen.add(k);
      out.push(k);
    }
  }
  return out;
}

/** How keywords are written into one CSV cell: the full-width comma a Chinese sheet would use. */
export function joinKeywords(keywords: readonly string[] | undefined): string {
  return (keywords ?? []).join('，');
}
