import { type Document as XmlDocument, type Element as XmlElement, type Node as XmlNode } from "@xmldom/xmldom";
import { strToU8 } from "fflate";
import { toDocumentProperties } from "../../core/metadata/document-properties";
import { withoutUnstated } from "../../core/metadata/not-stated";
import { METADATA_VERSION, toMetadataXml, writesMetadataXml } from "../../core/metadata/metadata-xml";
import { keepUnknown, readMetadataXml, type MetadataRead } from "../../core/metadata/read-metadata-xml";
import { clausesCutOut, readMetadataPart } from "../ooxml/read-metadata-part";
import { compareWithBody } from "../../core/metadata/reconcile";
import { randomIds, type IdSource } from "../../core/model/ids";
import type { Clause, Section, Unterpunkt, Vorlage } from "../../core/model/vorlage";
import { withoutWrittenNumbers } from "../../core/model/written-numbers";
import { followReferences } from "../../core/references/follow-references";
import { deriveNumbers } from "../../core/numbering/derive-numbers";
import { InvalidValueError } from "../../core/errors";
import type { Profile } from "../../core/profile/profile";
import { recognize } from "../../core/recognize/recognize";
import type { Finding } from "../../core/validation/finding";
import { keineVorlage } from "../../core/validation/keine-vorlage";
import { validate } from "../../core/validation/validate";
import { formatTag, parseTag } from "../tags";
import { BlockNotFoundError } from "../block-not-found";
import type { Placement } from "../parts";
import { DocxError } from "../ooxml/docx-error";
import { blockSdt, documentXml, esc, FOOTER_REL_ID, inlineSdt, runs, STYLE_IDS, W_NS } from "../ooxml/ooxml";
import { addOverride, addRelationship, findMetadataPart, readCustomProperties, relationships, relsOf, resolveTarget, skeletonParts, text, writeHouseStyleParts, writeOwnProperties, writeMetadataPart, type MutableParts } from "./package-parts";
import { footerXml, stylesXml } from "../ooxml/house-style-parts";
import { COMMENT_AUTHOR, COMMENT_PREFIX, type FindingComment } from "../finding-comments";
import { decodePart, parsePart, serializePart, utf8View } from "../ooxml/parse-xml";
import { checkStructure } from "../ooxml/structure-limits";
import { ReadDecoded, scanXml, type Utf8View } from "../ooxml/xml-scanner";
import { paragraphText, readBody, readBodyXml, textOfParagraph, type BodyParagraph } from "../ooxml/read-body";
import { bodyRead, needsNotPrinted, recognitionInput, withMetadataNotPrinted, withRecoveredNotPrinted } from "../ooxml/body-vorlage";
import type { PrintedForm } from "../../core/metadata/printed-form";
import { accessibilityFindings, bodyFactsStream, importedChunks, type BodyFactsRead } from "../ooxml/accessibility-facts";
import { importedChunkFindings } from "../imported-chunks";
import { brokenReferenceFindings } from "../broken-reference-findings";
import { markedParagraphs } from "../open-revision-places";
import { openRevisionFindings, ownReviewCommentFindings } from "../../core/validation/rules/open-revisions";
import { storyMarks } from "./story-revisions";
import { writeTitleFromBetreff } from "./core-title";
import { pageHeaderTexts } from "./page-header-texts";
import { ownCommentIds, withoutOwnComments } from "../own-comments";
import { firstParagraphOf, PENDING_ID, wrapParagraphContent } from "./first-paragraph-control";
import { withListLabels } from "../ooxml/list-numbering";
import { foreignHiddenTexts, hiddenStyleIds, rawOffset, withoutForeignHidden } from "../ooxml/hidden-text";
import { hiddenTextFindings } from "../ooxml/hidden-text-findings";
import { unseenListNumberFindings } from "../ooxml/list-number-findings";
import { readStructure, type StructureMap } from "../ooxml/read-structure";
import { adoptIds, recoverWithMetadata } from "./recover";
import { notPrinted, printsEverything } from "../../core/metadata/not-printed";
import { oldNotPrintedElements } from "./not-printed-blocks";
import { writeSettingsPart } from "./settings-part";
import { ControlIds } from "./control-ids";
import { addMissingHouseStyles } from "./referenced-styles";
import { renderBody, renderClause, renderSection, renderUnterpunkt } from "../ooxml/render-vorlage";
import { duplicateMetadataFindings } from "./duplicate-metadata";
import { dateFields, formulaFieldFindings, formulaFields, withoutFieldDates } from "../ooxml/date-fields";
import { disguisedTextFindings, disguisedTexts, MAY_DISGUISE } from "../ooxml/disguised-text";
import { bindsWordElsewhere, withWordPrefix } from "../ooxml/word-prefix";
import { disguiseContext } from "./disguise-parts";
import { relatedPartName } from "./related-part";
import { wrapByParagraph } from "./wrap-by-paragraph";
import { canWrapRanges, wrapRange } from "./wrap-range";
import { marksOnNumber } from "./number-marks";
import type { MarkedNumber } from "../marked-numbers";
import { updateReferences } from "./reference-update";
import { linkTypedReferences, type LinkOutcome } from "./link-references";
import { appendReference } from "./append-reference";
import { adoptReferenceFields } from "./adopt-reference-fields";
import { brokenRefFields, splitNumber, type BrokenRefField } from "../ooxml/reference-fields";
import { brokenRefFieldsInBody, refFieldsInBody } from "./references-in-body";
import { shownNumbering } from "../../core/references/typed-targets";
import { assertReadable, DEFAULT_LIMITS, openZip, writeZip, zipReader, type ZipLimits } from "./zip-package";

/** The metadata part a body would write, or undefined where the body holds what the format refuses. */
function metadataOf(v: Vorlage, profile: Profile): string | undefined {
  try {
    return toMetadataXml(v, profile);
  } catch (e) {
    if (e instanceof InvalidValueError) return undefined;
    throw e;
  }
}

/** Whether the metadata part is exactly what the body would write (never, where the body holds what the format refuses); `shown` see writesMetadataXml. */
function writes(stored: string, v: Vorlage, profile: Profile, shown: boolean): boolean {
  try {
    return writesMetadataXml(stored, v, profile, { shown });
  } catch (e) {
    if (e instanceof InvalidValueError) return false;
    throw e;
  }
}

/**
 * The Vorlage the stored metadata part holds, when that part is exactly what this body would
 * write: as read (numbers as shown), or as the add-in writes it (numbers derived, none shown,
 * which is what a document made or edited by the pane or a command carries). Undefined when
 * the part must be parsed and compared. Returned as a function: the Vorlage without its shown
 * numbers is a copy of every clause that `check` and `diff` never ask for (freshRead).
 */
function freshMetadata(stored: string, v: Vorlage, profile: Profile): (() => Vorlage) | undefined {
  // Only the form the part can be in is compared.
  if (stored.includes(' angezeigt="')) return writes(stored, v, profile, true) ? () => v : undefined;
  return writes(stored, v, profile, false) ? () => withoutWrittenNumbers(v) : undefined;
}

/** The metadata part found up to date (freshMetadata): its Vorlage made when first asked for. */
function freshRead(current: () => Vorlage, profile: Profile): MetadataRead {
  let vorlage: Vorlage | undefined;
  return {
    get vorlage(): Vorlage {
      vorlage ??= current();
      return vorlage;
    },
    version: METADATA_VERSION,
    profil: profile.id,
    findings: [],
  };
}

/**
 * What `structure` did. It wraps all of the recognised structure or none of it: a half-
 * structured document would read differently from the text it shows.
 */
export interface StructureOutcome {
  readonly vorlage: Vorlage;
  readonly wrapped: boolean;
  /** Why nothing was wrapped: the document is ours already, or a number or clause cannot be wrapped exactly. */
  /** „keine-vorlage“: recognition found no part of a Vorlage (a letter, a Niederschrift): nothing is wrapped. */
  readonly refusal?: "already-structured" | "number-in-construct" | "clause-across-table" | "keine-vorlage";
  /** With „keine-vorlage“: the finding that says why. */
  readonly keineVorlage?: Finding;
  /**
   * Numbers and header fields that stand in a hyperlink, a tracked change, a field or a smartTag:
   * everything else was structured, these stay the user's text (never cut, never renumbered).
   * A clause or section whose number is left is still wrapped, so order and count stay ours;
   * reading the result says so for each (`structure-number-typed`).
   */
  readonly left?: readonly { readonly kind: "section" | "clause" | "field"; readonly id: string; readonly text: string; readonly paragraph: number }[];
  /** REF fields to our bookmarks on numbers that became references of ours again (a Vorlage of ours that LibreOffice saved without our tags). */
  readonly adoptedReferences?: number;
}

/**
 * What `renumber` may change. The add-in numbers everything (a number the user deleted comes
 * back); `beschluss recognize --renumber` corrects only numbers the document prints
 * (`printedOnly`), and leaves the sections in `keep` (headings numbered in the document's own
 * outline, I., II. of Vortrag and Beschluss) with all their clauses as they are.
 */
export interface RenumberPolicy {
  readonly printedOnly?: boolean;
  readonly keep?: ReadonlySet<string>;
}

/**
 * Why a document must stay as it is: a digital signature (any change breaks it), protection
 * its author enforced (`w:documentProtection`, an edit kind other than none), or metadata a
 * newer major version wrote (its meaning may have changed). Reading is never refused.
 */
export type Unchangeable =
  | { readonly reason: "signed" }
  | { readonly reason: "protected"; readonly edit: string }
  | { readonly reason: "metadata-newer"; readonly version: string };

/** A change was asked of a document that must not be changed; the CLI says why, in one sentence, and exits 2. */
export class UnchangeableDocumentError extends Error {
  constructor(readonly why: Unchangeable) {
    super(`the document must not be changed (${why.reason})`);
    this.name = "UnchangeableDocumentError";
  }
}

const DIGITAL_SIGNATURE_ORIGIN = "http://schemas.openxmlformats.org/package/2006/relationships/digital-signature/origin";
const REL_SETTINGS = "http://schemas.openxmlformats.org/officeDocument/2006/relationships/settings";

/**
 * Whether the Strict namespace stands in the first 2,000 characters of the text (as asked of the
 * decoded text), asked of the bytes: those characters (UTF-16 units) lie in the first 6,000 bytes
 * (UTF-8 writes at most three bytes a unit), and only where the name stands in the first 8,000
 * is the stretch decoded to count them.
 */
function strictIn(view: Utf8View): boolean {
  const head = view.text.slice(0, 8000);
  return head.includes(STRICT_W_NS) && view.utf8(0, head.length).slice(0, 2000).includes(STRICT_W_NS);
}

