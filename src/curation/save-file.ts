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

/** The file picked for each name: projects.geojson and scenes.json are two files of the repository. */
const handles = new Map<string, FileHandle>();

const typeOf = (name: string): { description: string; mime: string; extensions: string[] } =>
  name.endsWith('.geojson')
    ? { description: 'GeoJSON', mime: 'application/geo+json', extensions: ['.geojson', '.json'] }
    : { description: 'JSON', mime: 'application/json', extensions: ['.json'] };

export async function saveFile(name: string, text: string): Promise<'written' | 'downloaded'> {
  const picker = (window as unknown as { showSaveFilePicker?: SavePicker }).showSaveFilePicker;
  if (typeof picker === 'function') {
    let handle = handles.get(name);
    if (!handle) {
      const { description, mime, extensions } = typeOf(name);
      handle = await picker({
        suggestedName: name,
        types: [{ description, accept: { [mime]: extensions } }],
      });
      handles.set(name, handle);
    }
    const writable = await handle.createWritable();
    await writable.write(text);
    await writable.close();
    return 'written';
  }
  const url = URL.createObjectURL(new Blob([text], { type: typeOf(name).mime }));
  const link = document.createElement('a');
  link.href = url;
  link.download = name;
  link.click();
  // The download has started by now; the object URL is only needed until then.
  setTimeout(() => URL.revokeObjectURL(url), 0);
  return 'downloaded';
}
