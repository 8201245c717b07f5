/** Saves a text, a file's content (Blob) or a data URL as a file the browser downloads. */
export function download(name: string, content: string | Blob, type = 'text/csv;charset=utf-8'): void {
  const dataUrl = typeof content === 'string' && content.startsWith('data:');
  const url = dataUrl ? content as string : URL.createObjectURL(typeof content === 'string' ? new Blob([content], { type }) : content);
  const a = document.createElement('a');
  a.href = url;
  a.download = name;
  a.click();
  if (!dataUrl) setTimeout(() => URL.revokeObjectURL(url), 5000);
}
