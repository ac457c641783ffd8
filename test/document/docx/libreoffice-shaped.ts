import { DOMParser, XMLSerializer, type Document as XmlDocument, type Element as XmlElement } from "@xmldom/xmldom";
import { strFromU8, strToU8, unzipSync, zipSync } from "fflate";
import { W_NS } from "../../../src/document/ooxml/ooxml";
import { clause } from "../../../src/core/model/builders";
import type { Clause } from "../../../src/core/model/vorlage";
import { deriveNumbers } from "../../../src/core/numbering/derive-numbers";
import { WIESBADEN } from "../../../src/core/profile/builtin-profiles";
import { referenceTargets, withReference } from "../../../src/core/references/insert-reference";
import { DocxDocument } from "../../../src/document/docx/docx-document";
import { completeVorlage } from "../../fixtures/builders";

/**
 * A package of ours as LibreOffice Writer (7.x, „MS Word 2007 XML“) saves it again, reduced to
 * what matters for references (seen in /tmp/tryout4: our vorlage.docx through
 * `soffice --convert-to docx`):
 *
 * - block-level controls are gone, their paragraphs stand in the body;
 * - inline controls stay, but their `w:sdtPr` is empty (no tag, no alias, no id): nothing says
 *   any more which one is ours;
 * - each inline control's content starts with an empty run, and where it held a bookmark
 *   (our `BV_<id>` on a number) an empty run follows the bookmark's end too;
 * - a `w:fldSimple` becomes a complex field (fldChar begin, instrText, separate, result, end).
 *
 * `edit` may change the body in between (delete a paragraph, as a user in Writer would).
 */
export function asLibreOfficeSaves(bytes: Uint8Array, edit: (body: XmlElement) => void = () => undefined): Uint8Array {
  const files = unzipSync(bytes);
  const doc = new DOMParser().parseFromString(strFromU8(files["word/document.xml"] as Uint8Array), "text/xml") as unknown as XmlDocument;
  const body = doc.getElementsByTagNameNS(W_NS, "body").item(0) as XmlElement;
  const all = (name: string): XmlElement[] => Array.from({ length: body.getElementsByTagNameNS(W_NS, name).length }, (_, i) => body.getElementsByTagNameNS(W_NS, name).item(i) as XmlElement);
  const child = (el: XmlElement, name: string): XmlElement | undefined => {
    for (let n = el.firstChild; n; n = n.nextSibling) if (n.nodeType === 1 && (n as XmlElement).localName === name) return n as XmlElement;
    return undefined;
  };
  const w = (name: string): XmlElement => doc.createElementNS(W_NS, `w:${name}`);
  const fldCharRun = (type: string): XmlElement => {
    const r = w("r");
    const c = w("fldChar");
    c.setAttributeNS(W_NS, "w:fldCharType", type);
    r.appendChild(c);
    return r;
  };
  for (const f of all("fldSimple")) {
    const instr = w("instrText");
    instr.setAttribute("xml:space", "preserve");
    instr.appendChild(doc.createTextNode(f.getAttributeNS(W_NS, "instr") ?? ""));
    const instrRun = w("r");
    instrRun.appendChild(instr);
    const parent = f.parentNode as XmlElement;
    for (const n of [fldCharRun("begin"), instrRun, fldCharRun("separate")]) parent.insertBefore(n, f);
    while (f.firstChild) parent.insertBefore(f.firstChild, f);
    parent.insertBefore(fldCharRun("end"), f);
    parent.removeChild(f);
  }
  for (const sdt of all("sdt").reverse()) {
    const content = child(sdt, "sdtContent") as XmlElement;
    const pr = child(sdt, "sdtPr");
    if (child(content, "p") || child(content, "tbl") || child(content, "sdt")) {
      const parent = sdt.parentNode as XmlElement;
      while (content.firstChild) parent.insertBefore(content.firstChild, sdt);
      parent.removeChild(sdt);
      continue;
    }
    if (pr) for (const name of ["tag", "alias", "id"]) for (let x = child(pr, name); x; x = child(pr, name)) pr.removeChild(x);
    content.insertBefore(w("r"), content.firstChild);
    const end = child(content, "bookmarkEnd");
    if (end) content.appendChild(w("r"));
  }
  edit(body);
  files["word/document.xml"] = strToU8(new XMLSerializer().serializeToString(doc as never));
  return zipSync(files);
}

/** Removes the paragraph whose text contains `words` (a clause a user deleted in Writer). */
export const deleteParagraph =
  (words: string) =>
  (body: XmlElement): void => {
    const ps = body.getElementsByTagNameNS(W_NS, "p");
    for (let i = 0; i < ps.length; i++) {
      const p = ps.item(i) as XmlElement;
      if ((p.textContent ?? "").includes(words)) {
        p.parentNode?.removeChild(p);
        return;
      }
    }
    throw new Error(`no paragraph with „${words}“`);
  };

/** A Beschluss of three clauses; the third says „… gemäß Ziffer 2.2“, linked to the second (a REF field to BV_b1 on its number). */
export function referringDocx(): Uint8Array {
  const v = completeVorlage();
  const b = v.sections[1];
  if (!b) throw new Error("fixture");
  const three = { ...b, clauses: [clause("b0", "vorab eine Bedarfsanalyse erstellt wird;"), ...b.clauses] };
  const withThree = { ...v, sections: [v.sections[0] as never, three] };
  const target = referenceTargets(withThree, deriveNumbers(withThree, WIESBADEN.numbering)).find((t) => t.id === "b1");
  if (!target) throw new Error("fixture");
  const b2 = withReference({ ...(three.clauses[2] as Clause), text: "die Umsetzung erfolgt gemäß" }, target);
  const linked = { ...withThree, sections: [v.sections[0] as never, { ...three, clauses: [three.clauses[0] as Clause, three.clauses[1] as Clause, b2] }] };
  return DocxDocument.create(linked, WIESBADEN, "2025-05-06T09:00:00Z").save();
}

/** The bookmark `name` taken out of the package (its start and end), as the tryout's `recognize --renumber` did. */
export function withoutBookmark(bytes: Uint8Array, name: string): Uint8Array {
  const files = unzipSync(bytes);
  const xml = strFromU8(files["word/document.xml"] as Uint8Array);
  const id = new RegExp(`<w:bookmarkStart w:id="(\\d+)" w:name="${name}"/>`).exec(xml)?.[1];
  if (id === undefined) throw new Error(`fixture: no bookmark ${name}`);
  files["word/document.xml"] = strToU8(xml.replace(`<w:bookmarkStart w:id="${id}" w:name="${name}"/>`, "").replace(`<w:bookmarkEnd w:id="${id}"/>`, ""));
  return zipSync(files);
}
