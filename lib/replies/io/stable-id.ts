/**
 * Ids for imported rows that have none: a hash of what the row says (group, code, content), so importing the same file twice
 * finds the replies of the first import (`unchanged`) instead of adding them again.
 */
export function generatedReplyId(group: string, code: string | undefined, content: string): string {
  const key = `${group}\u0000${code ?? ''}\u0000${content.replace(/\r\n?/g, '\n').trim()}`;
  return `imp-${hash64(key)}`;
}

/**
 * Two 32-bit lanes, each multiply-xorshift mixed with its own constants and cross-mixed at the end (the cyrb53 idea): 64 bits,
 * so two different rows of one shop's library do not meet. Not cryptographic; nothing here needs to be.
 */
function hash64(text: string): string {
  let a = 0xdeadbeef;
  let b = 0x41c6ce57;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    a = Math.imul(a ^ c, 2654435761);
    b = Math.imul(b ^ c, 1597334677);
  }
  a = Math.imul(a ^ (a >>> 16), 2246822507) ^ Math.imul(b ^ (b >>> 13), 3266489909);
  b = Math.imul(b ^ (b >>> 16), 2246822507) ^ Math.imul(a ^ (a >>> 13), 3266489909);
  return (b >>> 0).toString(16).padStart(8, '0') + (a >>> 0).toString(16).padStart(8, '0');
}
