/** Saves a file the way a page link would: a Blob URL on a temporary `<a download>`, revoked after. */
import type { ExportFile } from '@/utils/library/io/export-files';

/** Starts the download of `file`. */
export function download(file: ExportFile): void {
  const url = URL.createObjectURL(file.blob);
  const a = document.createElement('a');
  a.href = url;
  a.download = file.name;
  document.body.append(a);
  a.click();
  a.remove();
  // The click starts the download asynchronously; revoke once it has had time to read the URL.
  setTimeout(() => URL.revokeObjectURL(url), 60_000);
}
