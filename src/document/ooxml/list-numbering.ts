import { toRoman } from "../../core/numbering/counters";
import { toggleOn } from "./hidden-text";
import { W_NS } from "./ooxml";
import { tinySize } from "./style-looks";
import { scanXml } from "./xml-scanner";
import type { BodyParagraph } from "./read-body";

/**
 * The list numbers Word shows in front of paragraphs. They are not in the text: Word
 * computes them from numbering.xml (ECMA-376 Part 1, §17.9) — a paragraph's w:numPr (or its
 * style's) names a numbering instance (w:num) and a level; the instance points to an
 * abstract definition (w:abstractNum) whose w:lvl gives the start value, the format
 * (decimal, lowerLetter, upperRoman …) and the text with placeholders (%1.%2); w:lvlOverride
 * replaces a level or its start for one instance. Counters belong to the abstract
 * definition, so instances of one definition continue each other's numbering, and a
 * startOverride restarts that level where its instance is first used. A deeper level
 * restarts after a higher one unless w:lvlRestart says otherwise.
 *
 * One pass over the paragraphs, in document order: linear in their number.
 */
interface Level {
  readonly start: number;
  readonly format: string;
  readonly text: string;
  /** 1-based level after which this one restarts; 0: never. Default: after any higher level. */
  readonly restart?: number;
  readonly legal: boolean;
  readonly suffix: string;
  /** The level's own run properties (`w:lvl/w:rPr`) hide its number, or make it white or of at most 1 point. */
  readonly unseen?: UnseenLabel;
}

/** How a list number is not seen: hidden (`w:vanish`), or there but invisible (white, 1 point). */
export type UnseenLabel = "hidden" | "invisible";

interface Instance {
  readonly abstractId: string;
  readonly levels: ReadonlyMap<number, Level>;
  readonly startOverrides: ReadonlyMap<number, number>;
}

export interface Numbering {
  readonly instances: ReadonlyMap<string, Instance>;
  /** Paragraph style id → its numbering (own or inherited through w:basedOn). */
  readonly styles: ReadonlyMap<string, { readonly numId?: string; readonly ilvl?: number; readonly basedOn?: string }>;
}

/**
 * An element of numbering.xml or styles.xml as these readers need it: its W attributes that
 * are read and its child elements. Built by the streaming scanner (no DOM, no object per
 * attribute); the parts are small, and the checks, limits and refusals are the scanner's.
 */
interface Node {
  readonly uri: string;
  readonly local: string;
  /** The W-namespace attributes among READ_ATTRIBUTES that the element has. */
  readonly attributes: { [local: string]: string };
  readonly children: Node[];
}

const READ_ATTRIBUTES = ["val", "styleId", "abstractNumId", "numId", "ilvl", "themeColor"] as const;

/** The root element of a part, read by `scanXml`. Throws `DocxError` as the scanner does. */
function readTree(xml: string, part: string): Node {
  const root: Node = { uri: "", local: "", attributes: {}, children: [] };
  const open: Node[] = [root];
  scanXml(xml, part, {
    open(uri, local, a) {
      const attributes: { [local: string]: string } = {};
      if (a.count > 0) {
        for (const name of READ_ATTRIBUTES) {
          const v = a.get(W_NS, name);
          if (v !== undefined) attributes[name] = v;
        }
      }
      const node: Node = { uri, local, attributes, children: [] };
      (open[open.length - 1] as Node).children.push(node);
      open.push(node);
    },
    close() {
      open.pop();
    },
    text() {},
  });
  return root.children[0] as Node;
}

const child = (el: Node, name: string): Node | undefined => el.children.find((n) => n.local === name && n.uri === W_NS);
const children = (el: Node, name: string): Node[] => el.children.filter((n) => n.local === name && n.uri === W_NS);
const attribute = (el: Node, name: (typeof READ_ATTRIBUTES)[number]): string | undefined => el.attributes[name];
const val = (el: Node | undefined): string | undefined => (el ? attribute(el, "val") : undefined);
const SUFFIX: Readonly<Record<string, string>> = { tab: "\t", space: " ", nothing: "" };

