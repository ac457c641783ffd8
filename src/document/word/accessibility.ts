import { titleFromBetreff } from "../../core/accessibility/title";
import type { Finding } from "../../core/validation/finding";
import { accessibilityFindings } from "../ooxml/accessibility-facts";
import { partXmlOf } from "../ooxml/flat-opc";
import { esc } from "../ooxml/ooxml";
import type { PortRead } from "../port";
import type { BodyRead } from "./read-ooxml";
import type { WordSession } from "./word-session";

/**
 * The accessibility check in Word (issue 24, item 3): the same facts and rules as `check` and the
 * reviewers' page (src/document/ooxml/accessibility-facts.ts, src/core/accessibility/rules.ts), read
 * from what the body read already brings across, so that it costs no round trip of its own:
 *
 * - the body's WordprocessingML and its styles part, from `body.getOoxml()` (Word hands the body
 *   over as a whole flat-OPC package, styles included: Word.Body.getOoxml,
 *   https://learn.microsoft.com/javascript/api/word/word.body#word-word-body-getooxml-member(1)):
 *   tables, pictures, text boxes, prompts, heading styles, and the language of the document's
 *   defaults (w:docDefaults, as the .docx reader takes it). Word's API has a language only per
 *   range or style (Range.languageId, Style.languageId: WordApiDesktop, not on the web), so the
 *   styles part is the one source on every host.
 * - the title: `document.properties.title` (Word.DocumentProperties.title, „Specifies the title
 *   of the document“, WordApi 1.3), loaded in the body read's sync: a few bytes. A host that
 *   cannot say (below 1.3) gets no title finding rather than a wrong one.
 *
 * The findings are not part of what the session remembers as the read's findings (`seen.findings`:
 * a document with findings from reading never acts on the kept model, and a missing title must
 * not cost every action a body read); they are kept per session here and added to every read the
 * port answers (full, kept or live-refreshed), until the next full read replaces them.
 */
const found = new WeakMap<WordSession, readonly Finding[]>();

/** Queues what the check needs beyond the body into the body read's batch; call the answer after its sync. */
export function queueAccessibility(session: WordSession, context: Word.RequestContext): (flatOpc: string, body: BodyRead) => void {
  const properties = session.host.supports("WordApi", "1.3") ? context.document.properties : undefined;
  properties?.load("title");
  return (flatOpc, body) => {
    const styles = partXmlOf(flatOpc, "/word/styles.xml");
    // The title is not in the body's package: a core part holding the one Word reported stands in for docProps/core.xml.
    const core = properties ? coreWithTitle(properties.title) : undefined;
    const findings = accessibilityFindings({ main: body.documentXml, mainPart: "word/document.xml", ...(styles !== undefined ? { styles } : {}), ...(core ? { core } : {}) }, body.paragraphs, {
      structured: body.structure.structured,
      ...(body.headings ? { headings: body.headings } : {}),
      vorlage: body.vorlage,
    });
    found.set(session, properties ? findings : findings.filter((f) => f.code !== "accessibility-title-missing"));
  };
}

/** The read with the accessibility findings of the last full read added. */
export function withAccessibility(session: WordSession, read: PortRead): PortRead {
  const more = found.get(session) ?? [];
  return more.length === 0 ? read : { ...read, findings: [...read.findings, ...more] };
}

/**
 * Queues, into the read sync of an action that writes the Betreff, the document's title; after
 * that sync the answer sets the title from the Betreff in the action's write sync, where the
 * rule of `titleFromBetreff` allows (a title the user set stays). Nothing on hosts below WordApi 1.3.
 */
export function queueTitleFromBetreff(session: WordSession, context: Word.RequestContext): (previous: string, betreff: string) => void {
  if (!session.host.supports("WordApi", "1.3")) return () => undefined;
  const properties = context.document.properties;
  properties.load("title");
  return (previous, betreff) => {
    const title = titleFromBetreff(properties.title, betreff, previous);
    if (title !== undefined) properties.title = title;
  };
}

function coreWithTitle(title: string): string {
  return `<cp:coreProperties xmlns:cp="http://schemas.openxmlformats.org/package/2006/metadata/core-properties" xmlns:dc="http://purl.org/dc/elements/1.1/"><dc:title>${esc(title)}</dc:title></cp:coreProperties>`;
}