/** The major version of a metadata part's `version`, when it is newer than ours. */
function newerMajor(version: string | undefined): boolean {
  const major = /^(\d+)(\.|$)/.exec(version ?? "")?.[1];
  return major !== undefined && Number(major) > Number(METADATA_VERSION.split(".")[0]);
}

/** The edit kind of enforced document protection in a settings part, or undefined when none is enforced (read streaming). */
function enforcedProtection(settings: string): string | undefined {
  let found: string | undefined;
  scanXml(settings, "word/settings.xml", {
    open(uri, local, attributes) {
      if (uri === W_NS && local === "writeProtection") {
        // „Password to modify“: Word opens the file read-only unless the password is given. A mere recommendation has no hash.
        if (found === undefined && (attributes.get(W_NS, "hashValue") ?? attributes.get(W_NS, "hash")) !== undefined) found = "writePassword";
        return;
      }
      if (uri !== W_NS || local !== "documentProtection") return;
      const enforcement = attributes.get(W_NS, "enforcement");
      const edit = attributes.get(W_NS, "edit") ?? "none";
      if (enforcement !== undefined && ["1", "true", "on"].includes(enforcement) && edit !== "none") found = edit;
    },
    close() {},
    text() {},
  });
  return found;
}

/** What reading a .docx gives: the Vorlage, how it was obtained, and what was wrong with the document itself. */
export interface DocxRead {
  readonly vorlage: Vorlage;
  /** The document carries our content controls. */
  readonly structured: boolean;
  /** No controls, but our metadata part survived: structure recovered from it and the text. */
  readonly recovered: boolean;
  /** Findings about the document (broken structure, stale metadata); validation comes on top. */
  readonly findings: readonly Finding[];
  readonly metadata: MetadataRead | undefined;
  /** Recognised from plain text: the headings as printed, so that an export says what the document says. */
  readonly printed?: PrintedForm;
}

const READ_PARTS = /^(\[Content_Types\]\.xml|_rels\/\.rels|customXml\/item\d+\.xml|customXml\/itemProps\d+\.xml|customXml\/_rels\/item\d+\.xml\.rels|docProps\/(custom|core)\.xml)$/;
const OFFICE_DOCUMENT = "http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument";
const STRICT_OFFICE_DOCUMENT = "http://purl.oclc.org/ooxml/officeDocument/relationships/officeDocument";
const STRICT_W_NS = "http://purl.oclc.org/ooxml/wordprocessingml/main";

/**
 * The main document part, as Word finds it: the package relationship of type
 * officeDocument in _rels/.rels, read with an XML parser (not a pattern), its target
 * resolved against the package root. No relationship, no main part — a decoy
 * word/document.xml beside a real main part elsewhere is never what we read or edit.
 */
/** The parts the main part's relationships name for its styles, numbering, settings and theme. */
function relatedForReading(rels: ReadonlyMap<string, Uint8Array>, main: string): ReadonlySet<string> {
  return new Set((["styles", "numbering", "settings", "theme"] as const).flatMap((type) => relatedPartName(rels, main, type, undefined) ?? []));
}

function mainPartName(parts: ReadonlyMap<string, Uint8Array>): string {
  const rels = relationships(parts, "_rels/.rels");
  if (rels.some((r) => r.type === STRICT_OFFICE_DOCUMENT)) {
    throw new DocxError("strict-ooxml", "the document is saved as Strict Open XML, which is not read; save it as a Word document (.docx) in Transitional format");
  }
  const main = rels.filter((r) => r.type === OFFICE_DOCUMENT && !r.external);
  if (main.length !== 1) throw new DocxError("no-main-part", main.length === 0 ? "the package has no main document part" : "the package names more than one main document part", { detail: String(main.length) });
  return resolveTarget("_rels/.rels", (main[0] as { target: string }).target);
}

const CONTENT_TYPES_NS = "http://schemas.openxmlformats.org/package/2006/content-types";
/** The content types a WordprocessingML main part may have (document, template, with macros or not), and plain XML, which lenient producers declare. */
const MAIN_PART_TYPES = new Set([
  "application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml",
  "application/vnd.ms-word.document.macroenabled.main+xml",
  "application/vnd.openxmlformats-officedocument.wordprocessingml.template.main+xml",
  "application/vnd.ms-word.template.macroenabledtemplate.main+xml",
  "application/xml",
  "text/xml",
]);

/**
 * The content type [Content_Types].xml gives the main part: its Override, else the Default of
 * its extension (both compared without case, as OPC names are); undefined where neither says.
 */
function declaredType(parts: ReadonlyMap<string, Uint8Array>, main: string): string | undefined {
  const types = text(parts, "[Content_Types].xml");
  if (types === undefined) return undefined;
  const name = `/${main}`.toLowerCase();
  const extension = /\.([^./]+)$/u.exec(main)?.[1]?.toLowerCase();
  let override: string | undefined;
  let byExtension: string | undefined;
  scanXml(types, "[Content_Types].xml", {
    open(uri, local, attributes) {
      if (uri !== CONTENT_TYPES_NS) return;
      if (local === "Override" && attributes.get("", "PartName")?.toLowerCase() === name) override ??= attributes.get("", "ContentType");
      else if (local === "Default" && extension !== undefined && attributes.get("", "Extension")?.toLowerCase() === extension) byExtension ??= attributes.get("", "ContentType");
    },
    close() {},
    text() {},
  });
  return (override ?? byExtension)?.trim().toLowerCase();
}

/** What a package's main part is declared as; Word opens each only under its own ending (.docx, .docm, .dotx, .dotm). */
/** Where a block read from a document's text stands: the first and last of its paragraphs (indices of `paragraphs()`). */
export interface TextPlace {
  readonly first: number;
  readonly last: number;
}

export type WordKind = "document" | "macro-document" | "template" | "macro-template";

/** The kind of Word file a package declares (only its content types and package relationships are read). Throws `DocxError`. */
export function wordKindOf(bytes: Uint8Array, limits: ZipLimits = DEFAULT_LIMITS): WordKind {
  const parts = openZip(bytes, (name) => name === "_rels/.rels" || name === "[Content_Types].xml", limits);
  const type = declaredType(parts, mainPartName(parts));
  if (type === "application/vnd.ms-word.document.macroenabled.main+xml") return "macro-document";
  if (type === "application/vnd.openxmlformats-officedocument.wordprocessingml.template.main+xml") return "template";
  if (type === "application/vnd.ms-word.template.macroenabledtemplate.main+xml") return "macro-template";
  return "document";
}

/**
 * A .docx opened for reading or editing. Edits change document.xml (and the metadata
 * parts); every other part is written back byte for byte as it was read.
 */
export class DocxDocument {
  private dirty = false;
  /** The metadata part was written in this session: a write, after which no hidden paragraph of an earlier version stays (see `moveNotPrinted`). */
  private metadataWritten = false;
  private map: StructureMap | undefined;

  private dom: XmlDocument | undefined;
  private readonly controlIds = new ControlIds(() => this.doc);
  /** The profile the document was last read with: the house style that blocks we insert name (see `addMissingHouseStyles`). */
  private styleProfile: Profile | undefined;

  private constructor(
    private readonly parts: MutableParts,
    private readonly mainPart: string,
    /** The main part's text, or its bytes, decoded on first use (reading streams them undecoded: `view`). */
    private main: string | Uint8Array,
    /** The main part's bytes as the scanner reads them undecoded, where it can (parse-xml.ts, `utf8View`). */
    private readonly view?: Utf8View,
  ) {}

  /** The main part's text as it was opened. */
  private get xml(): string {
    if (typeof this.main !== "string") this.main = decodePart(this.main, this.mainPart);
    return this.main;
  }

  private patternXmlRead: string | undefined;

  /**
   * The main part's text for the passes that read it with patterns (date and formula fields, type nobody sees):
   * as opened, or, where it binds WordprocessingML to another prefix than „w“, written out with „w“ (word-prefix.ts).
   * Its undecoded bytes are looked at for that where they are at hand.
   */
  private get patternXml(): string {
    this.patternXmlRead ??= bindsWordElsewhere(this.view !== undefined && typeof this.main !== "string" ? this.view.text : this.xml) ? withWordPrefix(this.xml, this.mainPart) : this.xml;
    return this.patternXmlRead;
  }

  /** The tree of document.xml, parsed on first use: reading streams the text and never needs it. */
  private get doc(): XmlDocument {
    this.dom ??= parsePart(this.xml, this.mainPart);
    return this.dom;
  }

  /** Opens a .docx; `edit` loads every part (to write them back), reading only what checking needs. Throws `DocxError`. */
  static open(bytes: Uint8Array, options: { readonly edit?: boolean; readonly limits?: ZipLimits } = {}): DocxDocument {
    const limits = options.limits ?? DEFAULT_LIMITS;
    // One reading for checking and editing: the main part is found the same way, and every
    // part either loads is decoded, bounded and checked the same way.
    // Part names equal but for case are refused by openZip itself (zip-package.ts).
    // The directory is read and checked once; _rels/.rels, taken first, is not inflated again below.
    const zip = zipReader(bytes, limits);
    const index = zip.parts((name) => name === "_rels/.rels");
    const main = mainPartName(index);
    const mainRels = relsOf(main);
    const mainDir = main.replace(/[^/]*$/, "");
    // The main part's folder: styles, numbering, settings, footnotes, headers; and wherever the main part's relationships put
    // its styles, numbering, settings and theme (Word takes them from there, and so does the reading: a decoy by the default name is not read).
    const related = options.edit ? new Set<string>() : relatedForReading(zip.parts((name) => name === mainRels), main);
    const all = zip.parts(options.edit ? () => true : (name) => READ_PARTS.test(name) || name === main || name === mainRels || related.has(name) || (name.startsWith(mainDir) && /^[^/]+\.xml$/.test(name.slice(mainDir.length))));
    const parts: MutableParts = new Map(all);
    // Word opens a package only when its main part is declared as WordprocessingML: one declared an image (or anything
    // else) is no Word document, whatever its bytes hold, and nothing may be said of it as of one.
    const type = declaredType(parts, main);
    if (type !== undefined && !MAIN_PART_TYPES.has(type)) throw new DocxError("no-main-part", `the main part ${main} is declared as ${type}, not as a Word document`, { part: main });
    const raw = parts.get(main);
    if (raw === undefined) throw new DocxError("no-main-part", `the package has no main document part (${main})`, { part: main });
    // Read from its bytes undecoded where they allow it (not for editing, which builds the tree from the text): what is
    // asked of the text below (DOCTYPE, the Strict namespace: ASCII) reads alike from the bytes, and the body streams from them.
    const view = options.edit ? undefined : utf8View(raw);
    const xml = view === undefined ? decodePart(raw, main) : undefined;
    const searched = view?.text ?? (xml as string);
    if (/<!DOCTYPE/i.test(searched)) throw new DocxError("doctype", `${main} declares a DOCTYPE, which a Word document never does (refused: entity expansion)`, { part: main });
    // For editing, the limits are checked before the tree is built; for reading, the one streaming pass below checks them.
    if (options.edit) checkStructure(xml as string, main);
    if (view === undefined ? (xml as string).slice(0, 2000).includes(STRICT_W_NS) : strictIn(view)) {
      throw new DocxError("strict-ooxml", "the document is saved as Strict Open XML, which is not read; save it as a Word document (.docx) in Transitional format");
    }
    const document = new DocxDocument(parts, main, xml ?? raw, view);
    // Read once: the body and the accessibility facts of the main part in one pass, which also enforces the
    // structure limits (so that opening refuses what it refused before, and `read` finds the work done).
    if (!options.edit) document.streamed = document.stream();
    // Every XML part the editor may parse is held to the same rules now, so that check and edit refuse alike.
    for (const [name, data] of parts) if (name !== main && /\.(xml|rels)$/i.test(name)) checkStructure(decodePart(data, name), name);
    return document;
  }

