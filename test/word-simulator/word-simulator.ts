import { XMLSerializer, type Document as XmlDocument, type Element as XmlElement, type Node as XmlNode } from "@xmldom/xmldom";
import { strFromU8 } from "fflate";
import { METADATA_NAMESPACE } from "../../src/core/metadata/metadata-xml";
import type { DocumentProperty } from "../../src/core/metadata/document-properties";
import { runs as runXml, W_NS } from "../../src/document/docx/ooxml";
import { findMetadataPart, readCustomProperties, writeCustomProperties, writeMetadataPart } from "../../src/document/docx/package-parts";
import { parsePart, serializePart } from "../../src/document/docx/parse-xml";
import { openZip, writeZip } from "../../src/document/docx/zip-package";
import { documentXmlOf } from "../../src/document/flat-opc";
import type { WordHost } from "../../src/document/word/word-port";

/**
 * A Word simulator for the adapter's tests: the subset of the Word JavaScript API the
 * adapter uses, on the same OOXML model as the .docx adapter, keeping office-js's rules —
 *  - a property read before `load` and `sync` throws PropertyNotLoaded;
 *  - writes are queued and take effect at `sync`, in order;
 *  - proxies from a finished `Word.run` are dead (InvalidObjectPath);
 *  - `*OrNullObject` gives an object whose `isNullObject` says so; plain getters throw ItemNotFound;
 *  - requirement sets are switchable (Office 2019 = WordApi 1.3: no custom XML parts);
 *  - every `sync` is counted (the implicit one at the end of a run too, when work is pending).
 */
export class SimOfficeError extends Error {
  readonly debugInfo = {};
  constructor(readonly code: string, message: string) {
    super(message);
    this.name = "RichApi.Error";
  }
}

type Resolver = () => XmlElement | null;
const tagOf = (sdt: XmlElement): string =>
  sdt.getElementsByTagNameNS(W_NS, "sdtPr").item(0)?.getElementsByTagNameNS(W_NS, "tag").item(0)?.getAttributeNS(W_NS, "val") ?? "";
const contentOf = (sdt: XmlElement): XmlElement => sdt.getElementsByTagNameNS(W_NS, "sdtContent").item(0) as XmlElement;
const isSdt = (n: XmlNode | null): n is XmlElement => n !== null && n.nodeType === 1 && (n as XmlElement).localName === "sdt" && (n as XmlElement).namespaceURI === W_NS;

export class WordSimulator {
  syncs = 0;
  private apiSets = new Set(["1.1", "1.2", "1.3", "1.4", "1.5"]);
  /** Hosts differ in the order of their collections; with this, every collection comes reversed. */
  reverseCollections = false;
  readonly dom: XmlDocument;
  private readonly parts: Map<string, Uint8Array>;
  xmlParts: { xml: string; namespace: string }[] = [];
  properties = new Map<string, string | number | boolean>();
  selection: XmlElement | undefined;
  /** Comments of the document (Word keeps them apart from the text); seeded from word/comments.xml. */
  comments: { content: string }[] = [];

  constructor(bytes: Uint8Array) {
    this.parts = new Map(openZip(bytes));
    this.dom = parsePart(strFromU8(this.parts.get("word/document.xml") as Uint8Array), "word/document.xml");
    const ours = findMetadataPart(this.parts);
    if (ours) this.xmlParts.push({ xml: strFromU8(this.parts.get(ours) as Uint8Array), namespace: METADATA_NAMESPACE });
    for (const [k, v] of readCustomProperties(this.parts)) this.properties.set(k, v);
    const comments = this.parts.get("word/comments.xml");
    if (comments) {
      const list = parsePart(strFromU8(comments), "word/comments.xml").getElementsByTagNameNS(W_NS, "comment");
      for (let i = 0; i < list.length; i++) this.comments.push({ content: list.item(i)?.textContent ?? "" });
    }
  }

  /** Office 2019 / LTSC 2021 stop at WordApi 1.3. */
  setMaxWordApi(version: "1.3" | "1.4" | "1.5"): void {
    const all = ["1.1", "1.2", "1.3", "1.4", "1.5"];
    this.apiSets = new Set(all.slice(0, all.indexOf(version) + 1));
  }

  supports(version: string): boolean {
    return this.apiSets.has(version);
  }

  host(): WordHost {
    return { run: (batch) => this.run(batch as never), supports: (_set, version) => this.supports(version) };
  }

