import { strToU8 } from "fflate";
import { W_NS } from "../ooxml/ooxml";
import { addOverride, addRelationship, relationships, relsOf, resolveTarget, type MutableParts } from "./package-parts";

const SETTINGS_TYPE = "application/vnd.openxmlformats-officedocument.wordprocessingml.settings+xml";
const REL_SETTINGS = "http://schemas.openxmlformats.org/officeDocument/2006/relationships/settings";
/** The namespace of Word's compatibility settings (MS-DOCX 2.3.x, `compatSetting` w:uri). */
const WORD_COMPAT_URI = "http://schemas.microsoft.com/office/word";

/**
 * The document settings of a document we create (ECMA-376 Part 1, §17.15.1.78, CT_Settings).
 * Without a settings part Word opens a document in Compatibility Mode (as Word 2007 or older
 * would lay it out) and says so in the title bar; `compatibilityMode` 15 (MS-DOCX 2.3.2.3)
 * marks it as written for Word 2013 and later, which is what every supported Word opens as
 * its own. The other compatibility settings are those Word itself writes into a new
 * document of that mode. Beside them only what Word puts into every document it saves and
 * what a German document expects: the tab stop every 1.25 cm (708 twips), the hyphenation
 * zone (0.75 cm), no compression of punctuation, the language for theme fonts, the decimal
 * comma and the semicolon as list separator (field formulas). Elements stand in the order
 * CT_Settings prescribes; the schema refuses any other.
 */
export function settingsXml(): string {
  const compat = [
    ["compatibilityMode", "15"],
    ["overrideTableStyleFontSizeAndJustification", "1"],
    ["enableOpenTypeFeatures", "1"],
    ["doNotFlipMirrorIndents", "1"],
    ["differentiateMultirowTableHeaders", "1"],
  ]
    .map(([name, val]) => `<w:compatSetting w:name="${name}" w:uri="${WORD_COMPAT_URI}" w:val="${val}"/>`)
    .join("");
  return (
    `<?xml version="1.0" encoding="UTF-8" standalone="yes"?><w:settings xmlns:w="${W_NS}">` +
    `<w:zoom w:percent="100"/>` +
    `<w:defaultTabStop w:val="708"/>` +
    `<w:hyphenationZone w:val="425"/>` +
    `<w:characterSpacingControl w:val="doNotCompress"/>` +
    `<w:compat>${compat}</w:compat>` +
    `<w:themeFontLang w:val="de-DE"/>` +
    `<w:decimalSymbol w:val=","/>` +
    `<w:listSeparator w:val=";"/>` +
    `</w:settings>`
  );
}

/**
 * Gives a new package its settings part: word/settings.xml, its content type and the main
 * part's relationship to it. A package whose main part already has a settings relationship
 * keeps its own part untouched (an edited document's settings are the user's).
 */
export function writeSettingsPart(parts: MutableParts, mainPart = "word/document.xml"): void {
  const relsName = relsOf(mainPart);
  if (relationships(parts, relsName).some((r) => r.type === REL_SETTINGS && !r.external)) return;
  const name = resolveTarget(relsName, "settings.xml");
  if (parts.has(name)) return;
  parts.set(name, strToU8(settingsXml()));
  addOverride(parts, `/${name}`, SETTINGS_TYPE);
  addRelationship(parts, relsName, REL_SETTINGS, "settings.xml");
}