  /** The main part read by streaming, not yet used by `read`. */
  private streamed: { readonly paragraphs: BodyParagraph[]; readonly facts: BodyFactsRead } | undefined;

  /** The body's paragraphs and the accessibility facts of the main part, in one streaming pass. */
  private stream(): { readonly paragraphs: BodyParagraph[]; readonly facts: BodyFactsRead } {
    if (this.view !== undefined) {
      const { handler, facts } = bodyFactsStream();
      try {
        return { paragraphs: readBodyXml(this.view, this.mainPart, this.hiddenStyles, handler), facts };
      } catch (e) {
        // What only the decoded text decides (a name beyond ASCII, anything refused): read afresh from it, below.
        if (!(e instanceof ReadDecoded)) throw e;
      }
    }
    const { handler, facts } = bodyFactsStream();
    return { paragraphs: readBodyXml(this.xml, this.mainPart, this.hiddenStyles, handler), facts };
  }

  /** A new document holding the Vorlage, with its metadata written. */
  static create(given: Vorlage, profile: Profile, now: string): DocxDocument {
    // A reference whose number is stale (a JSON export with clauses moved since) names its target's number as the document will show it: in the body and in the metadata alike.
    const v = followReferences(given, deriveNumbers(given, profile.numbering));
    const parts = skeletonParts(now);
    writeHouseStyleParts(parts, stylesXml(profile), footerXml(profile), FOOTER_REL_ID);
    writeSettingsPart(parts);
    const xml = documentXml(renderBody(v, profile), { footer: true });
    parts.set("word/document.xml", strToU8(xml));
    writeTitleFromBetreff(parts, v.header.betreff);
    const d = new DocxDocument(parts, "word/document.xml", xml);
    if (v.sections.some((s) => s.clauses.some((c) => c.verweise || c.unterpunkte?.some((u) => u.verweise)))) d.renumber(profile);
    d.writeMetadata(v, profile);
    return d;
  }

  private get body(): XmlElement {
    // The root's child, found without a search of the whole tree (which a live element list does on every use after a change).
    for (let n = this.doc.documentElement?.firstChild ?? null; n; n = n.nextSibling) {
      if (n.nodeType === 1 && (n as XmlElement).localName === "body" && (n as XmlElement).namespaceURI === W_NS) return n as XmlElement;
    }
    const body = this.doc.getElementsByTagNameNS(W_NS, "body").item(0);
    if (!body) throw new DocxError("no-main-part", `${this.mainPart} has no w:body`);
    return body;
  }

  paragraphs(): BodyParagraph[] {
    return this.labelled(readBody(this.body, this.hiddenStyles));
  }

  private hiddenStylesRead: ReadonlySet<string> | undefined;

  /**
   * The paragraph and character styles that hide their text, from the styles part the main part's
   * relationship names (as the reading takes them, never a decoy `word/styles.xml` beside it): the
   * preview leaves their text off the page as the reading leaves it out.
   */
  stylesHidingText(): ReadonlySet<string> {
    return this.hiddenStyles;
  }

  /** The styles that hide their text, read once. */
  private get hiddenStyles(): ReadonlySet<string> {
    this.hiddenStylesRead ??= hiddenStyleIds(this.relatedText("styles"));
    return this.hiddenStylesRead;
  }

  /**
   * With the list numbers Word shows (numbering.xml and styles.xml), which the text itself
   * lacks; without the hidden paragraphs that are not ours, which a reader never sees.
   */
  private labelled(paragraphs: BodyParagraph[]): BodyParagraph[] {
    return withoutForeignHidden(withListLabels(paragraphs, this.relatedText("numbering"), this.relatedText("styles")), this.hiddenStyles);
  }

  /** The styles or numbering Word uses: the part the main part's relationship names (else word/styles.xml, word/numbering.xml). */
  private relatedText(type: "styles" | "numbering"): string | undefined {
    const name = relatedPartName(this.parts, this.mainPart, type, `word/${type}.xml`);
    return name === undefined ? undefined : text(this.parts, name);
  }

  /** The REF fields of the body whose bookmark the body lacks (Word prints „Fehler! Verweisquelle konnte nicht gefunden werden.“ there). */
  brokenReferenceFields(): readonly BrokenRefField[] {
    if (this.dom) return brokenRefFieldsInBody(this.body);
    // No field code (w:instr, w:instrText), the first thing brokenRefFields asks, read from the bytes where they are at hand: the text is not decoded for it.
    if (this.view !== undefined && typeof this.main !== "string" && !this.view.text.includes("instr")) return [];
    return brokenRefFields(this.xml);
  }

  /** Reads the Vorlage: from our controls, else recovered with the metadata part, else recognised from the text. */
  read(profile: Profile, ids: IdSource = randomIds): DocxRead {
    this.styleProfile = profile;
    const streamed = this.dom ? undefined : (this.streamed ?? this.stream());
    this.streamed = undefined;
    const raw = streamed ? streamed.paragraphs : readBody(this.body, this.hiddenStyles);
    const paragraphs = this.labelled(raw);
    const structure = readStructure(paragraphs, profile, ids);
    // Only a map read from the tree holds elements that edits can use.
    if (this.dom) this.map = structure.map;
    const body = bodyRead(paragraphs, structure, profile, ids, () => pageHeaderTexts(this.parts, this.mainPart, this.xml));
    const partName = findMetadataPart(this.parts);
    const stored = partName ? (text(this.parts, partName) ?? "") : undefined;
    // What the house style does not print lives in the metadata part: that part is read (streaming, no DOM) for it.
    const needs = stored !== undefined && needsNotPrinted(structure, profile);
    // The common case: the part is exactly what the body would write. Then there is
    // nothing to parse or compare (and checking a folder of documents stays fast). Those
    // values need no clause of the part: read without them first; a part that is then not
    // exactly what the body writes is read whole and decided again, as if this try had not been
    // (which is also why the try may read the part with its clauses cut out unscanned).
    let parsed = needs ? readMetadataPart(clausesCutOut(stored), partName, { withoutClauses: true }) : undefined;
    let vorlage = withMetadataNotPrinted(body.vorlage, structure, parsed?.vorlage, profile);
    let current = stored !== undefined && structure.structured ? freshMetadata(stored, vorlage, profile) : undefined;
    if (needs && current === undefined) {
      parsed = readMetadataPart(stored, partName);
      vorlage = withMetadataNotPrinted(body.vorlage, structure, parsed.vorlage, profile);
      current = structure.structured ? freshMetadata(stored, vorlage, profile) : undefined;
    }
    const fresh = current !== undefined;
    const metadata: MetadataRead | undefined =
      stored === undefined ? undefined : current !== undefined ? freshRead(current, profile) : (parsed ?? readMetadataPart(stored, partName));
    const findings: Finding[] = [...structure.findings, ...body.findings, ...(metadata?.findings ?? []), ...(stored === undefined ? [] : duplicateMetadataFindings(this.parts))];
    let recovered = false;
    if (!structure.structured && metadata?.vorlage) {
      vorlage = withRecoveredNotPrinted(recoverWithMetadata(vorlage, metadata.vorlage), metadata.vorlage, profile);
      recovered = true;
      // The surviving part states the Federführung the text only implies by the number's office code: stated, no inference (tryout7 F7).
      const inferredLead = findings.findIndex((f) => f.code === "recognize-federfuehrung-inferred");
      if (inferredLead >= 0 && metadata.vorlage.zustaendigkeit.federfuehrend !== "") findings.splice(inferredLead, 1);
    }
    if (body.inPlace && metadata?.vorlage) vorlage = adoptIds(vorlage, metadata.vorlage);
    if (!fresh && metadata?.vorlage) findings.push(...compareWithBody(vorlage, metadata.vorlage));
    // A date shown by a DATE, TIME, PRINTDATE or SAVEDATE field (Sitzungsdatum, Bezug, Beratung, Zeichnung) is no fixed date: its cached result is not taken.
    const fields = this.mainHasFields();
    const dated = withoutFieldDates(vorlage, fields ? dateFields(this.patternXml) : []);
    vorlage = dated.vorlage;
    findings.push(...dated.findings);
    // A formula field shows its cached result; updated, it may show another figure.
    findings.push(...formulaFieldFindings(fields ? formulaFields(this.patternXml) : []));
    // White type on a white page, or 1-point type: text of the Vorlage nobody sees on the page.
    // By the run's own formatting, or by its styles, the table's style, the document defaults and the theme.
    const disguise = disguiseContext(this.parts, this.mainPart);
    findings.push(...disguisedTextFindings(disguise.looks.any || this.mainMayDisguise() ? disguisedTexts(this.patternXml, disguise.looks, disguise.colours) : []));
    // A REF field to a bookmark the document lacks prints Word's „Fehler! Verweisquelle konnte nicht gefunden werden.“
    findings.push(...brokenReferenceFindings(this.brokenReferenceFields()));
    // Hidden text of others is no text of the Vorlage and is not read, but it stays in the file and is published with it.
    findings.push(...hiddenTextFindings(foreignHiddenTexts(raw, this.hiddenStyles)));
    // A list number its numbering level hides or makes invisible is read as the number, but nobody sees it.
    findings.push(...unseenListNumberFindings(paragraphs));
    // Imported chunks (w:altChunk) are text Word shows and we never read: the document is not called complete.
    findings.push(...importedChunkFindings(importedChunks(streamed ? streamed.facts : this.body)));
    // Tracked changes and comments, counted per paragraph as the body was read: the text is not decided yet.
    // And those in footnotes, page headers and footers and text boxes, which Word prints and publishes alike.
    // The body is decoded for its text boxes only where its bytes hold one (the streamed read never decodes it).
    const withBoxes = (): string | undefined => (this.view !== undefined && typeof this.main !== "string" && !this.view.text.includes("txbxContent") ? undefined : this.xml);
    const stories = storyMarks(this.parts, this.mainPart, withBoxes, (name) => text(this.parts, name));
    // The add-in's own review comments are named as what they are, apart from the users' comments.
    const users = withoutOwnComments(paragraphs, paragraphs.some((p) => p.commentIds !== undefined) ? ownCommentIds(text(this.parts, "word/comments.xml")) : new Set());
    findings.push(...openRevisionFindings([...markedParagraphs(users.paragraphs, body.recognized), ...stories], { vorlage, read: body.vorlage, ...(structure.structured ? { derived: profile.numbering } : {}) }));
    findings.push(...ownReviewCommentFindings(users.own));
    findings.push(...accessibilityFindings({ main: streamed ? streamed.facts : this.body, mainPart: this.mainPart, styles: this.relatedText("styles"), core: text(this.parts, "docProps/core.xml") }, paragraphs, { structured: structure.structured, headings: body.headings, vorlage }));
    return { vorlage, structured: structure.structured, recovered, findings, metadata, ...(body.printed && !recovered ? { printed: body.printed } : {}) };
  }