/** White or so nearly white that nobody sees it on a white page (each channel at least F0), or the theme's background colour. */
const whiteColour = (el: Node): boolean =>
  ["background1", "bg1"].includes(attribute(el, "themeColor") ?? "") || /^(?:white|(?:[Ff][0-9A-Fa-f]){3})$/u.test(val(el) ?? "");

/** Whether a level's own run properties hide its number or make it invisible; undefined where they do neither. */
function unseenOf(rPr: Node | undefined): UnseenLabel | undefined {
  if (rPr === undefined) return undefined;
  const on = (el: Node | undefined): boolean => el !== undefined && toggleOn(val(el));
  if (on(child(rPr, "vanish")) || on(child(rPr, "specVanish"))) return "hidden";
  const color = child(rPr, "color");
  const size = val(child(rPr, "sz"));
  return (color !== undefined && whiteColour(color)) || tinySize(size) === true ? "invisible" : undefined;
}

function readLevel(lvl: Node): Level {
  const restart = val(child(lvl, "lvlRestart"));
  const legal = child(lvl, "isLgl");
  const unseen = unseenOf(child(lvl, "rPr"));
  return {
    ...(unseen !== undefined ? { unseen } : {}),
    start: Number(val(child(lvl, "start")) ?? "0") || 0,
    format: val(child(lvl, "numFmt")) ?? "decimal",
    text: val(child(lvl, "lvlText")) ?? "",
    ...(restart !== undefined ? { restart: Number(restart) || 0 } : {}),
    legal: legal !== undefined && val(legal) !== "0" && val(legal) !== "false",
    suffix: SUFFIX[val(child(lvl, "suff")) ?? "tab"] ?? "\t",
  };
}

const levelsOf = (el: Node): Map<number, Level> => new Map(children(el, "lvl").map((l) => [Number(attribute(l, "ilvl") ?? "0"), readLevel(l)]));

/**
 * Reads numbering.xml and styles.xml (either may be missing), streaming (what the DOM reader
 * gave before, property-tested against it). Throws DocxError on malformed XML.
 */
export function readNumbering(numberingXml: string | undefined, stylesXml: string | undefined): Numbering {
  const styles = new Map<string, { numId?: string; ilvl?: number; basedOn?: string }>();
  if (stylesXml !== undefined) {
    const root = readTree(stylesXml, "word/styles.xml");
    for (const s of children(root, "style")) {
      const id = attribute(s, "styleId") ?? "";
      const numPr = child(child(s, "pPr") ?? s, "numPr");
      const numId = numPr ? val(child(numPr, "numId")) : undefined;
      const ilvl = numPr ? val(child(numPr, "ilvl")) : undefined;
      const basedOn = val(child(s, "basedOn"));
      styles.set(id, { ...(numId !== undefined ? { numId } : {}), ...(ilvl !== undefined ? { ilvl: Number(ilvl) || 0 } : {}), ...(basedOn ? { basedOn } : {}) });
    }
  }
  const instances = new Map<string, Instance>();
  if (numberingXml !== undefined) {
    const root = readTree(numberingXml, "word/numbering.xml");
    const abstracts = new Map<string, { levels: Map<number, Level>; styleLink?: string }>();
    for (const a of children(root, "abstractNum")) {
      const link = val(child(a, "numStyleLink"));
      abstracts.set(attribute(a, "abstractNumId") ?? "", { levels: levelsOf(a), ...(link ? { styleLink: link } : {}) });
    }
    const nums = children(root, "num");
    const abstractOf = new Map(nums.map((n) => [attribute(n, "numId") ?? "", val(child(n, "abstractNumId")) ?? ""]));
    for (const n of nums) {
      let abstractId = val(child(n, "abstractNumId")) ?? "";
      // A definition that only links to a numbering style takes the definition that style's instance uses.
      const link = abstracts.get(abstractId)?.styleLink;
      if (link) {
        const numId = styles.get(link)?.numId;
        const target = numId === undefined ? undefined : abstractOf.get(numId);
        if (target !== undefined && target !== abstractId) abstractId = target;
      }
      const levels = new Map(abstracts.get(abstractId)?.levels ?? []);
      const startOverrides = new Map<number, number>();
      for (const o of children(n, "lvlOverride")) {
        const ilvl = Number(attribute(o, "ilvl") ?? "0");
        const lvl = child(o, "lvl");
        if (lvl) levels.set(ilvl, readLevel(lvl));
        const start = val(child(o, "startOverride"));
        if (start !== undefined) startOverrides.set(ilvl, Number(start) || 0);
      }
      instances.set(attribute(n, "numId") ?? "", { abstractId, levels, startOverrides });
    }
  }
  return { instances, styles };
}

