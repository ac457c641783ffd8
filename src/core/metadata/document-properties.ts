import type { Vorlage } from "../model/vorlage";
import type { Profile } from "../profile/profile";
import { dezernatLabel } from "../profile/dezernat-label";
import { isComplete, type Finding } from "../validation/finding";
import { METADATA_VERSION } from "./metadata-xml";

/**
 * Custom document properties for SharePoint and DMS columns (WordApi 1.3
 * `customProperties`, `docProps/custom.xml` in the .docx). The names are a contract with
 * every city's column mappings: stable, documented in README, never renamed. Word keeps
 * string values up to 255 characters, so longer values are shortened with "…".
 */
export const PROPERTY_NAMES = {
  vorlagenNr: "Vorlagen-Nr.",
  betreff: "Betreff",
  beschlussNr: "Beschluss-Nr.",
  vorlagenart: "Vorlagenart",
  gremium: "Gremium",
  sitzungsdatum: "Sitzungsdatum",
  federfuehrung: "Federführung",
  beteiligt: "Beteiligte Dezernate",
  finanzielleAuswirkungen: "Finanzielle Auswirkungen",
  betrag: "Betrag",
  turnus: "Turnus",
  haushaltsjahr: "Haushaltsjahr",
  pruefstatus: "Status der Prüfung",
  offeneFehler: "Offene Fehler",
  metadatenVersion: "Metadaten-Version",
} as const;

export const MAX_PROPERTY_LENGTH = 255;

export type PropertyValue = string | number | boolean;

export interface DocumentProperty {
  readonly name: string;
  readonly value: PropertyValue;
  /**
   * How a number is stored: `real` always as a floating-point number (`vt:r8`), whatever its
   * value. Without it an integer that fits 32 bits is written as `vt:i4`, anything else as
   * `vt:r8`.
   */
  readonly number?: "real";
}

/**
 * Properties whose numbers are always written as `vt:r8`: the Betrag, in euros.
 *
 * Why not `vt:i4`: a 32-bit integer ends at 2.147.483.647, and Vorlagen of a city's budget
 * (a bridge, a clinic, a whole Haushalt) name more; an `i4` of 2.147.483.648 overflows, and
 * readers (Word, SharePoint, a DMS) show a negative amount or refuse the part.
 * Why not `vt:lpwstr`: a DMS column must sort and sum amounts, which text does not.
 * Why `vt:r8` in euros: a double keeps every decimal of up to 15 significant digits exactly
 * as written, so every amount in cents below 10.000.000.000.000 € is written in JavaScript's
 * shortest form („99999999999.99“) and reads back as the same number. One type for every
 * amount, so that a DMS column mapped once never sees the type change with the value (an
 * amount in whole euros is `vt:r8` too).
 */
const REAL_NUMBERS: ReadonlySet<string> = new Set([PROPERTY_NAMES.betrag]);

/** Shortens to at most 255 UTF-16 units, never splitting a surrogate pair, ending in "…". */
export function fitPropertyValue(text: string): string {
  if (text.length <= MAX_PROPERTY_LENGTH) return text;
  let cut = MAX_PROPERTY_LENGTH - 1;
  const last = text.charCodeAt(cut - 1);
  if (last >= 0xd800 && last <= 0xdbff) cut -= 1;
  return `${text.slice(0, cut)}…`;
}

/**
 * The key fields as properties, with the review state from `findings` (the caller
 * validates once and passes them in). Empty fields are left out rather than written empty.
 */
