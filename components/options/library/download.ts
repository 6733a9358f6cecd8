/** Saves text as a file through the browser's download (an <a download> click; works in extension pages without permissions). */
export function downloadText(text: string, fileName: string, mime: string): void {
  const url = URL.createObjectURL(new Blob([text], { type: mime }));
  const a = document.createElement('a');
  a.href = url;
  a.download = fileName;
  a.style.display = 'none';
  document.body.append(a);
  a.click();
  a.remove();
  // Revoking at once can cancel the download in Chrome; a minute is plenty.
  setTimeout(() => URL.revokeObjectURL(url), 60_000);
}

/** 客服助手话术库-20261120.csv */
export function exportFileName(base: string, now: Date, ext: 'json' | 'csv'): string {
  const stamp = `${now.getFullYear()}${String(now.getMonth() + 1).padStart(2, '0')}${String(now.getDate()).padStart(
    2,
    '0'
  )}`;
  return `${base}-${stamp}.${ext}`;
}
