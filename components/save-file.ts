import type { ExportedFile } from '../lib/report/export';

/** Copies text to the clipboard; false when the browser refuses. */
export async function copyToClipboard(text: string): Promise<boolean> {
  try {
    await navigator.clipboard.writeText(text);
    return true;
  } catch {
    return false;
  }
}

/** Hands an exported report to the browser's downloads as a file. */
export function downloadFile(file: ExportedFile): void {
  const blob = new Blob([file.body], { type: file.mimeType });
  const a = document.createElement('a');
  a.href = URL.createObjectURL(blob);
  a.download = file.fileName;
  a.click();
  setTimeout(() => URL.revokeObjectURL(a.href), 10_000);
}
