/** Hands a file to the browser's download (text made here, or a blob from the server). */
export function saveFile(content: Blob | string, fileName: string, type = 'text/plain'): void {
  const blob = content instanceof Blob ? content : new Blob([content], { type });
  const url = URL.createObjectURL(blob);
  const link = document.createElement('a');
  link.href = url;
  link.download = fileName;
  link.rel = 'noopener';
  document.body.appendChild(link);
  link.click();
  link.remove();
  // Give the browser the URL long enough to start the download.
  setTimeout(() => URL.revokeObjectURL(url), 1000);
}

/** The file name from a `Content-Disposition: attachment; filename=...` header, if any. */
export function fileNameFrom(contentDisposition: string | null, fallback: string): string {
  const match = /filename\*?=(?:UTF-8'')?"?([^";]+)"?/i.exec(contentDisposition ?? '');
  return match ? decodeURIComponent(match[1]) : fallback;
}