  async run<T>(batch: (context: SimContext) => Promise<T>): Promise<T> {
    const context = new SimContext(this);
    try {
      const result = await batch(context);
      if (context.pending()) await context.sync();
      return result;
    } finally {
      context.finished = true;
    }
  }

  /** Where the cursor is: the selection, or (as in a document just opened and scrolled down) its last block. */
  cursor(): XmlElement {
    if (this.selection?.parentNode) return this.selection;
    let last: XmlElement | undefined;
    for (let n = this.body.firstChild; n; n = n.nextSibling) if (n.nodeType === 1 && (n as XmlElement).localName !== "sectPr") last = n as XmlElement;
    if (!last) throw new SimOfficeError("GeneralException", "The document is empty.");
    return last;
  }

  get body(): XmlElement {
    return this.dom.getElementsByTagNameNS(W_NS, "body").item(0) as XmlElement;
  }

  controls(filter: (sdt: XmlElement) => boolean = () => true): XmlElement[] {
    const all: XmlElement[] = [];
    const walk = (node: XmlNode): void => {
      for (let n = node.firstChild; n; n = n.nextSibling) {
        if (n.nodeType !== 1) continue;
        if (isSdt(n) && filter(n)) all.push(n);
        walk(n);
      }
    };
    walk(this.body);
    return this.reverseCollections ? all.reverse() : all;
  }

  /** The nodes of a Flat OPC package's body, imported into this document. */
  importOoxml(flatOpc: string): XmlElement[] {
    const xml = documentXmlOf(flatOpc);
    if (xml === undefined) throw new SimOfficeError("InvalidArgument", "The OOXML package has no document part.");
    const body = parsePart(xml, "ooxml").getElementsByTagNameNS(W_NS, "body").item(0);
    const nodes: XmlElement[] = [];
    for (let n = body?.firstChild ?? null; n; n = n.nextSibling) if (n.nodeType === 1 && (n as XmlElement).localName !== "sectPr") nodes.push(this.dom.importNode(n, true) as XmlElement);
    return nodes;
  }

  runElements(text: string): XmlElement[] {
    const p = parsePart(`<w:p xmlns:w="${W_NS}">${runXml(text)}</w:p>`, "runs").documentElement as XmlElement;
    const out: XmlElement[] = [];
    for (let n = p.firstChild; n; n = n.nextSibling) if (n.nodeType === 1) out.push(this.dom.importNode(n, true) as XmlElement);
    return out;
  }

  flatOpc(): string {
    const xml = new XMLSerializer().serializeToString(this.dom.documentElement as XmlElement);
    return `<pkg:package xmlns:pkg="http://schemas.microsoft.com/office/2006/xmlPackage"><pkg:part pkg:name="/word/document.xml" pkg:contentType="application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml"><pkg:xmlData>${xml}</pkg:xmlData></pkg:part></pkg:package>`;
  }

  /** The document as a .docx, as Word would save it now. */
  bytes(): Uint8Array {
    const parts = new Map(this.parts);
    parts.set("word/document.xml", serializePart(this.dom));
    const ours = this.xmlParts.find((p) => p.namespace === METADATA_NAMESPACE);
    if (ours) writeMetadataPart(parts, ours.xml);
    if (this.properties.size > 0) writeCustomProperties(parts, [...this.properties].map(([name, value]): DocumentProperty => ({ name, value })));
    return writeZip(parts);
  }
}

export class SimContext {
  finished = false;
  private queue: (() => void)[] = [];
  readonly document: SimDocument;

  constructor(readonly sim: WordSimulator) {
    this.document = new SimDocument(this);
  }

  check(): void {
    if (this.finished) throw new SimOfficeError("InvalidObjectPath", "The object was created in a Word.run that has ended.");
  }

  enqueue(action: () => void): void {
    this.check();
    this.queue.push(action);
  }

  pending(): boolean {
    return this.queue.length > 0;
  }

  async sync(): Promise<void> {
    this.check();
    this.sim.syncs++;
    const actions = this.queue;
    this.queue = [];
    for (const action of actions) action();
  }
}

/** A value filled in at sync (like OfficeExtension.ClientResult). */
export class SimResult<T> {
  private filled = false;
  private v: T | undefined;
  constructor(private readonly context: SimContext) {}
  set(value: T): void {
    this.v = value;
    this.filled = true;
  }
  get value(): T {
    this.context.check();
    if (!this.filled) throw new SimOfficeError("PropertyNotLoaded", 'The value of the result object has not been loaded yet. Call "context.sync()" first.');
    return this.v as T;
  }
}