export function toDocumentProperties(v: Vorlage, profile: Profile, findings: readonly Finding[]): readonly DocumentProperty[] {
  const dezernat = (id: string) => dezernatLabel(id, profile);
  const f = v.finanzierung;
  const props: [string, PropertyValue | undefined][] = [
    [PROPERTY_NAMES.vorlagenNr, v.header.vorlagenNr],
    [PROPERTY_NAMES.betreff, v.header.betreff],
    [PROPERTY_NAMES.beschlussNr, v.header.beschlussNr],
    [PROPERTY_NAMES.vorlagenart, v.header.vorlagenart],
    [PROPERTY_NAMES.gremium, v.header.gremium],
    [PROPERTY_NAMES.sitzungsdatum, v.header.sitzungsdatum],
    [PROPERTY_NAMES.federfuehrung, v.zustaendigkeit.federfuehrend && dezernat(v.zustaendigkeit.federfuehrend)],
    [PROPERTY_NAMES.beteiligt, v.zustaendigkeit.beteiligt.map(dezernat).join(", ")],
    [PROPERTY_NAMES.finanzielleAuswirkungen, f?.auswirkungen],
    // A number (euros), so that a DMS column can sort and sum it.
    [PROPERTY_NAMES.betrag, f?.auswirkungen && f.betragCent !== undefined ? f.betragCent / 100 : undefined],
    [PROPERTY_NAMES.turnus, f?.auswirkungen && f.turnus ? (f.turnus === "jaehrlich" ? "jährlich" : "einmalig") : undefined],
    [PROPERTY_NAMES.haushaltsjahr, f?.auswirkungen ? f.haushaltsjahr : undefined],
    [PROPERTY_NAMES.pruefstatus, isComplete(findings) ? "vollständig" : "unvollständig"],
    [PROPERTY_NAMES.offeneFehler, findings.filter((x) => x.severity === "error").length],
    [PROPERTY_NAMES.metadatenVersion, METADATA_VERSION],
  ];
  return props
    .filter((p): p is [string, PropertyValue] => p[1] !== undefined && p[1] !== "")
    .map(([name, value]) => (typeof value === "number" && REAL_NUMBERS.has(name) ? { name, value, number: "real" } : { name, value: typeof value === "string" ? fitPropertyValue(value) : value }));
}

/**
 * Our mark in the custom properties: the names of the properties we wrote, „; “-separated.
 * A property is ours only when we wrote it. A name of ours that the document already carries
 * without our mark — „Betrag“ typed by a clerk, or set by the city's DMS — is somebody
 * else's value under the same name: the records office's column shows what its owner put
 * there, so it is kept and the writer says so (renaming ours would break every column
 * mapping, which rely on the names above). Parts written before this mark existed carry
 * `Metadaten-Version` and every name of ours present was written by us.
 */
export const OWN_PROPERTIES = "Eigenschaften der Vorlage";

export interface PropertyPlan {
  /** What to write, our mark last. */
  readonly write: readonly DocumentProperty[];
  /** Names to remove first (lower case): ours from the last write, rewritten or no longer set. */
  readonly remove: ReadonlySet<string>;
  /** Names of ours left out because the document holds a property of that name we did not write. */
  readonly kept: readonly string[];
}

/** Which of `props` may be written over a part holding `existing` (name → value), and what of ours goes. */
export function planProperties(props: readonly DocumentProperty[], existing: ReadonlyMap<string, PropertyValue>): PropertyPlan {
  const present = new Map([...existing].map(([name, value]) => [name.toLowerCase(), value]));
  const mark = present.get(OWN_PROPERTIES.toLowerCase());
  const owned = new Set<string>(
    typeof mark === "string"
      ? mark.split("; ").map((n) => n.toLowerCase())
      : present.has(PROPERTY_NAMES.metadatenVersion.toLowerCase())
        ? Object.values(PROPERTY_NAMES).map((n) => n.toLowerCase())
        : [],
  );
  owned.add(OWN_PROPERTIES.toLowerCase());
  const kept = props.filter((p) => present.has(p.name.toLowerCase()) && !owned.has(p.name.toLowerCase())).map((p) => p.name);
  const written = props.filter((p) => !kept.includes(p.name));
  return {
    write: [...written, { name: OWN_PROPERTIES, value: fitPropertyValue(written.map((p) => p.name).join("; ")) }],
    remove: new Set([...owned].filter((n) => present.has(n))),
    kept,
  };
}
