import { strFromU8 } from "fflate";
import { parsePart, serializePart } from "../../src/document/ooxml/parse-xml";
import { SimOfficeError, type SimContext, type WordSimulator } from "./word-simulator";

/**
 * The simulator's built-in document property „Titel“ (dc:title in docProps/core.xml), kept apart
 * from word-simulator.ts, which hooks it in with three lines (seed, save, `document.properties`).
 *
 * Rule: `Word.DocumentProperties.title` „Specifies the title of the document“, read and written,
 * [Api set: WordApi 1.3] (https://learn.microsoft.com/javascript/api/word/word.documentproperties,
 * and @types/office-js 1.0.612 index.d.ts, DocumentProperties.title). Read like any property:
 * `load("title")`, then `sync`. Assumption (no public source): the value is dc:title as the file
 * holds it, and Word writes it back there on save.
 */
const CORE = "docProps/core.xml";
const DC_NS = "http://purl.org/dc/elements/1.1/";
const titles = new WeakMap<WordSimulator, string>();

/** The title the document holds now. */
export function simTitle(sim: WordSimulator): string {
  return titles.get(sim) ?? "";
}

/** Sets the title as a user would in Datei → Informationen. */
export function setSimTitle(sim: WordSimulator, title: string): void {
  titles.set(sim, title);
}

/** The title of the package the simulator opened. */
export function seedTitle(sim: WordSimulator, parts: ReadonlyMap<string, Uint8Array>): void {
  const core = parts.get(CORE);
  titles.set(sim, core ? (parsePart(strFromU8(core), CORE).getElementsByTagNameNS(DC_NS, "title").item(0)?.textContent ?? "") : "");
}

/** Writes the title into the package being saved (a minimal core part where the package had none and a title is set). */
export function saveTitle(sim: WordSimulator, parts: Map<string, Uint8Array>): void {
  const title = simTitle(sim);
  const core = parts.get(CORE);
  if (!core && title === "") return;
  const doc = parsePart(
    core ? strFromU8(core) : `<cp:coreProperties xmlns:cp="http://schemas.openxmlformats.org/package/2006/metadata/core-properties" xmlns:dc="${DC_NS}"/>`,
    CORE,
  );
  const root = doc.documentElement;
  if (!root) return;
  const el = doc.getElementsByTagNameNS(DC_NS, "title").item(0) ?? root.appendChild(doc.createElementNS(DC_NS, "dc:title"));
  if ((el.textContent ?? "") === title && core) return;
  while (el.firstChild) el.removeChild(el.firstChild);
  el.appendChild(doc.createTextNode(title));
  parts.set(CORE, serializePart(doc));
}

/** `document.properties`: the custom properties as before, and `title` (WordApi 1.3). */
export class SimDocumentProperties<C> {
  private loadedTitle: string | undefined;

  constructor(
    private readonly context: SimContext,
    readonly customProperties: C,
  ) {}

  load(props: string | string[]): this {
    const names = (Array.isArray(props) ? props : props.split(",")).map((p) => p.trim());
    this.context.enqueue(
      () => {
        if (!names.includes("title")) return 0;
        this.context.sim.requireSet("1.3", "DocumentProperties.title");
        this.loadedTitle = simTitle(this.context.sim);
        return this.loadedTitle.length + 8;
      },
      names.join(",").length,
      "read",
    );
    return this;
  }

  get title(): string {
    this.context.check();
    if (this.loadedTitle === undefined) throw new SimOfficeError("PropertyNotLoaded", "The property 'title' is not available. Call load and context.sync() first.");
    return this.loadedTitle;
  }

  set title(value: string) {
    this.context.enqueue(() => {
      this.context.sim.requireSet("1.3", "DocumentProperties.title");
      setSimTitle(this.context.sim, value);
    }, value.length);
  }
}