abstract class SimProxy {
  private readonly values = new Map<string, unknown>();
  constructor(protected readonly context: SimContext) {}

  protected abstract read(name: string): unknown;

  load(props?: string | string[]): this {
    const names = (Array.isArray(props) ? props : (props ?? "").split(",")).map((p) => p.trim()).filter((p) => p !== "");
    this.context.enqueue(() => this.fill(names));
    return this;
  }

  /** Reads properties now (at sync time). */
  fill(names: readonly string[]): void {
    for (const name of names) this.values.set(name, this.read(name));
  }

  protected loaded(name: string): unknown {
    this.context.check();
    if (!this.values.has(name)) {
      throw new SimOfficeError("PropertyNotLoaded", `The property '${name}' is not available. Before reading the property's value, call the load method on the containing object and call "context.sync()" on the associated request context.`);
    }
    return this.values.get(name);
  }
}

export class SimContentControl extends SimProxy {
  constructor(
    context: SimContext,
    readonly resolve: Resolver,
    private readonly nullable: boolean,
  ) {
    super(context);
  }

  /** The element at sync time; throws ItemNotFound for a missing plain object. */
  element(): XmlElement {
    const el = this.resolve();
    if (!el) throw new SimOfficeError(this.nullable ? "InvalidObjectPath" : "ItemNotFound", "The requested content control does not exist.");
    return el;
  }

  protected read(name: string): unknown {
    if (name === "isNullObject") return this.resolve() === null;
    // A null object's properties read as empty, as in office.js; only plain objects fail.
    if (this.nullable && this.resolve() === null) return name === "id" ? 0 : "";
    const el = this.element();
    if (name === "tag") return tagOf(el);
    if (name === "title") return el.getElementsByTagNameNS(W_NS, "alias").item(0)?.getAttributeNS(W_NS, "val") ?? "";
    if (name === "text") return Array.from({ length: el.getElementsByTagNameNS(W_NS, "t").length }, (_, i) => el.getElementsByTagNameNS(W_NS, "t").item(i)?.textContent ?? "").join("");
    if (name === "id") return Number(el.getElementsByTagNameNS(W_NS, "id").item(0)?.getAttributeNS(W_NS, "val") ?? 0);
    throw new SimOfficeError("PropertyNotLoaded", `The simulator does not provide '${name}'.`);
  }

  get isNullObject(): boolean {
    return this.loaded("isNullObject") as boolean;
  }
  get tag(): string {
    return this.loaded("tag") as string;
  }
  set tag(value: string) {
    this.context.enqueue(() => this.setPr("tag", value));
  }
  get title(): string {
    return this.loaded("title") as string;
  }
  set title(value: string) {
    this.context.enqueue(() => this.setPr("alias", value));
  }
  get text(): string {
    return this.loaded("text") as string;
  }

  private setPr(name: "tag" | "alias", value: string): void {
    const el = this.element();
    const pr = el.getElementsByTagNameNS(W_NS, "sdtPr").item(0) as XmlElement;
    let node = pr.getElementsByTagNameNS(W_NS, name).item(0);
    if (!node) {
      node = this.context.sim.dom.createElementNS(W_NS, `w:${name}`);
      pr.appendChild(node);
    }
    node.setAttributeNS(W_NS, "w:val", value);
  }

  get parentContentControlOrNullObject(): SimContentControl {
    this.context.check();
    return new SimContentControl(
      this.context,
      () => {
        const el = this.resolve();
        let p = el?.parentNode ?? null;
        while (p && !isSdt(p)) p = p.parentNode;
        return (p as XmlElement | null) ?? null;
      },
      true,
    );
  }

