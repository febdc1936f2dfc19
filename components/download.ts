/** Saves a file the extension made (an export, a backup) through the browser's download of a link. */
export function download(name: string, blob: Blob): void {
  const url = URL.createObjectURL(blob);
  const a = document.createElement('a');
  a.href = url;
  a.download = name;
  a.click();
  // The download has taken the bytes by then; the object URL would otherwise live as long as the page.
  setTimeout(() => URL.revokeObjectURL(url), 1000);
}
