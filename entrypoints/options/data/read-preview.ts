import { type AccountFilePreview, checkAccountFileSize, previewAccountFile } from '@/lib/import';

/** Bytes read for the preview: the header and enough rows to show a value per column. */
export const PREVIEW_BYTES = 256 * 1024;

/** The preview of a picked file, from its first 256 KB (refused at once when over the size limit or not CSV/JSON). */
export async function readPreview(file: Blob & { name: string }): Promise<AccountFilePreview> {
  checkAccountFileSize(file.name, file.size);
  const complete = file.size <= PREVIEW_BYTES;
  const head = await (complete ? file : file.slice(0, PREVIEW_BYTES)).text();
  return previewAccountFile(head, file.name, complete);
}