  insertText(text: string, location: "Replace" | "Start" | "End"): SimRange {
    const holder: XmlElement[] = [];
    this.context.enqueue(() => {
      const el = this.element();
      const content = contentOf(el);
      const made = this.context.sim.runElements(text);
      const paragraph = content.getElementsByTagNameNS(W_NS, "p").item(0);
      const container = paragraph && location !== "Replace" ? paragraph : content;
      if (location === "Replace") {
        const rPr = content.getElementsByTagNameNS(W_NS, "rPr").item(0);
        while (content.firstChild) content.removeChild(content.firstChild);
        if (rPr) made[0]?.insertBefore(rPr.cloneNode(true), made[0].firstChild);
        for (const r of made) content.appendChild(r);
      } else if (location === "Start") {
        let ref = container.firstChild;
        while (ref && ref.nodeType === 1 && (ref as XmlElement).localName === "pPr") ref = ref.nextSibling;
        for (const r of made) container.insertBefore(r, ref);
      } else for (const r of made) container.appendChild(r);
      holder.push(...made);
    });
    return new SimRange(this.context, { kind: "runs", runs: holder });
  }

  insertOoxml(ooxml: string, location: "Replace" | "Start" | "End"): SimRange {
    this.context.enqueue(() => {
      const content = contentOf(this.element());
      const nodes = this.context.sim.importOoxml(ooxml);
      if (location === "Replace") while (content.firstChild) content.removeChild(content.firstChild);
      const ref = location === "Start" ? content.firstChild : null;
      for (const n of nodes) content.insertBefore(n, ref);
    });
    return new SimRange(this.context, { kind: "element", resolve: () => this.resolve(), location: "Content" });
  }

  getRange(location: "Whole" | "Start" | "End" | "Before" | "After" | "Content" = "Whole"): SimRange {
    this.context.check();
    return new SimRange(this.context, { kind: "element", resolve: () => this.resolve(), location });
  }

  delete(keepContent: boolean): void {
    this.context.enqueue(() => {
      const el = this.element();
      if (keepContent) for (const n of Array.from({ length: contentOf(el).childNodes.length }, (_, i) => contentOf(el).childNodes.item(i))) el.parentNode?.insertBefore(n as XmlNode, el);
      el.parentNode?.removeChild(el);
    });
  }

  select(): void {
    this.context.enqueue(() => {
      this.context.sim.selection = this.element();
    });
  }
}

type RangeTarget =
  | { readonly kind: "runs"; readonly runs: XmlElement[] }
  | { readonly kind: "element"; readonly resolve: Resolver; readonly location: string }
  | { readonly kind: "selection" };

export class SimRange extends SimProxy {
  constructor(
    context: SimContext,
    private readonly target: RangeTarget,
  ) {
    super(context);
  }

  protected read(name: string): unknown {
    throw new SimOfficeError("PropertyNotLoaded", `The simulator does not provide Range.${name}.`);
  }

  private anchor(): XmlElement {
    const t = this.target;
    if (t.kind === "runs") return t.runs[t.runs.length - 1] as XmlElement;
    if (t.kind === "selection") return this.context.sim.cursor();
    const el = t.resolve();
    if (!el) throw new SimOfficeError("ItemNotFound", "The range no longer exists.");
    return el;
  }

  get parentContentControlOrNullObject(): SimContentControl {
    this.context.check();
    return new SimContentControl(
      this.context,
      () => {
        let p: XmlNode | null = this.target.kind === "selection" ? (this.context.sim.selection?.parentNode ? this.context.sim.selection : null) : this.anchor();
        while (p && !isSdt(p)) p = p.parentNode;
        return (p as XmlElement | null) ?? null;
      },
      true,
    );
  }

  insertText(text: string, location: "Before" | "After"): SimRange {
    const holder: XmlElement[] = [];
    this.context.enqueue(() => {
      const anchor = location === "After" ? this.anchor() : this.target.kind === "runs" ? (this.target.runs[0] as XmlElement) : this.anchor();
      const made = this.context.sim.runElements(text);
      const ref = location === "After" ? anchor.nextSibling : anchor;
      for (const r of made) anchor.parentNode?.insertBefore(r, ref);
      holder.push(...made);
    });
    return new SimRange(this.context, { kind: "runs", runs: holder });
  }

  insertContentControl(): SimContentControl {
    let made: XmlElement | null = null;
    this.context.enqueue(() => {
      if (this.target.kind !== "runs") throw new SimOfficeError("InvalidArgument", "The simulator wraps inserted text only.");
      const sim = this.context.sim;
      const sdt = parsePart(`<w:sdt xmlns:w="${W_NS}"><w:sdtPr><w:id w:val="${Math.floor(Math.random() * 1e9)}"/></w:sdtPr><w:sdtContent/></w:sdt>`, "sdt").documentElement as XmlElement;
      made = sim.dom.importNode(sdt, true) as XmlElement;
      const first = this.target.runs[0] as XmlElement;
      first.parentNode?.insertBefore(made, first);
      for (const r of this.target.runs) contentOf(made).appendChild(r);
    });
    return new SimContentControl(this.context, () => made, false);
  }