/**
 * Word keeps a list's start and counters as 16-bit values (assumption: no public source says
 * what it shows beyond; LibreOffice's import ignores measures above 32767 for the same reason,
 * writerfilter/source/dmapper/ConversionHelper.cxx). Above it, a counter is given in digits
 * rather than as a string of tens of thousands of letters.
 */
const WORD_MAX_COUNTER = 32767;

/** Roman numerals as a list shows them; from 4000 on the thousands as repeated M (a document may start a list there). */
function wordRoman(n: number): string {
  if (!Number.isInteger(n) || n > WORD_MAX_COUNTER) return String(n);
  if (n <= 3999) return toRoman(n);
  const rest = n % 1000;
  return "M".repeat(Math.floor(n / 1000)) + (rest > 0 ? toRoman(rest) : "");
}

/**
 * Letters as a list shows them: a … z, then aa, bb … zz, aaa — one letter repeated (ECMA-376
 * Part 1, ST_NumberFormat „lowerLetter“; LibreOffice imports it as CHARS_LOWER_LETTER_N, the
 * repeating kind, writerfilter/source/dmapper/ConversionHelper.cxx), not a, …, z, aa, ab.
 */
function wordLetters(n: number): string {
  if (!Number.isInteger(n) || n > WORD_MAX_COUNTER) return String(n);
  return String.fromCharCode(97 + ((n - 1) % 26)).repeat(Math.ceil(n / 26));
}

/** A counter in a numbering format, as Word writes it. */
export function formatCounter(n: number, format: string): string {
  switch (format) {
    case "decimalZero":
      return n < 10 ? `0${n}` : String(n);
    case "upperRoman":
      return n > 0 ? wordRoman(n) : "0";
    case "lowerRoman":
      return n > 0 ? wordRoman(n).toLowerCase() : "0";
    case "upperLetter":
      return n > 0 ? wordLetters(n).toUpperCase() : "";
    case "lowerLetter":
      return n > 0 ? wordLetters(n) : "";
    case "none":
      return "";
    case "bullet":
      return "•";
    default:
      return String(n);
  }
}

function styleNumbering(numbering: Numbering, style: string | undefined): { numId?: string; ilvl?: number } {
  const seen = new Set<string>();
  let numId: string | undefined;
  let ilvl: number | undefined;
  for (let s = style; s !== undefined && !seen.has(s); s = numbering.styles.get(s)?.basedOn) {
    seen.add(s);
    const def = numbering.styles.get(s);
    numId ??= def?.numId;
    ilvl ??= def?.ilvl;
  }
  return { ...(numId !== undefined ? { numId } : {}), ...(ilvl !== undefined ? { ilvl } : {}) };
}

/**
 * The longest list label read, in characters. Real number texts are a few placeholders and
 * separators („%1.%2“, „Anlage %1 –“); one that repeats its placeholders thousands of times
 * made each label hundreds of kilobytes, and a 50 KB document ran `check` out of memory. A
 * label is no number beyond this length: it is cut here (recognition reads its number at the start).
 */
export const LIST_LABEL_LIMIT = 1000;

