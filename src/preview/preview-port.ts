import type { SelectedBlock } from "../document/port";
import { DocxPort } from "../document/docx/docx-port";

/**
 * The preview's document port: a .docx in memory whose "cursor" is the block the preview
 * shows selected (the one last selected from the pane or last inserted), so that
 * „Ziffer einfügen“ at the cursor behaves in the preview as in Word. A plain file (the CLI)
 * has no cursor; that is `DocxPort`'s answer.
 */
export class PreviewPort extends DocxPort {
  override async blockAtSelection(): Promise<SelectedBlock | undefined> {
    const id = this.selection();
    if (id === undefined) return undefined;
    const v = (await this.read()).vorlage;
    for (const s of v.sections) {
      if (s.id === id) return { id, kind: "section" };
      for (const c of s.clauses) {
        if (c.id === id) return { id, kind: "clause" };
        if (c.unterpunkte?.some((u) => u.id === id)) return { id, kind: "unterpunkt" };
      }
    }
    return undefined;
  }
}