  /** Whether the main part may hold white or tiny type (a value that could be one); its undecoded bytes are looked at where they are at hand. */
  private mainMayDisguise(): boolean {
    if (this.patternXmlRead !== undefined) return MAY_DISGUISE.test(this.patternXmlRead);
    const text = this.view !== undefined && typeof this.main !== "string" ? this.view.text : this.xml;
    return MAY_DISGUISE.test(bindsWordElsewhere(text) ? this.patternXml : text);
  }

  /** Whether the main part holds a field instruction; its undecoded bytes are looked at where they are at hand. */
  private mainHasFields(): boolean {
    return this.view !== undefined && typeof this.main !== "string" ? this.view.text.includes("instr") : this.xml.includes("instr");
  }

  /**
   * Why this document must not be restructured, if it must not: signed, protected (unless
   * `ignoreProtection`), or carrying metadata of a newer major version. Open it with `edit`,
   * so that every part is there to look at.
   */
  unchangeable(options: { readonly ignoreProtection?: boolean } = {}): Unchangeable | undefined {
    const signed = [...this.parts.keys()].some((n) => n.toLowerCase().startsWith("_xmlsignatures/")) || relationships(this.parts, "_rels/.rels").some((r) => r.type === DIGITAL_SIGNATURE_ORIGIN);
    if (signed) return { reason: "signed" };
    const version = this.storedMetadataVersion();
    if (newerMajor(version)) return { reason: "metadata-newer", version: version as string };
    if (!options.ignoreProtection) {
      const mainRels = relsOf(this.mainPart);
      const rel = relationships(this.parts, mainRels).find((r) => r.type === REL_SETTINGS && !r.external);
      const settings = text(this.parts, rel ? resolveTarget(mainRels, rel.target) : this.mainPart.replace(/[^/]*$/, "settings.xml"));
      const edit = settings === undefined ? undefined : enforcedProtection(settings);
      if (edit !== undefined) return { reason: "protected", edit };
    }
    return undefined;
  }

  /** The profile our stored metadata part names (`profil`), if there is one: the CLI reads the document with it. */
  storedProfileId(): string | undefined {
    const name = findMetadataPart(this.parts);
    if (name === undefined) return undefined;
    const xml = text(this.parts, name) ?? "";
    // As we write it, the root's start tag holds a plain name: read from it without parsing the part (checking a folder stays fast).
    const plain = /^(?:<\?xml[^>]*\?>)?\s*<vorlage\s[^>]*?\bprofil="([a-z0-9_-]+)"[^>]*>/u.exec(xml)?.[1];
    return plain ?? readMetadataPart(xml, name).profil;
  }

  /** The version our stored metadata part declares, if there is one. */
  private storedMetadataVersion(): string | undefined {
    const name = findMetadataPart(this.parts);
    return name === undefined ? undefined : readMetadataPart(text(this.parts, name) ?? "", name).version;
  }

  /** The custom document properties (docProps/custom.xml), name → value. */
  properties(): ReadonlyMap<string, string | number | boolean> {
    return readCustomProperties(this.parts);
  }

  /** The w:sdt element of a section or clause (the tree is built first, so the map holds elements). */
  private block(id: string, profile: Profile): XmlElement | undefined {
    void this.doc;
    if (!this.map) this.read(profile);
    return (this.map as StructureMap).blocks.get(id) as XmlElement | undefined;
  }

  private fragment(xml: string): XmlElement[] {
    const wrapper = parsePart(`<w:body xmlns:w="${W_NS}">${xml}</w:body>`, "fragment").documentElement as XmlElement;
    const nodes: XmlElement[] = [];
    for (let n = wrapper.firstChild; n; n = n.nextSibling) if (n.nodeType === 1) nodes.push(this.doc.importNode(n, true) as XmlElement);
    this.controlIds.assign(nodes);
    return nodes;
  }

  private insertNodes(nodes: readonly XmlElement[], after: XmlElement | undefined): void {
    const parent = after?.parentNode ?? this.body;
    let ref = after ? after.nextSibling : null;
    if (!after) {
      // At the end of the body, before its section properties.
      for (let n = this.body.lastChild; n; n = n.previousSibling) if (n.nodeType === 1 && (n as XmlElement).localName === "sectPr") ref = n;
    }
    for (const node of nodes) parent.insertBefore(node, ref);
    this.dirty = true;
    this.map = undefined;
  }

  /** Inserts a section after the block with id `afterId` (its last clause included), or at the end. */
  insertSection(section: Section, profile: Profile, afterId?: string): void {
    const derived = (n: Section | Clause) => deriveNumbers({ sections: [section] } as unknown as Vorlage, profile.numbering).byId.get(n.id) ?? "";
    const after = afterId ? this.block(afterId, profile) : undefined;
    this.insertNodes(this.fragment(renderSection(section, profile, derived)), after);
  }

  /** Inserts a clause into a section: after the clause `afterId`, or as the section's last clause. */
  insertClause(clause: Clause, sectionId: string, profile: Profile, afterId?: string): void {
    const section = this.block(sectionId, profile);
    if (!section) throw new BlockNotFoundError(sectionId);
    const content = section.getElementsByTagNameNS(W_NS, "sdtContent").item(0) as XmlElement;
    const after = afterId ? this.block(afterId, profile) : (content.lastChild as XmlElement | null) ?? undefined;
    const nodes = this.fragment(renderClause(clause, "?"));
    if (after) this.insertNodes(nodes, after);
    else for (const node of nodes) content.appendChild(node);
    this.dirty = true;
    this.map = undefined;
  }

  /** The sub-point controls directly inside a clause's control, in order. */
  private unterpunktControls(clause: XmlElement): XmlElement[] {
    const content = clause.getElementsByTagNameNS(W_NS, "sdtContent").item(0) as XmlElement;
    const out: XmlElement[] = [];
    for (let n = content.firstChild; n; n = n.nextSibling) {
      if (n.nodeType === 1 && (n as XmlElement).localName === "sdt" && parseTag(this.ownTag(n as XmlElement)?.getAttributeNS(W_NS, "val") ?? "")?.kind === "unterpunkt") out.push(n as XmlElement);
    }
    return out;
  }

  /** The control of sub-point `id` inside clause `clause`, or a BlockNotFoundError. */
  private unterpunktIn(clause: XmlElement, id: string): XmlElement {
    const el = this.unterpunktControls(clause).find((u) => this.ownTag(u)?.getAttributeNS(W_NS, "val") === formatTag({ kind: "unterpunkt", id }));
    if (!el) throw new BlockNotFoundError(id);
    return el;
  }

  /**
   * Inserts a sub-point into a clause: right after its sub-point `afterId`, or as its first
   * (after the clause's own paragraphs). Its letter is a placeholder until `renumber`.
   */
  insertUnterpunkt(unterpunkt: Unterpunkt, clauseId: string, profile: Profile, afterId?: string): void {
    const clause = this.block(clauseId, profile);
    if (!clause || this.kindOf(clause) !== "ziffer") throw new BlockNotFoundError(clauseId);
    const [node] = this.fragment(renderUnterpunkt(unterpunkt, "?"));
    const content = clause.getElementsByTagNameNS(W_NS, "sdtContent").item(0) as XmlElement;
    const ref = afterId === undefined ? (this.unterpunktControls(clause)[0] ?? null) : this.unterpunktIn(clause, afterId).nextSibling;
    content.insertBefore(node as XmlElement, ref);
    this.dirty = true;
    this.map = undefined;
  }

  /** Moves a sub-point within its clause: right after its sibling `afterId`, or first. */
  moveUnterpunkt(id: string, afterId: string | undefined): void {
    const el = this.controlByTag(formatTag({ kind: "unterpunkt", id }));
    const clause = el?.parentNode?.parentNode as XmlElement | undefined;
    if (!el || !clause) throw new BlockNotFoundError(id);
    const siblings = this.unterpunktControls(clause);
    const after = afterId === undefined ? undefined : this.unterpunktIn(clause, afterId);
    if (after === el) return;
    const content = el.parentNode as XmlElement;
    content.removeChild(el);
    content.insertBefore(el, after ? after.nextSibling : (siblings.find((u) => u !== el) ?? null));
    this.dirty = true;
    this.map = undefined;
  }

  private kindOf(sdt: XmlElement): string | undefined {
    return parseTag(this.ownTag(sdt)?.getAttributeNS(W_NS, "val") ?? "")?.kind;
  }

  /** Removes a section, clause or sub-point with everything in it. */
  deleteBlock(id: string, profile: Profile): void {
    const el = this.block(id, profile) ?? this.controlByTag(formatTag({ kind: "unterpunkt", id }));
    if (!el) throw new BlockNotFoundError(id);
    el.parentNode?.removeChild(el);
    this.dirty = true;
    this.map = undefined;
  }

