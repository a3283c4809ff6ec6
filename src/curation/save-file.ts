/**
 * Writing the edited file: through the File System Access API where the browser has it (the curator picks the
 * file in their copy of the repository once), else as a download.
 */
interface WritableFile {
  write(data: string): Promise<void>;
  close(): Promise<void>;
}
interface FileHandle {
  createWritable(): Promise<WritableFile>;
}
type SavePicker = (options: {
  suggestedName: string;
  types: { description: string; accept: Record<string, string[]> }[];
}) => Promise<FileHandle>;

let handle: FileHandle | undefined;

export async function saveFile(name: string, text: string): Promise<'written' | 'downloaded'> {
  const picker = (window as unknown as { showSaveFilePicker?: SavePicker }).showSaveFilePicker;
  if (typeof picker === 'function') {
    handle ??= await picker({
      suggestedName: name,
      types: [{ description: 'GeoJSON', accept: { 'application/geo+json': ['.geojson', '.json'] } }],
    });
    const writable = await handle.createWritable();
    await writable.write(text);
    await writable.close();
    return 'written';
  }
  const url = URL.createObjectURL(new Blob([text], { type: 'application/geo+json' }));
  const link = document.createElement('a');
  link.href = url;
  link.download = name;
  link.click();
  // The download has started by now; the object URL is only needed until then.
  setTimeout(() => URL.revokeObjectURL(url), 0);
  return 'downloaded';
}
