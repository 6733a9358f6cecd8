import writeXlsxFile from 'write-excel-file/node';
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

export function fixtureBytes(name: string): Uint8Array {
  return new Uint8Array(readFileSync(fileURLToPath(new URL(`../../fixtures/import/${name}`, import.meta.url))));
}

export function utf8(text: string): Uint8Array {
  return new TextEncoder().encode(text);
}

let gbkTable: Map<string, number[]> | undefined;

/**
 * GBK bytes of a text, for testing what Excel on Chinese Windows writes. Node has no GBK encoder, so the table is built by
 * decoding every two-byte GBK code once.
 */
export function gbk(text: string): Uint8Array {
  if (!gbkTable) {
    gbkTable = new Map();
    const decoder = new TextDecoder('gbk');
    for (let lead = 0x81; lead <= 0xfe; lead++) {
      for (let trail = 0x40; trail <= 0xfe; trail++) {
        if (trail === 0x7f) continue;
        const ch = decoder.decode(new Uint8Array([lead, trail]));
        if (ch.length === 1 && ch !== '\uFFFD' && !gbkTable.has(ch)) gbkTable.set(ch, [lead, trail]);
      }
    }
  }
  const out: number[] = [];
  for (const ch of text) {
    const code = ch.codePointAt(0)!;
    if (code < 0x80) out.push(code);
    else {
      const bytes = gbkTable.get(ch);
      if (!bytes) throw new Error(`no GBK code for ${ch}`);
      out.push(...bytes);
    }
  }
  return new Uint8Array(out);
}

export type Cell = string | number | boolean | Date | null;

/** An .xlsx workbook with one sheet per entry, as Excel would save it. */
export async function xlsx(sheets: { name: string; rows: Cell[][] }[]): Promise<Uint8Array> {
  const buffer = await writeXlsxFile(
    sheets.map((s) => ({
      sheet: s.name,
      data: s.rows.map((row) =>
        row.map((value) =>
          value === null ? null : value instanceof Date ? { value, format: 'yyyy-mm-dd' } : { value }
        )
      ),
    }))
  ).toBuffer();
  return new Uint8Array(buffer);
}