  insertOoxml(ooxml: string, location: "Before" | "After" | "Replace" | "Start" | "End"): SimRange {
    this.context.enqueue(() => {
      const anchor = this.anchor();
      // Block content goes beside the paragraph or block control that holds the anchor.
      let block: XmlElement = anchor;
      while (block.parentNode && (block.parentNode as XmlElement).localName !== "body" && (block.parentNode as XmlElement).localName !== "sdtContent") block = block.parentNode as XmlElement;
      const nodes = this.context.sim.importOoxml(ooxml);
      const ref = location === "Before" || location === "Start" ? block : block.nextSibling;
      for (const n of nodes) block.parentNode?.insertBefore(n, ref);
      if (location === "Replace") block.parentNode?.removeChild(block);
    });
    return new SimRange(this.context, { kind: "selection" });
  }

  select(): void {
    this.context.enqueue(() => {
      this.context.sim.selection = this.anchor();
    });
  }

  getRange(): SimRange {
    this.context.check();
    return this;
  }

  insertComment(text: string): void {
    if (!this.context.sim.supports("1.4")) throw new SimOfficeError("ApiNotFound", "insertComment needs WordApi 1.4.");
    this.context.enqueue(() => {
      this.anchor(); // the range must exist
      this.context.sim.comments.push({ content: text });
    });
  }
}

class SimComments extends SimProxy {
  private list: { content: string; delete(): void }[] | undefined;
  protected read(): unknown {
    return undefined;
  }
  override load(): this {
    this.context.enqueue(() => {
      const sim = this.context.sim;
      this.list = sim.comments.map((c) => ({
        content: c.content,
        delete: () => this.context.enqueue(() => (sim.comments = sim.comments.filter((x) => x !== c))),
      }));
    });
    return this;
  }
  get items(): { content: string; delete(): void }[] {
    this.context.check();
    if (!this.list) throw new SimOfficeError("PropertyNotLoaded", "The property 'items' is not available. Call load and context.sync() first.");
    return this.list;
  }
}

export class SimControls extends SimProxy {
  private itemProxies: SimContentControl[] | undefined;
  constructor(
    context: SimContext,
    private readonly filter: (sdt: XmlElement) => boolean,
  ) {
    super(context);
  }

  protected read(): unknown {
    return undefined;
  }

  override load(props?: string | string[]): this {
    const names = (Array.isArray(props) ? props : (props ?? "").split(",")).map((p) => p.trim().replace(/^items\/?/, "")).filter((p) => p !== "");
    this.context.enqueue(() => {
      this.itemProxies = this.context.sim.controls(this.filter).map((el) => new SimContentControl(this.context, () => (el.parentNode ? el : null), false));
      // The items' own properties are filled in the same sync.
      for (const cc of this.itemProxies) cc.fill(names);
    });
    return this;
  }

  get items(): SimContentControl[] {
    this.context.check();
    if (!this.itemProxies) throw new SimOfficeError("PropertyNotLoaded", "The property 'items' is not available. Call load and context.sync() first.");
    return this.itemProxies;
  }

  getByTag(tag: string): SimControls {
    this.context.check();
    return new SimControls(this.context, (sdt) => this.filter(sdt) && tagOf(sdt) === tag);
  }

  getFirst(): SimContentControl {
    this.context.check();
    return new SimContentControl(this.context, () => this.context.sim.controls(this.filter)[0] ?? null, false);
  }

  getFirstOrNullObject(): SimContentControl {
    this.context.check();
    return new SimContentControl(this.context, () => this.context.sim.controls(this.filter)[0] ?? null, true);
  }
}

class SimXmlPart extends SimProxy {
  constructor(
    context: SimContext,
    private readonly part: { xml: string; namespace: string },
  ) {
    super(context);
  }
  protected read(): unknown {
    return undefined;
  }
  getXml(): SimResult<string> {
    const result = new SimResult<string>(this.context);
    this.context.enqueue(() => result.set(this.part.xml));
    return result;
  }
  setXml(xml: string): void {
    this.context.enqueue(() => {
      this.part.xml = xml;
    });
  }
  delete(): void {
    this.context.enqueue(() => {
      this.context.sim.xmlParts = this.context.sim.xmlParts.filter((p) => p !== this.part);
    });
  }
}

