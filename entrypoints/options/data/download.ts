/** Saves pieces of text as one file through the browser's download (an object URL on a temporary link). */
export function saveFile(fileName: string, parts: BlobPart[], type = 'text/csv;charset=utf-8', doc: Document = document): void {
  const url = URL.createObjectURL(new Blob(parts, { type }));
  const link = doc.createElement('a');
  link.href = url;
  link.download = fileName;
  link.click();
  // Revoke after the click has been handled, so the download has its URL.
  setTimeout(() => URL.revokeObjectURL(url), 0);
}

/** Saves a file: injected so tests can see what would be downloaded. */
export type SaveFile = (fileName: string, parts: BlobPart[]) => void;
