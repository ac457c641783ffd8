/**
 * @jest-environment jsdom
 */
import { fromInput } from "../../src/desk/collect-files";

/** A FileList as the browser gives it for a chosen folder (`webkitdirectory`) or chosen files. */
function list(entries: readonly (readonly [name: string, folderPath: string])[]): FileList {
  const files = entries.map(([name, folderPath]) => {
    const f = new File(["x"], name);
    Object.defineProperty(f, "webkitRelativePath", { value: folderPath });
    return f;
  });
  return Object.assign(files, { item: (i: number) => files[i] ?? null }) as unknown as FileList;
}

describe("files chosen on the reviewers' page are the ones `beschluss check` takes", () => {
  it("takes only Word files from a chosen folder: a .txt beside the Vorlagen is no unreadable Vorlage", () => {
    const picked = fromInput(list([["notiz.txt", "sitzung/notiz.txt"], ["b.docx", "sitzung/b.docx"], ["alt.doc", "sitzung/alt.doc"], ["~$b.docx", "sitzung/~$b.docx"]]));
    expect(picked.map((p) => p.path)).toEqual(["sitzung/alt.doc", "sitzung/b.docx"]);
  });

  it("takes a file chosen by name as it is, so that a wrong one is reported", () => {
    expect(fromInput(list([["notiz.txt", ""]])).map((p) => p.path)).toEqual(["notiz.txt"]);
  });

  it("puts the files in name order, whatever order the browser listed them in", () => {
    const picked = fromInput(list([["c.docx", "s/c.docx"], ["a.docx", "s/a.docx"], ["b.docx", "s/dez3/b.docx"]]));
    expect(picked.map((p) => p.path)).toEqual(["s/a.docx", "s/c.docx", "s/dez3/b.docx"]);
  });
});