  /**
   * Moves a section or clause to stand right after `afterId` (undefined: first in its
   * container). A clause moved after a section becomes that section's first clause.
   */
  moveBlock(id: string, afterId: string | undefined, profile: Profile): void {
    const el = this.block(id, profile);
    if (!el) throw new BlockNotFoundError(id);
    const after = afterId ? this.block(afterId, profile) : undefined;
    if (afterId && !after) throw new BlockNotFoundError(afterId);
    const kindOf = (sdt: XmlElement) => parseTag(this.ownTag(sdt)?.getAttributeNS(W_NS, "val") ?? "")?.kind;
    const home = el.parentNode ?? this.body;
    el.parentNode?.removeChild(el);
    if (after && kindOf(el) === "ziffer" && kindOf(after) === "abschnitt") {
      const content = after.getElementsByTagNameNS(W_NS, "sdtContent").item(0) as XmlElement;
      let ref = content.firstChild;
      while (ref && !(ref.nodeType === 1 && (ref as XmlElement).localName === "sdt")) ref = ref.nextSibling;
      content.insertBefore(el, ref);
    } else {
      const parent = after?.parentNode ?? home;
      // First in its container; in a section, that is after the heading paragraph.
      let first = parent.firstChild;
      while (!after && first && kindOf(el) === "ziffer" && !(first.nodeType === 1 && (first as XmlElement).localName === "sdt")) first = first.nextSibling;
      parent.insertBefore(el, after ? after.nextSibling : first);
    }
    this.dirty = true;
    this.map = undefined;
  }

  /** The first control (anywhere in the body) with exactly this tag. */
  private controlByTag(tag: string): XmlElement | undefined {
    const sdts = this.body.getElementsByTagNameNS(W_NS, "sdt");
    for (let i = 0; i < sdts.length; i++) {
      const sdt = sdts.item(i) as XmlElement;
      if (this.ownTag(sdt)?.getAttributeNS(W_NS, "val") === tag) return sdt;
    }
    return undefined;
  }

  /**
   * Whether a REF field outside our reference controls is in the body (LibreOffice kept it, a user
   * pasted it): a reference that reads as typed words may then be such a field, which follows its bookmark.
   */
  hasUnmanagedReferenceFields(): boolean {
    void this.doc;
    return refFieldsInBody(this.body).some((f) => !f.managed);
  }

  /** Whether the body holds any control of ours (a document we made or structured), or is read from its text alone. */
  hasOwnControls(): boolean {
    return this.paragraphs().some((p) => p.blocks.length > 0 || p.segments.some((s) => s.tag !== undefined));
  }

  hasControl(tag: string): boolean {
    return this.controlByTag(tag) !== undefined;
  }

  /** Puts block XML in place of the control `replace` if it exists, else at `placement`. */
  placeBlock(xml: string, replace: string | undefined, placement: Placement): void {
    const nodes = this.fragment(xml);
    const old = replace === undefined ? undefined : this.controlByTag(replace);
    if (old) {
      for (const n of nodes) old.parentNode?.insertBefore(n, old);
      old.parentNode?.removeChild(old);
    } else if (placement.kind === "start") {
      for (const n of nodes) this.body.insertBefore(n, this.body.firstChild);
    } else if (placement.kind === "after") {
      const anchor = this.controlByTag(placement.tag);
      if (!anchor) throw new BlockNotFoundError(placement.tag);
      this.insertNodes(nodes, anchor);
    } else this.insertNodes(nodes, undefined);
    this.dirty = true;
    this.map = undefined;
  }

  /** Puts block XML after paragraph `index` of `paragraphs()`, at the body's level (after the table or control that holds it). */
  placeAfterParagraph(xml: string, index: number): void {
    const p = this.paragraphs()[index]?.element as XmlElement | undefined;
    if (!p) throw new BlockNotFoundError(`paragraph ${index}`);
    this.insertNodes(this.fragment(xml), this.childOf(this.body, p));
  }

  /**
   * Adds comments (ECMA-376 §17.13.4) anchored at controls, or at the first paragraph for
   * the whole document, after removing earlier ones of our author. Others stay.
   */
  setFindingComments(comments: readonly FindingComment[], now: string, places: ReadonlyMap<string, TextPlace> = new Map()): readonly FindingComment[] {
    this.removeFindingComments();
    if (comments.length === 0) return [];
    const unplaced: FindingComment[] = [];
    const part = parsePart(text(this.parts, "word/comments.xml") ?? `<w:comments xmlns:w="${W_NS}"/>`, "word/comments.xml");
    const root = part.documentElement as XmlElement;
    const ids = part.getElementsByTagNameNS(W_NS, "comment");
    let next = 1;
    for (let i = 0; i < ids.length; i++) next = Math.max(next, Number((ids.item(i) as XmlElement).getAttributeNS(W_NS, "id")) + 1);
    for (const c of comments) {
      const id = next++;
      const xml = `<w:comment xmlns:w="${W_NS}" w:id="${id}" w:author="${esc(COMMENT_AUTHOR)}" w:date="${esc(now)}" w:initials="BV"><w:p><w:r><w:t xml:space="preserve">${esc(COMMENT_PREFIX + c.text)}</w:t></w:r></w:p></w:comment>`;
      root.appendChild(part.importNode(parsePart(xml, "comment").documentElement as XmlElement, true));
      const control = c.tag === undefined ? undefined : this.controlByTag(c.tag);
      const tag = c.tag === undefined || control ? undefined : parseTag(c.tag);
      const place = tag && "id" in tag ? places.get(tag.id) : undefined;
      if (c.tag !== undefined && !control && !place) unplaced.push(c);
      this.anchorComment(id, control, place);
    }
    this.parts.set("word/comments.xml", serializePart(part));
    addOverride(this.parts, "/word/comments.xml", "application/vnd.openxmlformats-officedocument.wordprocessingml.comments+xml");
    addRelationship(this.parts, relsOf(this.mainPart), "http://schemas.openxmlformats.org/officeDocument/2006/relationships/comments", "comments.xml");
    this.dirty = true;
    return unplaced;
  }

  /**
   * A document read from its text (no control of ours): the paragraphs (indices of `paragraphs()`) each
   * recognised section (heading to last clause) and clause stands in, by id, so that a comment about it is
   * anchored there as on a document we made. `ids` must be a fresh source like the read's, so the ids match.
   */
  textPlaces(profile: Profile, ids: IdSource): ReadonlyMap<string, TextPlace> {
    const paragraphs = this.paragraphs();
    const structure = readStructure(paragraphs, profile, ids);
    const places = new Map<string, TextPlace>();
    if (structure.structured) return places;
    const anchors = bodyRead(paragraphs, structure, profile, ids, () => pageHeaderTexts(this.parts, this.mainPart, this.xml)).recognized?.anchors;
    for (const s of anchors?.sections ?? []) {
      for (const c of s.clauses) places.set(c.id, { first: c.first, last: c.last });
      places.set(s.id, { first: s.heading, last: Math.max(s.heading, ...s.clauses.map((c) => c.last)) });
    }
    return places;
  }

  private anchorComment(id: number, control: XmlElement | undefined, place?: TextPlace): void {
    const [holder] = this.fragment(`<w:p><w:commentRangeStart w:id="${id}"/><w:commentRangeEnd w:id="${id}"/><w:r><w:commentReference w:id="${id}"/></w:r></w:p>`);
    const [start, end, reference] = [0, 1, 2].map((i) => (holder as XmlElement).childNodes.item(i) as XmlElement) as [XmlElement, XmlElement, XmlElement];
    if (place) {
      const all = this.paragraphs();
      const [from, to] = [all[place.first]?.element as XmlElement | undefined, all[place.last]?.element as XmlElement | undefined];
      if (from && to) {
        const pPr = from.firstChild && (from.firstChild as XmlElement).localName === "pPr" ? from.firstChild.nextSibling : from.firstChild;
        from.insertBefore(start, pPr);
        to.appendChild(end);
        to.appendChild(reference);
        return;
      }
    }
    const paragraphs = (control ?? this.body).getElementsByTagNameNS(W_NS, "p");
    const first = paragraphs.item(0);
    if (control && !first) {
      // An inline control: around it, inside its paragraph.
      control.parentNode?.insertBefore(start, control);
      control.parentNode?.insertBefore(reference, control.nextSibling);
      control.parentNode?.insertBefore(end, control.nextSibling);
      return;
    }
    const last = control ? paragraphs.item(paragraphs.length - 1) : first;
    if (!first || !last) return;
    const pPr = first.firstChild && (first.firstChild as XmlElement).localName === "pPr" ? first.firstChild.nextSibling : first.firstChild;
    first.insertBefore(start, pPr);
    last.appendChild(end);
    last.appendChild(reference);
  }

  /** Removes our comments and their anchors; returns how many. */
  removeFindingComments(): number {
    const xml = text(this.parts, "word/comments.xml");
    if (xml === undefined) return 0;
    const doc = parsePart(xml, "word/comments.xml");
    const ours = new Set<string>();
    const comments = doc.getElementsByTagNameNS(W_NS, "comment");
    for (let i = comments.length - 1; i >= 0; i--) {
      const c = comments.item(i) as XmlElement;
      if (c.getAttributeNS(W_NS, "author") === COMMENT_AUTHOR) {
        ours.add(c.getAttributeNS(W_NS, "id") ?? "");
        c.parentNode?.removeChild(c);
      }
    }
    if (ours.size === 0) return 0;
    for (const name of ["commentRangeStart", "commentRangeEnd", "commentReference"]) {
      const found = this.body.getElementsByTagNameNS(W_NS, name);
      for (let i = found.length - 1; i >= 0; i--) {
        const el = found.item(i) as XmlElement;
        if (!ours.has(el.getAttributeNS(W_NS, "id") ?? "")) continue;
        const target = name === "commentReference" && (el.parentNode as XmlElement | null)?.localName === "r" ? (el.parentNode as XmlElement) : el;
        target.parentNode?.removeChild(target);
      }
    }
    this.parts.set("word/comments.xml", serializePart(doc));
    this.dirty = true;
    return ours.size;
  }

  /** Comments in the document: ours (without prefix) and everybody else's. */
  comments(): { readonly ours: readonly string[]; readonly others: readonly string[] } {
    const xml = text(this.parts, "word/comments.xml");
    if (xml === undefined) return { ours: [], others: [] };
    const doc = parsePart(xml, "word/comments.xml");
    const ours: string[] = [];
    const others: string[] = [];
    const comments = doc.getElementsByTagNameNS(W_NS, "comment");
    for (let i = 0; i < comments.length; i++) {
      const c = comments.item(i) as XmlElement;
      const content = c.textContent ?? "";
      if (c.getAttributeNS(W_NS, "author") === COMMENT_AUTHOR) ours.push(content.replace(COMMENT_PREFIX, ""));
      else others.push(content);
    }
    return { ours, others };
  }