class SimXmlParts extends SimProxy {
  private list: SimXmlPart[] | undefined;
  constructor(
    context: SimContext,
    private readonly namespace?: string,
  ) {
    super(context);
  }
  protected read(): unknown {
    return undefined;
  }
  override load(): this {
    this.context.enqueue(() => {
      this.list = this.context.sim.xmlParts.filter((p) => this.namespace === undefined || p.namespace === this.namespace).map((p) => new SimXmlPart(this.context, p));
    });
    return this;
  }
  get items(): SimXmlPart[] {
    this.context.check();
    if (!this.list) throw new SimOfficeError("PropertyNotLoaded", "The property 'items' is not available. Call load and context.sync() first.");
    return this.list;
  }
  getByNamespace(namespace: string): SimXmlParts {
    this.context.check();
    if (namespace === "") throw new SimOfficeError("InvalidArgument", "getByNamespace('') throws in Word.");
    return new SimXmlParts(this.context, namespace);
  }
  add(xml: string): SimXmlPart {
    const part = { xml, namespace: /xmlns="([^"]*)"/.exec(xml)?.[1] ?? "" };
    this.context.enqueue(() => {
      this.context.sim.xmlParts.push(part);
    });
    return new SimXmlPart(this.context, part);
  }
}

class SimProperties extends SimProxy {
  private list: { key: string; value: unknown }[] | undefined;
  protected read(): unknown {
    return undefined;
  }
  override load(): this {
    this.context.enqueue(() => {
      this.list = [...this.context.sim.properties].map(([key, value]) => ({ key, value }));
    });
    return this;
  }
  get items(): { key: string; value: unknown }[] {
    this.context.check();
    if (!this.list) throw new SimOfficeError("PropertyNotLoaded", "The property 'items' is not available. Call load and context.sync() first.");
    return this.list;
  }
  add(key: string, value: string | number | boolean): void {
    this.context.enqueue(() => {
      if (typeof value === "string" && value.length > 255) throw new SimOfficeError("InvalidArgument", "A custom property value holds at most 255 characters.");
      // Keys are case-insensitive in Word.
      for (const k of this.context.sim.properties.keys()) if (k.toLowerCase() === key.toLowerCase()) this.context.sim.properties.delete(k);
      this.context.sim.properties.set(key, value);
    });
  }
}

export class SimDocument {
  readonly contentControls: SimControls;
  readonly body: {
    getOoxml(): SimResult<string>;
    insertOoxml(ooxml: string, location: "End" | "Start"): void;
    getComments(): SimComments;
    readonly paragraphs: { getFirst(): SimRange };
  };
  readonly properties: { readonly customProperties: SimProperties };

  constructor(private readonly context: SimContext) {
    this.contentControls = new SimControls(context, () => true);
    this.body = {
      getOoxml: () => {
        const result = new SimResult<string>(context);
        context.enqueue(() => result.set(context.sim.flatOpc()));
        return result;
      },
      insertOoxml: (ooxml, location) => {
        context.enqueue(() => {
          const body = context.sim.body;
          const nodes = context.sim.importOoxml(ooxml);
          let ref: XmlNode | null = location === "Start" ? body.firstChild : null;
          if (location === "End") for (let n = body.lastChild; n; n = n.previousSibling) if (n.nodeType === 1 && (n as XmlElement).localName === "sectPr") ref = n;
          for (const n of nodes) body.insertBefore(n, ref);
        });
      },
      getComments: () => {
        if (!context.sim.supports("1.4")) throw new SimOfficeError("ApiNotFound", "getComments needs WordApi 1.4.");
        return new SimComments(context);
      },
      paragraphs: {
        getFirst: () => new SimRange(context, { kind: "element", resolve: () => context.sim.body.getElementsByTagNameNS(W_NS, "p").item(0), location: "Whole" }),
      },
    };
    this.properties = { customProperties: new SimProperties(context) };
  }

  get customXmlParts(): SimXmlParts {
    this.context.check();
    if (!this.context.sim.supports("1.4")) throw new SimOfficeError("ApiNotFound", "customXmlParts needs WordApi 1.4.");
    return new SimXmlParts(this.context);
  }

  getSelection(): SimRange {
    this.context.check();
    return new SimRange(this.context, { kind: "selection" });
  }
}
