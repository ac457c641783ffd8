import { layoutOf, parseTemplate } from "../../core/profile/layout";
import type { Profile } from "../../core/profile/profile";
import { esc, STYLE_IDS, W_NS } from "./ooxml";

/**
 * The parts that carry a city's house style in a document we create: styles.xml with the
 * named „BV …“ styles, and the footer with the page number in the city's form. Spec:
 * ECMA-376 Part 1, §17.7 (styles), §17.10 (headers and footers), §17.16.5.43 (PAGE field).
 */

interface StyleDecl {
  readonly id: string;
  readonly name: string;
  readonly type: "paragraph" | "character";
  readonly pPr?: string;
  readonly rPr?: string;
}

function styleXml(s: StyleDecl, basedOn: string | undefined, namespace: string): string {
  return (
    `<w:style${namespace} w:type="${s.type}" w:customStyle="1" w:styleId="${s.id}"><w:name w:val="${esc(s.name)}"/>` +
    (s.type === "paragraph" && basedOn !== undefined ? `<w:basedOn w:val="${esc(basedOn)}"/>` : "") +
    `<w:qFormat/>${s.pPr ? `<w:pPr>${s.pPr}</w:pPr>` : ""}${s.rPr ? `<w:rPr>${s.rPr}</w:rPr>` : ""}</w:style>`
  );
}

/**
 * The named „BV …“ styles of a profile. None hides its text: what the house style keeps but
 * does not print is not in the body at all but in the metadata part (src/core/metadata/not-printed.ts).
 */
function houseStyles(profile: Profile): StyleDecl[] {
  const layout = layoutOf(profile);
  const size = Math.round(layout.schrift.punkt * 2);
  return [
    { id: STYLE_IDS.briefkopf, name: "BV Briefkopf", type: "paragraph", pPr: `<w:spacing w:after="480"/>`, rPr: `<w:b/><w:sz w:val="${size + 4}"/>` },
    { id: STYLE_IDS.titel, name: "BV Titel", type: "paragraph", pPr: `<w:spacing w:after="240"/>`, rPr: `<w:b/><w:sz w:val="${size + 6}"/>` },
    { id: STYLE_IDS.kopf, name: "BV Kopf", type: "paragraph", pPr: `<w:spacing w:after="240"/>` },
    { id: STYLE_IDS.betreff, name: "BV Betreff", type: "paragraph", pPr: `<w:keepNext/><w:spacing w:after="240"/>`, rPr: `<w:b/><w:sz w:val="${size + 2}"/>` },
    { id: STYLE_IDS.angaben, name: "BV Angaben", type: "paragraph", pPr: `<w:spacing w:after="0"/>` },
    { id: STYLE_IDS.zustaendigkeit, name: "BV Zuständigkeit", type: "paragraph", pPr: `<w:spacing w:after="240"/>` },
    // Outline level 1: a section heading is a real heading for screen readers and the navigation pane (accessibility-heading-style).
    { id: STYLE_IDS.abschnitt, name: "BV Abschnitt", type: "paragraph", pPr: `<w:keepNext/><w:spacing w:before="240" w:after="120"/><w:outlineLvl w:val="0"/>`, rPr: "<w:b/>" },
    { id: STYLE_IDS.ziffer, name: "BV Ziffer", type: "paragraph", pPr: `<w:spacing w:after="120"/><w:ind w:left="567" w:hanging="567"/><w:jc w:val="both"/>` },
    { id: STYLE_IDS.unterpunkt, name: "BV Unterpunkt", type: "paragraph", pPr: `<w:spacing w:after="60"/><w:ind w:left="1134" w:hanging="567"/><w:jc w:val="both"/>` },
    { id: STYLE_IDS.bezug, name: "BV Bezug", type: "paragraph", pPr: `<w:spacing w:before="240" w:after="240"/>` },
    { id: STYLE_IDS.finanzierung, name: "BV Finanzierung", type: "paragraph", pPr: `<w:spacing w:after="60"/>` },
    { id: STYLE_IDS.verteiler, name: "BV Verteiler", type: "paragraph", pPr: `<w:keepNext/><w:spacing w:after="0"/>` },
    { id: STYLE_IDS.absender, name: "BV Absender", type: "paragraph", pPr: `<w:keepNext/><w:spacing w:after="480"/>`, rPr: `<w:b/><w:sz w:val="${size + 4}"/>` },
    { id: STYLE_IDS.zeichnung, name: "BV Zeichnung", type: "paragraph", pPr: `<w:keepNext/><w:spacing w:after="0"/>` },
    { id: STYLE_IDS.fusszeile, name: "BV Fußzeile", type: "paragraph", pPr: `<w:jc w:val="center"/>` },
    { id: STYLE_IDS.nummer, name: "BV Nummer", type: "character" },
    { id: STYLE_IDS.platzhalter, name: "BV Platzhalter", type: "character", rPr: `<w:color w:val="808080"/>` },
  ];
}

/**
 * The `w:style` elements of the house style by style id, for a document that has a styles
 * part of its own: paragraph styles are based on `basedOn` (the document's default paragraph
 * style; none when it has none), and `declareW` puts the WordprocessingML namespace on each
 * element, for a styles part whose root binds it to another prefix.
 */
export function houseStyleElements(profile: Profile, basedOn: string | undefined, declareW = false): ReadonlyMap<string, string> {
  const namespace = declareW ? ` xmlns:w="${W_NS}"` : "";
  return new Map(houseStyles(profile).map((s) => [s.id, styleXml(s, basedOn, namespace)]));
}

/** The styles part of a document we create: defaults in the profile's font, Normal, and the house style. */
export function stylesXml(profile: Profile): string {
  const layout = layoutOf(profile);
  const font = esc(layout.schrift.name);
  const size = Math.round(layout.schrift.punkt * 2);
  return (
    `<?xml version="1.0" encoding="UTF-8" standalone="yes"?><w:styles xmlns:w="${W_NS}">` +
    `<w:docDefaults><w:rPrDefault><w:rPr><w:rFonts w:ascii="${font}" w:hAnsi="${font}" w:cs="${font}" w:eastAsia="${font}"/><w:sz w:val="${size}"/><w:lang w:val="de-DE"/></w:rPr></w:rPrDefault>` +
    `<w:pPrDefault><w:pPr><w:spacing w:after="120" w:line="276" w:lineRule="auto"/></w:pPr></w:pPrDefault></w:docDefaults>` +
    `<w:style w:type="paragraph" w:default="1" w:styleId="Standard"><w:name w:val="Normal"/></w:style>` +
    [...houseStyleElements(profile, "Standard").values()].join("") +
    `</w:styles>`
  );
}

/** The footer: the profile's form („- {seite} -“) with Word's PAGE field in place of `{seite}`. */
export function footerXml(profile: Profile): string {
  const content = parseTemplate(layoutOf(profile).seitenzahl.replace("{seite}", "{page}"))
    .map((piece) =>
      "field" in piece
        ? `<w:fldSimple w:instr=" PAGE "><w:r><w:t>1</w:t></w:r></w:fldSimple>`
        : `<w:r><w:t xml:space="preserve">${esc(piece.text)}</w:t></w:r>`,
    )
    .join("");
  return (
    `<?xml version="1.0" encoding="UTF-8" standalone="yes"?><w:ftr xmlns:w="${W_NS}">` +
    `<w:p><w:pPr><w:pStyle w:val="${STYLE_IDS.fusszeile}"/></w:pPr>${content}</w:p></w:ftr>`
  );
}