/** The label (number and its separator) Word shows before each paragraph; undefined where none. */
export function listLabels(paragraphs: readonly BodyParagraph[], numbering: Numbering): (string | undefined)[] {
  return listLabelsSeen(paragraphs, numbering).map((l) => l.label);
}

/** Each paragraph's label, and whether its level's own formatting hides it or makes it invisible. */
function listLabelsSeen(paragraphs: readonly BodyParagraph[], numbering: Numbering): { readonly label: string | undefined; readonly unseen?: UnseenLabel }[] {
  const counters = new Map<string, (number | undefined)[]>();
  const used = new Set<string>();
  const labelOf = (p: BodyParagraph): { label: string | undefined; level?: Level } => {
    if (p.markDeleted) return { label: undefined };
    const fromStyle = p.numId === undefined || p.ilvl === undefined ? styleNumbering(numbering, p.style) : {};
    const numId = p.numId ?? fromStyle.numId;
    if (numId === undefined || numId === "0") return { label: undefined };
    const instance = numbering.instances.get(numId);
    if (!instance) return { label: undefined };
    const ilvl = Math.min(Math.max(p.ilvl ?? fromStyle.ilvl ?? 0, 0), 8);
    const level = instance.levels.get(ilvl);
    if (!level) return { label: undefined };
    const c = counters.get(instance.abstractId) ?? Array.from({ length: 9 }, () => undefined);
    counters.set(instance.abstractId, c);
    const startOf = (l: number) => instance.startOverrides.get(l) ?? instance.levels.get(l)?.start ?? 0;
    if (!used.has(numId)) {
      used.add(numId);
      for (const [l, start] of instance.startOverrides) c[l] = l === ilvl ? start - 1 : undefined;
    }
    c[ilvl] = c[ilvl] === undefined ? startOf(ilvl) : (c[ilvl] as number) + 1;
    for (let deeper = ilvl + 1; deeper < 9; deeper++) {
      const restart = instance.levels.get(deeper)?.restart ?? deeper;
      if (restart !== 0 && ilvl < restart) c[deeper] = undefined;
    }
    if (level.format === "bullet") return { label: `•${level.suffix}`, level };
    // Placeholder by placeholder, stopping at the limit: a number text may repeat them thousands of times.
    let text = "";
    const placeholder = /%([1-9])/g;
    let from = 0;
    const literal = (to: number): string => level.text.slice(from, Math.min(to, from + LIST_LABEL_LIMIT - text.length));
    for (let m = placeholder.exec(level.text); m !== null && text.length < LIST_LABEL_LIMIT; m = placeholder.exec(level.text)) {
      const l = Number(m[1]) - 1;
      const format = level.legal ? "decimal" : (instance.levels.get(l)?.format ?? "decimal");
      text += literal(m.index) + formatCounter(c[l] ?? startOf(l), format);
      from = m.index + m[0].length;
    }
    if (text.length < LIST_LABEL_LIMIT) text += literal(level.text.length);
    if (text.length >= LIST_LABEL_LIMIT) return { label: text.slice(0, LIST_LABEL_LIMIT), level };
    return { label: text === "" ? undefined : text + level.suffix, level };
  };
  return paragraphs.map((p) => {
    const { label, level } = labelOf(p);
    return label !== undefined && level?.unseen !== undefined ? { label, unseen: level.unseen } : { label };
  });
}

/** The paragraphs with the list numbers Word shows, from the package's numbering and style parts. */
export function withListLabels(paragraphs: readonly BodyParagraph[], numberingXml: string | undefined, stylesXml: string | undefined): BodyParagraph[] {
  if (numberingXml === undefined || !paragraphs.some((p) => p.numId !== undefined || p.style !== undefined)) return [...paragraphs];
  const labels = listLabelsSeen(paragraphs, readNumbering(numberingXml, stylesXml));
  return paragraphs.map((p, i) => {
    const { label, unseen } = labels[i] as { label: string | undefined; unseen?: UnseenLabel };
    if (label === undefined) return p;
    return unseen === undefined ? { ...p, listLabel: label } : { ...p, listLabel: label, listLabelUnseen: unseen };
  });
}
