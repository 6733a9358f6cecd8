import { UserError } from '../../errors';

export type TextEncodingName = 'utf-8' | 'gb18030' | 'utf-16le' | 'utf-16be';

export interface DecodedText {
  text: string;
  encoding: TextEncodingName;
}

/**
 * Bytes of a text file → text. Excel on Chinese Windows and 千牛 save CSV as GBK; GB18030 is its superset and both Chrome and
 * Node 20 (full ICU) decode it. UTF-8 is tried first and strictly (a GBK file is almost never valid UTF-8), then GB18030.
 * Excel's "Unicode text" export is UTF-16 with a BOM. BOMs are stripped.
 */
export function decodeText(input: Uint8Array): DecodedText {
  if (input.length >= 2 && input[0] === 0xff && input[1] === 0xfe) {
    return {
      text: new TextDecoder('utf-16le').decode(input.subarray(2)),
      encoding: 'utf-16le',
    };
  }
  if (input.length >= 2 && input[0] === 0xfe && input[1] === 0xff) {
    return {
      text: new TextDecoder('utf-16be').decode(input.subarray(2)),
      encoding: 'utf-16be',
    };
  }
  const body =
    input.length >= 3 && input[0] === 0xef && input[1] === 0xbb && input[2] === 0xbf ? input.subarray(3) : input;
  if (body.includes(0)) throw notText();
  for (const encoding of ['utf-8', 'gb18030'] as const) {
    try {
      const text = new TextDecoder(encoding, { fatal: true }).decode(body);
      return { text: text.replace(/^\uFEFF/, ''), encoding };
    } catch {
      // not this encoding; try the next
    }
  }
  throw notText();
}

function notText(): UserError {
  return new UserError({
    zh: '这个文件不是文本表格(CSV),也不是 Excel(.xlsx)或 JSON 话术库,无法导入',
    en: 'This file is neither a CSV text table nor an Excel (.xlsx) workbook nor a JSON reply library; it cannot be imported',
  });
}
