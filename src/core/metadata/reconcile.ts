import { deepEqual } from "../model/deep-equal";
import { FIELD_NAMES, getField } from "../model/fields";
import type { Vorlage } from "../model/vorlage";
import type { Finding } from "../validation/finding";
import { METADATA_FINDING_CODES } from "./read-metadata-xml";

/**
 * The Verteiler with a link to the first Zeichnung left out: an entry without a link is sent
 * under the first (VerteilerEintrag.zeichnung), so an entry linked to it (the text's layout read
 * by recognition) and one without (as the pane stores it) say the same (tryout 4: a false
 * „weichen beim Feld „Verteiler“ ab“ after a LibreOffice save).
 */
function withoutFirstLinks(v: Vorlage): Vorlage["verteiler"] {
  const first = v.zeichnungen[0]?.id;
  if (first === undefined) return v.verteiler;
  return v.verteiler.map((e) => {
    if (e.zeichnung !== first) return e;
    const { zeichnung: _, ...rest } = e;
    return rest;
  });
}

/**
 * The body is the truth; the metadata part is derived from it and can go stale (the
 * document was edited without the add-in, or by an older version). This says where the two
 * disagree, so that the reviewer knows the metadata will be rewritten from the body.
 */
export function compareWithBody(body: Vorlage, metadata: Vorlage): readonly Finding[] {
  const findings: Finding[] = [];
  const disagree = (location: Finding["location"], field: string): void => {
    findings.push({ code: "metadata-disagrees", severity: METADATA_FINDING_CODES["metadata-disagrees"], location, params: { field } });
  };
  for (const name of FIELD_NAMES) {
    const same = name === "verteiler" ? deepEqual(withoutFirstLinks(body), withoutFirstLinks(metadata)) : deepEqual(getField(body, name), getField(metadata, name));
    if (!same) disagree({ type: "field", field: name }, name);
  }
  if (!deepEqual(body.bloecke, metadata.bloecke)) disagree({ type: "document" }, "bloecke");
  const shape = (v: Vorlage) => v.sections.map((s) => [s.id, s.kind, s.clauses.map((c) => c.id)]);
  if (!deepEqual(shape(body), shape(metadata))) disagree({ type: "document" }, "sections");
  const metaText = new Map(metadata.sections.flatMap((s) => s.clauses.map((c) => [c.id, c.text] as const)));
  for (const c of body.sections.flatMap((s) => s.clauses)) {
    const text = metaText.get(c.id);
    if (text !== undefined && text !== c.text) disagree({ type: "clause", id: c.id }, "text");
  }
  return findings;
}
