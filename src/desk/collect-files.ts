/** A file the reviewer chose, with its path inside the dropped or chosen folder. */
export interface PickedFile {
  readonly path: string;
  readonly file: File;
}

/** Word's owner files ("~$vorlage.docx") and hidden files are not Vorlagen: a folder copied from a share is full of them. */
export const isNoise = (name: string): boolean => name.startsWith("~$") || name.startsWith(".") || name === "Thumbs.db" || name === "desktop.ini";

/**
 * What `beschluss check DIR` takes from a folder (src/cli/collect-files.ts): .docx, and .doc so
 * that its row says to save it as .docx. A file the reviewer chose by name is taken as it is,
 * as the command takes a named file, so that a wrong one is reported rather than passed over.
 */
const isWordFile = (name: string): boolean => /\.docx?$/iu.test(name);

/** In the order the command reads a folder: by path, German collation. */
const byPath = (a: PickedFile, b: PickedFile): number => a.path.localeCompare(b.path, "de", { numeric: true });

/**
 * Files from an `<input type=file>` (with or without `webkitdirectory`). From a folder only the
 * Word files count, as for the command: a .txt or .pdf beside the Vorlagen is no unreadable Vorlage.
 */
export function fromInput(list: FileList | null): PickedFile[] {
  return Array.from(list ?? [])
    .filter((f) => !isNoise(f.name) && (f.webkitRelativePath === "" || isWordFile(f.name)))
    .map((file) => ({ path: file.webkitRelativePath || file.name, file }))
    .sort(byPath);
}

const entriesOf = (reader: FileSystemDirectoryReader): Promise<FileSystemEntry[]> => new Promise((done, fail) => reader.readEntries(done, fail));
const fileOf = (entry: FileSystemFileEntry): Promise<File> => new Promise((done, fail) => entry.file(done, fail));

/** Walks a dropped folder recursively (readEntries returns at most 100 entries per call, so it is called until empty). */
async function walk(entry: FileSystemEntry, out: PickedFile[], inFolder = false): Promise<void> {
  if (isNoise(entry.name)) return;
  if (entry.isFile) {
    if (inFolder && !isWordFile(entry.name)) return;
    out.push({ path: entry.fullPath.replace(/^\//, ""), file: await fileOf(entry as FileSystemFileEntry) });
    return;
  }
  if (!entry.isDirectory) return;
  const reader = (entry as FileSystemDirectoryEntry).createReader();
  for (let batch = await entriesOf(reader); batch.length > 0; batch = await entriesOf(reader)) {
    for (const child of batch) await walk(child, out, true);
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
  return out.sort(byPath);
}
