/** Saves text as a file through the browser's downloads, from memory: nothing goes to a server. */
export function downloadText(
  text: string,
  fileName: string,
  type = 'text/csv;charset=utf-8',
): void {
  const url = URL.createObjectURL(new Blob([text], { type }));
  const link = document.createElement('a');
  link.href = url;
  link.download = fileName;
  link.hidden = true;
  document.body.append(link);
  link.click();
  link.remove();
  // The download reads the blob after click() returns; revoke once it surely has.
  setTimeout(() => URL.revokeObjectURL(url), 60_000);
}