  /** Replaces the text of field controls (outside any entry); all or none: throws BlockNotFoundError before changing anything when one is missing. */
  setFields(values: Readonly<Record<string, string>>): void {
    const controls = new Map<string, XmlElement>();
    const sdts = this.body.getElementsByTagNameNS(W_NS, "sdt");
    for (let i = 0; i < sdts.length; i++) {
      const sdt = sdts.item(i) as XmlElement;
      const tag = parseTag(this.ownTag(sdt)?.getAttributeNS(W_NS, "val") ?? "");
      if (tag?.kind === "feld" && !controls.has(tag.name)) controls.set(tag.name, sdt);
    }
    const missing = Object.keys(values).find((name) => !controls.has(name));
    if (missing !== undefined) throw new BlockNotFoundError(formatTag({ kind: "feld", name: missing }));
    for (const [name, value] of Object.entries(values)) this.replaceText(controls.get(name) as XmlElement, value);
    this.dirty = true;
    this.map = undefined;
  }

  private replaceText(sdt: XmlElement, value: string): void {
    {
      const content = sdt.getElementsByTagNameNS(W_NS, "sdtContent").item(0) as XmlElement;
      // A control that shows its grey prompt: the prompt's formatting is not the value's.
      const sdtPr = sdt.getElementsByTagNameNS(W_NS, "sdtPr").item(0);
      const shown = sdtPr?.getElementsByTagNameNS(W_NS, "showingPlcHdr").item(0) ?? null;
      const alias = sdtPr?.getElementsByTagNameNS(W_NS, "alias").item(0)?.getAttributeNS(W_NS, "val") ?? "";
      const rPr = shown ? null : content.getElementsByTagNameNS(W_NS, "rPr").item(0);
      if (shown && value !== "") shown.parentNode?.removeChild(shown);
      if (!shown && value === "" && sdtPr) sdtPr.appendChild(this.doc.createElementNS(W_NS, "w:showingPlcHdr"));
      while (content.firstChild) content.removeChild(content.firstChild);
      const shownText = value === "" ? runs(`‹${alias}›`, { style: STYLE_IDS.platzhalter }) : runs(value);
      const [holder] = this.fragment(`<w:p>${shownText || "<w:r/>"}</w:p>`);
      const made: XmlElement[] = [];
      for (let n = holder?.firstChild ?? null; n; n = n.nextSibling) if (n.nodeType === 1) made.push(n as XmlElement);
      if (rPr) made[0]?.insertBefore(rPr.cloneNode(true), made[0].firstChild);
      for (const r of made) content.appendChild(r);
    }
  }

  /** What the last `renumber` corrected: numbers, and references that follow them (its answer is their sum). */
  lastRenumbered: { readonly numbers: number; readonly references: number } = { numbers: 0, references: 0 };

  /**
   * Sets every number control to the derived number, creating one where a user deleted
   * it, and rewrites the tags of blocks whose id was reassigned. Touches number controls
   * and tags only, never clause text. Returns how many numbers changed.
   */
  renumber(profile: Profile, ids: IdSource = randomIds, policy: RenumberPolicy = {}): number {
    void this.doc; // editing works on the tree: build it before reading, so that the map holds elements
    const { vorlage } = this.read(profile, ids);
    const numbering = deriveNumbers(vorlage, profile.numbering);
    const numbers = numbering.byId;
    let changed = 0;
    // The sub-point controls by tag, found in one pass over the body when the first is asked for
    // (a search per sub-point would be quadratic); renumbering changes no sub-point's tag.
    let unterpunkte: Map<string, XmlElement> | undefined;
    const unterpunktControl = (tag: string): XmlElement | undefined => {
      if (!unterpunkte) {
        unterpunkte = new Map();
        const sdts = this.body.getElementsByTagNameNS(W_NS, "sdt");
        for (let i = 0; i < sdts.length; i++) {
          const sdt = sdts.item(i) as XmlElement;
          const own = this.ownTag(sdt)?.getAttributeNS(W_NS, "val");
          if (own && !unterpunkte.has(own)) unterpunkte.set(own, sdt);
        }
      }
      return unterpunkte.get(tag);
    };
    // A document whose section headings show no number (another office's „Der Kreistag beschließt:“)
    // gets none: the heading is the user's words, no clause; only where a heading of it shows a number
    // is a missing one put back.
    const headingsNumbered = vorlage.sections.some((s) => s.writtenNumber !== undefined);
    for (const s of vorlage.sections) {
      const kept = policy.keep?.has(s.id) === true;
      for (const node of [s, ...s.clauses] as (Section | Clause)[]) {
        const el = this.block(node.id, profile);
        const number = numbers.get(node.id) as string;
        if (!el) continue;
        this.retag(el, node.id, "kind" in node ? { kind: "abschnitt", id: node.id, sectionKind: node.kind } : { kind: "ziffer", id: node.id });
        if (node.writtenNumber === number || kept) continue;
        if (policy.printedOnly && node.writtenNumber === undefined) continue;
        if ("kind" in node && !headingsNumbered && !this.numberControl(el, node.id)) continue;
        // A number Word draws from its list numbering, or one the user's text shows (in a hyperlink or
        // tracked change, left by `recognize`), is no text of ours: typing one in front would show two.
        if (!this.numberControl(el, node.id) && (node.writtenNumber !== undefined || this.listNumbered(el))) continue;
        changed++;
        this.setNumber(el, node.id, number, !("kind" in node));
      }
      // Sub-point letters a), b) … follow their order under the clause, as clause numbers do.
      for (const u of s.clauses.flatMap((c) => c.unterpunkte ?? [])) {
        const el = unterpunktControl(formatTag({ kind: "unterpunkt", id: u.id }));
        const letter = numbers.get(u.id) as string;
        if (!el || u.writtenNumber === letter || kept || (policy.printedOnly && u.writtenNumber === undefined)) continue;
        changed++;
        this.setNumber(el, u.id, letter, true);
      }
    }
    // References follow the numbers: their REF fields' results, and the bookmarks they name.
    const references = updateReferences({ doc: this.doc, body: this.body }, numbering);
    this.lastRenumbered = { numbers: changed, references: references.changed };
    changed += references.changed;
    if (changed > 0 || references.edited) this.dirty = true;
    return changed;
  }

  /**
   * The numbers `renumber` with `policy` would change that carry the user's marks (number-marks.ts): a tracked
   * change, a comment anchored on the number, a footnote reference. Renumbering must refuse rather than write over
   * them or skip them (`RenumberDropsUserMarkupError`); a number that stays as it is keeps its marks and is not named.
   */
  markedNumbers(profile: Profile, ids: IdSource = randomIds, policy: RenumberPolicy = {}): MarkedNumber[] {
    void this.doc;
    const { vorlage } = this.read(profile, ids);
    const numbers = deriveNumbers(vorlage, profile.numbering).byId;
    const out: MarkedNumber[] = [];
    const check = (kind: MarkedNumber["kind"], node: { readonly id: string; readonly writtenNumber?: string }, el: XmlElement | undefined): void => {
      const written = node.writtenNumber;
      if (!el || written === undefined || written === numbers.get(node.id)) return;
      const nr = this.numberControl(el, node.id);
      const p = nr ? enclosingParagraph(nr) : el.localName === "p" ? el : (el.getElementsByTagNameNS(W_NS, "p").item(0) ?? enclosingParagraph(el));
      const marks = p ? marksOnNumber(p, written) : [];
      if (marks.length > 0) out.push({ kind, number: written.trim(), marks });
    };
    let unterpunkte: Map<string, XmlElement> | undefined;
    for (const s of vorlage.sections) {
      if (policy.keep?.has(s.id) === true) continue;
      check("section", s, this.block(s.id, profile));
      for (const c of s.clauses) {
        check("clause", c, this.block(c.id, profile));
        for (const u of c.unterpunkte ?? []) {
          // Only a letter that must change is looked for (one search of the body for all of them, and none where all stay).
          if (u.writtenNumber === undefined || u.writtenNumber === numbers.get(u.id)) continue;
          if (!unterpunkte) {
            unterpunkte = new Map();
            const sdts = this.body.getElementsByTagNameNS(W_NS, "sdt");
            for (let i = 0; i < sdts.length; i++) {
              const own = this.ownTag(sdts.item(i) as XmlElement)?.getAttributeNS(W_NS, "val");
              if (own && !unterpunkte.has(own)) unterpunkte.set(own, sdts.item(i) as XmlElement);
            }
          }
          check("unterpunkt", u, unterpunkte.get(formatTag({ kind: "unterpunkt", id: u.id })));
        }
      }
    }
    return out;
  }

  /**
   * „Übernehmen“ of a typed clause (docx-port.ts `adoptClause`): the paragraph `p` of this document, as it stands, put
   * into a new block control `tag` — nothing inside it changes, not a run, not a mark.
   */
  wrapParagraph(p: XmlElement, tag: string, alias: string): void {
    if (p.ownerDocument !== this.doc) throw new BlockNotFoundError(tag);
    this.wrapParagraphs([p], tag, alias);
    this.dirty = true;
    this.map = undefined;
  }

  /** „Verweis einfügen“: „Ziffer 2.1“ appended to the owner's text, linked to `zielId`; field and bookmark by the renumber that follows. */
  insertReference(ownerId: string, zielId: string, profile: Profile): void {
    const { vorlage } = this.read(profile);
    appendReference({ body: this.body, fragment: (xml) => this.fragment(xml) }, vorlage, ownerId, zielId, profile);
    this.dirty = true;
    this.map = undefined;
  }

  /** `recognize --references`: references typed in certain forms become links (link-references.ts); returns how many. */
  linkReferences(profile: Profile, ids: IdSource = randomIds): LinkOutcome {
    const { vorlage } = this.read(profile, ids);
    const outcome = linkTypedReferences({ doc: this.doc, body: this.body, paragraphs: () => this.paragraphs(), emptyInlineSdt: (tag, alias) => this.emptyInlineSdt(tag, alias) }, vorlage, profile);
    if (outcome.linked > 0) {
      this.dirty = true;
      this.map = undefined;
    }
    return outcome;
  }

  /** The block's first paragraph is numbered by Word's list numbering (w:numPr), directly or through its style. */
  private listNumbered(block: XmlElement): boolean {
    const [first] = readBody(block, this.hiddenStyles);
    return first !== undefined && this.labelled([first])[0]?.listLabel !== undefined;
  }

  private retag(el: XmlElement, id: string, tag: Parameters<typeof formatTag>[0]): void {
    const tagEl = this.ownTag(el);
    const old = tagEl?.getAttributeNS(W_NS, "val") ?? "";
    const parsed = parseTag(old);
    if (!tagEl || !parsed || ("id" in parsed && parsed.id === id)) return;
    tagEl.setAttributeNS(W_NS, "w:val", formatTag(tag));
    const nr = this.numberControl(el, "id" in parsed ? parsed.id : "");
    this.ownTag(nr)?.setAttributeNS(W_NS, "w:val", formatTag({ kind: "nr", id }));
    this.dirty = true;
  }

