import { W_NS } from "./ooxml";
import { scanXml } from "./xml-scanner";

/**
 * A main part in WordprocessingML bound to a prefix other than „w:“, written out again with „w:“, for the
 * passes over its text that look for `<w:…>` with patterns (date and formula fields, white or 1-point
 * type, references): the scanner that reads the body goes by namespace URI, those patterns by prefix, and
 * a part binding the namespace to „x:“ (legal XML, which Word reads) hid its DATE fields and its white
 * type from them. Most parts bind it to „w:“ and are handed back as they are.
 */

const W_BOUND = /xmlns(?::([A-Za-z_][\w.-]*))?\s*=\s*(["'])([^"']*)\2/gu;

/** Whether the part binds WordprocessingML to another prefix than „w“ (or the default namespace), or „w“ to another namespace. */
export function bindsWordElsewhere(xml: string): boolean {
  for (const m of xml.matchAll(W_BOUND)) {
    const prefix = m[1] ?? "";
    if ((m[3] === W_NS) !== (prefix === "w")) return true;
  }
  return false;
}

const escapeText = (t: string): string => t.replace(/&/gu, "&amp;").replace(/</gu, "&lt;").replace(/>/gu, "&gt;");
const escapeValue = (t: string): string => escapeText(t).replace(/"/gu, "&quot;").replace(/\t/gu, "&#9;").replace(/\n/gu, "&#10;").replace(/\r/gu, "&#13;");

/**
 * The part as it is where it binds WordprocessingML to „w“ only; else written out again, element by element,
 * with „w“ for WordprocessingML and „n1“, „n2“ … for every other namespace (declared where first needed),
 * its text and values as read. Comments and processing instructions are left out; nothing else changes.
 * One linear pass of the scanner; throws `DocxError` where the part is not well-formed, as its readers do.
 */
export function withWordPrefix(xml: string, part: string): string {
  if (!bindsWordElsewhere(xml)) return xml;
  const prefixes = new Map<string, string>([[W_NS, "w"]]);
  const prefixOf = (uri: string): string => {
    let p = prefixes.get(uri);
    if (p === undefined) prefixes.set(uri, (p = `n${prefixes.size}`));
    return p;
  };
  /** How many open elements declare each namespace: one declared by an ancestor needs no declaration again. */
  const declared = new Map<string, number>();
  const opened: string[][] = [];
  const out: string[] = [];
  let pending = false;
  const qname = (uri: string, local: string): string => (uri === "" ? local : `${prefixOf(uri)}:${local}`);
  scanXml(xml, part, {
    open(uri, local, a) {
      if (pending) out.push(">");
      const attributes: string[] = [];
      const needed = uri === "" ? [] : [uri];
      for (let k = 0; k < a.count; k++) {
        const name = a.nameAt(k);
        if (name === "xmlns" || name.startsWith("xmlns:")) continue;
        const colon = name.indexOf(":");
        const attrUri = colon < 0 ? "" : name.startsWith("xml:") ? "xml" : (a.resolve(name.slice(0, colon)) ?? "");
        const written = colon < 0 || attrUri === "xml" ? name : qname(attrUri, name.slice(colon + 1));
        if (attrUri !== "" && attrUri !== "xml") needed.push(attrUri);
        attributes.push(` ${written}="${escapeValue(a.valueAt(k))}"`);
      }
      const declares: string[] = [];
      for (const u of needed) {
        if ((declared.get(u) ?? 0) > 0 || declares.includes(u)) continue;
        declares.push(u);
      }
      // An unprefixed element in no namespace inside a default namespace would change meaning: none is written with a default namespace.
      for (const u of declares) declared.set(u, (declared.get(u) ?? 0) + 1);
      opened.push(declares);
      out.push(`<${qname(uri, local)}${declares.map((u) => ` xmlns:${prefixOf(u)}="${escapeValue(u)}"`).join("")}${attributes.join("")}`);
      pending = true;
    },
    close(uri, local) {
      if (pending) out.push("/>");
      else out.push(`</${qname(uri, local)}>`);
      pending = false;
      for (const u of opened.pop() ?? []) declared.set(u, (declared.get(u) ?? 1) - 1);
    },
    text(t) {
      if (pending) out.push(">");
      pending = false;
      out.push(escapeText(t));
    },
  });
  return out.join("");
}
