/** A file the reviewer chose, with its path inside the dropped or chosen folder. */
export interface PickedFile {
  readonly path: string;
  readonly file: File;
}

/** Word's owner files ("~$vorlage.docx") and hidden files are not Vorlagen: a folder copied from a share is full of them. */
export const isNoise = (name: string): boolean => name.startsWith("~$") || name.startsWith(".") || name === "Thumbs.db" || name === "desktop.ini";

/** Files from an `<input type=file>` (with or without `webkitdirectory`). */
export function fromInput(list: FileList | null): PickedFile[] {
  return Array.from(list ?? [])
    .filter((f) => !isNoise(f.name))
    .map((file) => ({ path: file.webkitRelativePath || file.name, file }));
}

const entriesOf = (reader: FileSystemDirectoryReader): Promise<FileSystemEntry[]> => new Promise((done, fail) => reader.readEntries(done, fail));
const fileOf = (entry: FileSystemFileEntry): Promise<File> => new Promise((done, fail) => entry.file(done, fail));

/** Walks a dropped folder recursively (readEntries returns at most 100 entries per call, so it is called until empty). */
async function walk(entry: FileSystemEntry, out: PickedFile[]): Promise<void> {
  if (isNoise(entry.name)) return;
  if (entry.isFile) {
    out.push({ path: entry.fullPath.replace(/^\//, ""), file: await fileOf(entry as FileSystemFileEntry) });
    return;
  }
  if (!entry.isDirectory) return;
  const reader = (entry as FileSystemDirectoryEntry).createReader();
  for (let batch = await entriesOf(reader); batch.length > 0; batch = await entriesOf(reader)) {
    for (const child of batch) await walk(child, out);
  }
}

/** Files and folders dropped onto the page, folders read recursively. */
export async function fromDrop(data: DataTransfer): Promise<PickedFile[]> {
  // The entries must be taken synchronously, before the first await: the DataTransfer is emptied after the event.
  const entries = Array.from(data.items)
    .map((item) => (item.kind === "file" ? item.webkitGetAsEntry() : null))
    .filter((e): e is FileSystemEntry => e !== null);
  if (entries.length === 0) return fromInput(data.files);
  const out: PickedFile[] = [];
  for (const entry of entries) await walk(entry, out);
  return out.sort((a, b) => a.path.localeCompare(b.path, "de", { numeric: true }));
}