  private ownTag(sdt: XmlElement | undefined): XmlElement | undefined {
    const pr = sdt?.getElementsByTagNameNS(W_NS, "sdtPr").item(0);
    return pr?.getElementsByTagNameNS(W_NS, "tag").item(0) ?? undefined;
  }

  private numberControl(block: XmlElement, id: string): XmlElement | undefined {
    const sdts = block.getElementsByTagNameNS(W_NS, "sdt");
    for (let i = 0; i < sdts.length; i++) {
      const sdt = sdts.item(i) as XmlElement;
      const tag = parseTag(this.ownTag(sdt)?.getAttributeNS(W_NS, "val") ?? "");
      if (tag?.kind === "nr" && tag.id === id) return sdt;
    }
    return undefined;
  }

  private setNumber(block: XmlElement, id: string, number: string, clause: boolean): void {
    const nr = this.numberControl(block, id);
    if (nr) {
      const content = nr.getElementsByTagNameNS(W_NS, "sdtContent").item(0) as XmlElement;
      const firstRun = content.getElementsByTagNameNS(W_NS, "r").item(0);
      const rPr = firstRun?.getElementsByTagNameNS(W_NS, "rPr").item(0);
      // Bookmarks on the number (ours for a reference, or a REF field's of another writer) stay on it.
      const marks = ["bookmarkStart", "bookmarkEnd"].map((name) => Array.from({ length: content.getElementsByTagNameNS(W_NS, name).length }, (_, i) => content.getElementsByTagNameNS(W_NS, name).item(i) as XmlElement));
      const [starts, ends] = marks as [XmlElement[], XmlElement[]];
      while (content.firstChild) content.removeChild(content.firstChild);
      const parts = starts.length + ends.length > 0 ? splitNumber(number) : { before: "", core: number, after: "" };
      const made = [parts.before, parts.core, parts.after].map((part) => {
        if (part === "") return undefined;
        const [holder] = this.fragment(`<w:p>${runs(part)}</w:p>`);
        const run = holder?.getElementsByTagNameNS(W_NS, "r").item(0) ?? undefined;
        if (run && rPr) run.insertBefore(rPr.cloneNode(true), run.firstChild);
        return run;
      });
      for (const node of [made[0], ...starts, made[1], ...ends, made[2]]) if (node) content.appendChild(node);
      return;
    }
    // The number control was deleted by hand: put a new one at the start of the first paragraph.
    const p = block.getElementsByTagNameNS(W_NS, "p").item(0);
    if (!p) return;
    const rest = textOfParagraph(p);
    // A number typed as text where the control was: wrap it and correct it there, never put a second one before it.
    const typed = /^(\d{1,3}(?:\.\d{1,3})*\.?|[IVXLC]{1,6}\.|[A-Za-z]\))(?=[\s\t])/.exec(rest);
    if (typed) {
      const range = { start: 0, end: (typed[1] as string).length };
      if (canWrapRanges(this.doc, p, [range]) && wrapRange(this.doc, p, range.start, range.end, this.emptyInlineSdt(formatTag({ kind: "nr", id }), "Nummer"))) {
        this.setNumber(block, id, number, clause);
      }
      return;
    }
    // The separator the user left behind after deleting the number stays; add one only when it is gone.
    const separator = clause ? (rest.startsWith("\t") ? "" : runs("\t")) : rest.startsWith(" ") ? "" : runs(" ");
    const [holder] = this.fragment(`<w:p>${inlineSdt(formatTag({ kind: "nr", id }), "Nummer", runs(number))}${separator}</w:p>`);
    const pPr = p.getElementsByTagNameNS(W_NS, "pPr").item(0);
    const anchor = pPr && pPr.parentNode === p ? pPr.nextSibling : p.firstChild;
    const moving: XmlElement[] = [];
    for (let n = holder?.firstChild ?? null; n; n = n.nextSibling) if (n.nodeType === 1) moving.push(n as XmlElement);
    for (const node of moving) p.insertBefore(node, anchor);
  }

  /** The title (dc:title) follows a Betreff edited in place; `previous` is the Betreff it replaces (see core-title.ts). */
  titleFromBetreff(betreff: string, previous: string): void {
    writeTitleFromBetreff(this.parts, betreff, previous);
  }

  /**
   * Writes the metadata part and the custom document properties, derived from `v`. A stored
   * part of a newer major version is never replaced (`UnchangeableDocumentError`); over one of
   * a newer minor version, what we do not know of it is kept. A custom property of one of our
   * names that we did not write stays as it is: the names of ours so left out are returned.
   * `read` are the findings of reading the document: what they mark as inferred or doubtful
   * (`withoutUnstated`) is no property, since a DMS column would show it as stated.
   */
  writeMetadata(v: Vorlage, profile: Profile, read: readonly Finding[] = []): readonly string[] {
    const name = findMetadataPart(this.parts);
    const stored = name === undefined ? undefined : text(this.parts, name);
    let xml = toMetadataXml(v, profile);
    if (stored !== undefined) {
      const { version } = readMetadataXml(stored);
      if (newerMajor(version)) throw new UnchangeableDocumentError({ reason: "metadata-newer", version: version as string });
      xml = keepUnknown(stored, xml);
    }
    writeMetadataPart(this.parts, xml, this.mainPart);
    this.metadataWritten = true;
    return writeOwnProperties(this.parts, toDocumentProperties(withoutUnstated(v, read), profile, validate(v, profile)));
  }

  /**
   * Gives a plain document our structure in place: the recognised sections, clauses,
   * numbers and header fields are wrapped in content controls, nothing retyped. All or
   * nothing: every wrap is planned and checked first, and when one cannot be made exactly
   * (a number inside a hyperlink, a tracked insertion, a field or a smartTag; a clause
   * that shares a table with another) the body is left as it was and the outcome says why.
   * A document that already carries our controls is never wrapped again.
   */
  structure(profile: Profile, ids: IdSource = randomIds): StructureOutcome {
    this.styleProfile = profile;
    const paragraphs = this.paragraphs();
    if (paragraphs.some((p) => p.blocks.length > 0 || p.segments.some((s) => s.tag !== undefined))) {
      return { vorlage: this.read(profile, ids).vorlage, wrapped: false, refusal: "already-structured" };
    }
    const { vorlage, anchors, findings: recognized } = recognize(recognitionInput(paragraphs), profile, ids, { pageHeader: pageHeaderTexts(this.parts, this.mainPart, this.xml) });
    // A letter or a Niederschrift is left exactly as it is: no controls, no metadata (issue 22, „Bad input“).
    const notAVorlage = keineVorlage(recognized);
    if (notAVorlage) return { vorlage, wrapped: false, refusal: "keine-vorlage", keineVorlage: notAVorlage };
    const el = (i: number): XmlElement | undefined => paragraphs[i]?.element;
    // Offsets of the recognised text, in the paragraph's runs (hidden text of others was left out of that text).
    const raw = (i: number, start: number, end: number) => {
      const p = paragraphs[i] as BodyParagraph;
      return { start: rawOffset(p, start, "start"), end: rawOffset(p, end, "end"), shown: { start, end } };
    };
    // Inline wraps, grouped by paragraph, in the order they are made.
    type Wrap = { p: XmlElement; start: number; end: number; shown: { start: number; end: number }; tag: string; alias: string; of: { kind: "section" | "clause" | "field"; id: string; paragraph: number } };
    const planned: Wrap[] = [];
    for (const f of anchors.fields) {
      const p = el(f.range.paragraph);
      if (p) planned.push({ p, ...raw(f.range.paragraph, f.range.start, f.range.end), tag: formatTag({ kind: "feld", name: f.field }), alias: f.field, of: { kind: "field", id: f.field, paragraph: f.range.paragraph } });
    }
    for (const s of anchors.sections) {
      const heading = el(s.heading);
      if (s.number && heading) planned.push({ p: heading, ...raw(s.heading, s.number.start, s.number.end), tag: formatTag({ kind: "nr", id: s.id }), alias: "Nummer", of: { kind: "section", id: s.id, paragraph: s.heading } });
      for (const c of s.clauses) {
        const first = el(c.first);
        if (c.number && first) planned.push({ p: first, ...raw(c.first, c.number.start, c.number.end), tag: formatTag({ kind: "nr", id: c.id }), alias: "Nummer", of: { kind: "clause", id: c.id, paragraph: c.first } });
      }
    }
    // A number in a construct we cannot cut exactly stays the user's text; the rest is wrapped (tried on copies, in order).
    const inline: Wrap[] = [];
    const left: { kind: "section" | "clause" | "field"; id: string; text: string; paragraph: number }[] = [];
    const accepted = new Map<XmlElement, Wrap[]>();
    for (const w of planned) {
      const before = accepted.get(w.p) ?? [];
      if (canWrapRanges(this.doc, w.p, [...before, w])) {
        accepted.set(w.p, [...before, w]);
        inline.push(w);
      } else left.push({ ...w.of, text: paragraphText(paragraphs[w.of.paragraph] as BodyParagraph).slice(w.shown.start, w.shown.end) });
    }
    // Block wraps: each clause and section as a run of sibling nodes holding exactly its paragraphs.
    const index = new Map<object, number>();
    paragraphs.forEach((p, i) => p.element && index.set(p.element, i));
    const blocks: { nodes: XmlElement[]; container: XmlElement; tag: string; alias: string }[] = [];
    for (const s of anchors.sections) {
      const section = vorlage.sections.find((x) => x.id === s.id) as Section;
      for (const c of s.clauses) {
        const span = this.span(el(c.first), el(c.last), c.first, c.last, index);
        if (!span) return { vorlage, wrapped: false, refusal: "clause-across-table" };
        blocks.push({ ...span, tag: formatTag({ kind: "ziffer", id: c.id }), alias: "Ziffer" });
      }
      const lastIndex = s.clauses[s.clauses.length - 1]?.last ?? s.heading;
      const span = this.span(el(s.heading), el(lastIndex), s.heading, lastIndex, index);
      if (!span) return { vorlage, wrapped: false, refusal: "clause-across-table" };
      blocks.push({ ...span, tag: formatTag({ kind: "abschnitt", id: s.id, sectionKind: section.kind }), alias: "Abschnitt" });
    }
    // Everything checked: now change the tree.
    const rebuilt = wrapByParagraph(this.doc, inline.map((w) => ({ p: w.p, start: w.start, end: w.end, sdt: this.emptyInlineSdt(w.tag, w.alias) })));
    for (const b of blocks) b.nodes = b.nodes.map((n) => rebuilt.get(n) ?? n);
    // Each block's first paragraph begins with an inline control, as in the documents we create: LibreOffice reads it right only so.
    for (const p of new Set(blocks.map((b) => firstParagraphOf(b.nodes)))) if (p) wrapParagraphContent(this.doc, p, PENDING_ID);
    this.wrapBlocks(blocks);
    this.numberPendingControls();
    this.dirty = true;
    this.map = undefined;
    // REF fields to our bookmarks on numbers (a Vorlage of ours that LibreOffice saved without
    // our tags) are references again, field and bookmark named after the new ids, numbers as shown.
    const adopted = adoptReferenceFields({ body: this.body, emptyInlineSdt: (tag, alias) => this.emptyInlineSdt(tag, alias) });
    if (adopted > 0) {
      updateReferences({ doc: this.doc, body: this.body }, shownNumbering(this.read(profile, ids).vorlage, profile));
      this.map = undefined;
    }
    return { vorlage, wrapped: true, ...(left.length > 0 ? { left } : {}), ...(adopted > 0 ? { adoptedReferences: adopted } : {}) };
  }

  /** The controls `wrapParagraphContent` made get ids after the largest one in the body (the block controls' are made after them). */
  private numberPendingControls(): void {
    let max = 0;
    const pending: XmlElement[] = [];
    const ids = this.body.getElementsByTagNameNS(W_NS, "id");
    for (let i = 0; i < ids.length; i++) {
      const el = ids.item(i) as XmlElement;
      if ((el.parentNode as XmlElement | null)?.localName !== "sdtPr") continue;
      const val = el.getAttributeNS(W_NS, "val");
      const n = Number(val);
      if (val === PENDING_ID) pending.push(el);
      else if (Number.isSafeInteger(n) && n > max) max = n;
    }
    for (const el of pending) {
      max = (max % 2_000_000_000) + 1;
      el.setAttributeNS(W_NS, "w:val", String(max));
    }
  }

  private emptyInlineSdt(tag: string, alias: string): XmlElement {
    const el = this.fragment(inlineSdt(tag, alias, ""))[0] as XmlElement;
    const content = el.getElementsByTagNameNS(W_NS, "sdtContent").item(0) as XmlElement;
    while (content.firstChild) content.removeChild(content.firstChild);
    return el;
  }

  /** The ancestor of `node` (or itself) that is a child of `container`. */
  private childOf(container: XmlElement, node: XmlElement): XmlElement {
    let cur = node;
    while (cur.parentNode && cur.parentNode !== container) cur = cur.parentNode as XmlElement;
    return cur;
  }

  /**
   * The sibling nodes, in the nearest block container (body, table cell, control content)
   * holding both paragraphs, from the one holding `first` to the one holding `last`; undefined
   * when that run of nodes would also take paragraphs outside [from, to] (a clause that begins
   * inside a table another clause also uses).
   */
  private span(first: XmlElement | undefined, last: XmlElement | undefined, from: number, to: number, index: ReadonlyMap<object, number>): { nodes: XmlElement[]; container: XmlElement } | undefined {
    if (!first || !last) return undefined;
    const ancestors = new Set<XmlElement>();
    for (let n = first.parentNode as XmlElement | null; n; n = n.parentNode as XmlElement | null) ancestors.add(n);
    let container = last.parentNode as XmlElement | null;
    while (container && !ancestors.has(container)) container = container.parentNode as XmlElement | null;
    while (container && !["body", "tc", "sdtContent", "txbxContent"].includes(container.localName ?? "")) container = container.parentNode as XmlElement | null;
    if (!container || container.nodeType !== 1) return undefined;
    const a = this.childOf(container, first);
    const b = this.childOf(container, last);
    const nodes: XmlElement[] = [];
    for (let n: XmlElement | null = a; n; n = n.nextSibling as XmlElement | null) {
      if (n.nodeType === 1) {
        if (n.localName === "sectPr") return undefined;
        nodes.push(n);
        // One list per node: a list asked for again per item walks the subtree again (a table of thousands of cells took hours).
        const list = n.localName === "p" ? undefined : n.getElementsByTagNameNS(W_NS, "p");
        const inner = list === undefined ? [n] : Array.from({ length: list.length }, (_, i) => list.item(i) as XmlElement);
        for (const p of inner) {
          const i = index.get(p);
          if (i !== undefined && (i < from || i > to)) return undefined;
        }
      }
      if (n === b) return { nodes, container };
    }
    return undefined;
  }

  /**
   * Wraps runs of sibling nodes in block controls, rebuilding each container's child list
   * once. The DOM re-indexes an element's whole child list on every insertion or removal
   * that is not an append at its end, so wrapping clause after clause in place made
   * `recognize` quadratic in the body's length. Innermost containers first; a container
   * (body, cell, control content, text box content) is never itself a child of another, so
   * replacing one leaves the nodes an outer container's blocks name in place.
   */
  private wrapBlocks(blocks: readonly { readonly nodes: XmlElement[]; readonly container: XmlElement; readonly tag: string; readonly alias: string }[]): void {
    const byContainer = new Map<XmlElement, (typeof blocks)[number][]>();
    for (const b of blocks) byContainer.set(b.container, [...(byContainer.get(b.container) ?? []), b]);
    const depth = (n: XmlElement): number => {
      let d = 0;
      for (let p = n.parentNode; p; p = p.parentNode) d++;
      return d;
    };
    for (const [container, list] of [...byContainer].sort((a, b) => depth(b[0]) - depth(a[0]))) {
      if (!this.rebuildWrapped(container, list)) {
        for (const b of list) this.wrapParagraphs([...new Set(b.nodes.map((n) => this.childOf(b.container, n)))], b.tag, b.alias);
      }
    }
  }

  /** The container with the blocks wrapped, built anew and put in its place; false (nothing changed) when the blocks do not nest. */
  private rebuildWrapped(container: XmlElement, list: readonly { readonly nodes: XmlElement[]; readonly tag: string; readonly alias: string }[]): boolean {
    const kids: XmlNode[] = [];
    for (let n = container.firstChild; n; n = n.nextSibling) kids.push(n);
    const at = new Map<XmlNode, number>(kids.map((k, i) => [k, i]));
    const spans = list.map((b, order) => ({ from: at.get(b.nodes[0] as XmlNode) ?? -1, to: at.get(b.nodes[b.nodes.length - 1] as XmlNode) ?? -1, tag: b.tag, alias: b.alias, order }));
    if (spans.some((x) => x.from < 0 || x.to < x.from) || !container.parentNode) return false;
    // Outer before inner; of two over the same nodes, the one wrapped later (the section) is outside.
    spans.sort((a, b) => a.from - b.from || b.to - a.to || b.order - a.order);
    let next = 0;
    let nested = true;
    const build = (from: number, to: number): XmlNode[] => {
      const out: XmlNode[] = [];
      for (let i = from; i <= to; ) {
        const span = spans[next];
        if (span && span.from === i) {
          if (span.to > to) nested = false;
          next++;
          const wrapper = this.fragment(blockSdt(span.tag, span.alias, ""))[0] as XmlElement;
          const content = wrapper.getElementsByTagNameNS(W_NS, "sdtContent").item(0) as XmlElement;
          for (const n of build(span.from, Math.min(span.to, to))) content.appendChild(n);
          out.push(wrapper);
          i = span.to + 1;
        } else {
          out.push((kids[i] as XmlNode).cloneNode(true));
          i++;
        }
      }
      return out;
    };
    const built = build(0, kids.length - 1);
    if (!nested || next !== spans.length) return false;
    const fresh = container.cloneNode(false) as XmlElement;
    for (const n of built) fresh.appendChild(n);
    container.parentNode.replaceChild(fresh, container);
    return true;
  }

  private wrapParagraphs(nodes: readonly XmlElement[], tag: string, alias: string): void {
    const first = nodes[0];
    if (!first || nodes.some((n) => n.parentNode !== first.parentNode)) return;
    const [wrapper] = this.fragment(blockSdt(tag, alias, ""));
    const el = wrapper as XmlElement;
    const content = el.getElementsByTagNameNS(W_NS, "sdtContent").item(0) as XmlElement;
    first.parentNode?.insertBefore(el, first);
    for (const n of nodes) content.appendChild(n);
  }

  /**
   * Moves what the house style does not print out of the hidden paragraphs of ours in which
   * earlier versions kept it (see not-printed-blocks.ts) and into the metadata part: read as
   * the body holds it, those paragraphs removed, the part written from that reading. Done by
   * the next write of the document (an edit, or the metadata written); a document whose
   * metadata part is of a newer major version, or holds what the format refuses, stays as it is.
   */
  private moveNotPrinted(): void {
    const profile = this.styleProfile;
    if (!profile || !this.dom) return;
    const np = notPrinted(profile);
    if (printsEverything(np)) return;
    const old = oldNotPrintedElements(this.body, this.hiddenStyles, np);
    if (old.length === 0 || newerMajor(this.storedMetadataVersion())) return;
    const { vorlage } = this.read(profile);
    if (metadataOf(vorlage, profile) === undefined) return;
    for (const el of old) el.parentNode?.removeChild(el);
    this.dirty = true;
    this.map = undefined;
    this.writeMetadata(vorlage, profile);
  }

  /** The package as bytes; unchanged parts exactly as read. */
  save(): Uint8Array {
    if (this.dirty || this.metadataWritten) this.moveNotPrinted();
    if (this.dirty && this.dom) {
      this.parts.set(this.mainPart, serializePart(this.dom));
      this.dirty = false;
      if (this.styleProfile) addMissingHouseStyles(this.parts, this.mainPart, text(this.parts, this.mainPart) ?? "", this.styleProfile);
    }
    const bytes = writeZip(this.parts);
    // Never write what our own reading would refuse.
    assertReadable(bytes);
    return bytes;
  }

  /** Created and modified, as docProps/core.xml records them (W3CDTF), when it does. */
  coreDates(): { readonly created?: string; readonly modified?: string } {
    const core = text(this.parts, "docProps/core.xml") ?? "";
    const created = /<dcterms:created[^>]*>([^<]+)<\/dcterms:created>/.exec(core)?.[1];
    const modified = /<dcterms:modified[^>]*>([^<]+)<\/dcterms:modified>/.exec(core)?.[1];
    return { ...(created ? { created } : {}), ...(modified ? { modified } : {}) };
  }

  /** The text of a part, for tests and diagnostics. */
  part(name: string): string | undefined {
    const bytes = this.parts.get(name);
    return bytes === undefined ? undefined : decodePart(bytes, name);
  }

  partNames(): string[] {
    return [...this.parts.keys()];
  }
}

/** The w:p that holds `node` (itself, if it is one). */
function enclosingParagraph(node: XmlElement): XmlElement | undefined {
  for (let n: XmlElement | null = node; n; n = n.parentNode as XmlElement | null) if (n.localName === "p" && n.namespaceURI === W_NS) return n;
  return undefined;
}
