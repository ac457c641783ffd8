import type { Vorlage } from "../core/model/vorlage";
import type { Profile } from "../core/profile/profile";
import { BlockNotFoundError } from "./block-not-found";
import { renderBezug, renderFinanzierung, renderKopf, renderVerteiler, renderZeichnung, renderZustaendigkeit } from "./ooxml/render-vorlage";
import { formatTag } from "./tags";

/** Parts of a Vorlage that stand once in a document and are written whole from the model. */
export type Part = "kopf" | "zustaendigkeit" | "finanzierung";

/** Lists whose entries the pane appends; a Bezug is the unnumbered note after the sections. */
export type EntryList = "verteiler" | "zeichnung" | "bezug";

/**
 * Where a part goes when the document does not have it yet, as Vorlagen are laid out:
 * the header first, the Zuständigkeit after it, the Finanzierung after the last section.
 */
export type Placement = { readonly kind: "start" } | { readonly kind: "after"; readonly tag: string } | { readonly kind: "end" };

export function renderPart(part: Part, v: Vorlage, profile: Profile): string {
  if (part === "kopf") return renderKopf(v, profile);
  if (part === "zustaendigkeit") return renderZustaendigkeit(v, profile);
  if (!v.finanzierung) throw new BlockNotFoundError("finanzierung");
  return renderFinanzierung(v.finanzierung, profile);
}

/** After the Zuständigkeit, else after the Kopf, else at the start: where the first section goes. */
export function firstSectionPlacement(has: (tag: string) => boolean): Placement {
  for (const tag of [formatTag({ kind: "zustaendigkeit" }), formatTag({ kind: "kopf" })]) if (has(tag)) return { kind: "after", tag };
  return { kind: "start" };
}

/** Where a new section goes when the user has not chosen a place: after the last section, or where the first one belongs. */
export function sectionPlacement(body: Vorlage, has: (tag: string) => boolean): Placement {
  const last = body.sections[body.sections.length - 1];
  return last ? { kind: "after", tag: formatTag({ kind: "abschnitt", id: last.id, sectionKind: last.kind }) } : firstSectionPlacement(has);
}

/**
 * The Finanzierung goes after the sections and their Bezug notes, before Verteiler and
 * Zeichnung — also when it is written before any section exists (then after the header,
 * and sections inserted later go before it: see `sectionPlacement`).
 */
export function placementOf(part: Part, body: Vorlage, has: (tag: string) => boolean): Placement {
  if (part === "kopf") return { kind: "start" };
  if (part === "zustaendigkeit") return has(formatTag({ kind: "kopf" })) ? { kind: "after", tag: formatTag({ kind: "kopf" }) } : { kind: "start" };
  const bezug = [...body.bezuege].reverse().find((b) => has(formatTag({ kind: "bezug", id: b.id })));
  if (bezug) return { kind: "after", tag: formatTag({ kind: "bezug", id: bezug.id }) };
  return sectionPlacement(body, has);
}

export function renderEntry(list: EntryList, v: Vorlage, id: string, profile: Profile): string {
  if (list === "bezug") {
    const b = v.bezuege.find((x) => x.id === id);
    if (!b) throw new BlockNotFoundError(id);
    return renderBezug(b, profile);
  }
  if (list === "verteiler") {
    const e = v.verteiler.find((x) => x.id === id);
    if (!e) throw new BlockNotFoundError(id);
    return renderVerteiler(e, profile);
  }
  const z = v.zeichnungen.find((x) => x.id === id);
  if (!z) throw new BlockNotFoundError(id);
  // A Zeichnung is inserted with the Verteiler entries sent under it (a forwarding office's block).
  return renderZeichnung(z, profile, v.verteiler.filter((e) => e.zeichnung === z.id));
}

/** After the last entry of the same list, or at the end; a first Bezug right after the last section. */
export function entryPlacement(list: EntryList, body: Vorlage): Placement {
  if (list === "bezug") {
    const lastBezug = body.bezuege[body.bezuege.length - 1];
    if (lastBezug) return { kind: "after", tag: formatTag({ kind: "bezug", id: lastBezug.id }) };
    const last = body.sections[body.sections.length - 1];
    return last ? { kind: "after", tag: formatTag({ kind: "abschnitt", id: last.id, sectionKind: last.kind }) } : { kind: "end" };
  }
  const entries = list === "verteiler" ? body.verteiler : body.zeichnungen;
  const last = entries[entries.length - 1];
  return last ? { kind: "after", tag: formatTag({ kind: list, id: last.id }) } : { kind: "end" };
}
