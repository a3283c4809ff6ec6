/** Saves text as a file through the browser's download (no server involved). */
export function downloadText(fileName: string, text: string, type: string): void {
  const url = URL.createObjectURL(new Blob([text], { type }));
  const link = document.createElement('a');
  link.href = url;
  link.download = fileName;
  document.body.append(link);
  link.click();
  link.remove();
  // Revoke later: some browsers read the blob asynchronously after the click.
  setTimeout(() => URL.revokeObjectURL(url), 10_000);
}
