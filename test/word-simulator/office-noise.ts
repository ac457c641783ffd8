/**
 * What Word's getOoxml hands over besides the body: the parts of a whole flat-OPC package
 * (styles with Word's ~370 latent-style exceptions, numbering, theme, font table,
 * settings with the rsid list) and the `w:rsid*` / `w14:paraId` attributes Word writes on
 * paragraphs and runs. Sizes follow a blank Word 365 document; parts the .docx has are
 * passed on as they are.
 */
import { strFromU8 } from "fflate";

const PKG = "http://schemas.microsoft.com/office/2006/xmlPackage";
const W = "http://schemas.openxmlformats.org/wordprocessingml/2006/main";
const W14 = "http://schemas.microsoft.com/office/word/2010/wordml";

const LATENT = Array.from({ length: 376 }, (_, i) => `<w:lsdException w:name="${i < 9 ? `heading ${i + 1}` : `Style ${i}`}" w:semiHidden="1" w:uiPriority="${i % 100}" w:unhideWhenUsed="1"/>`).join("");
/** A blank Word 365 document's styles part (the simulator's styles where a package has none). */
export const STYLES =
  `<w:styles xmlns:w="${W}" xmlns:w14="${W14}"><w:docDefaults><w:rPrDefault><w:rPr><w:rFonts w:asciiTheme="minorHAnsi" w:eastAsiaTheme="minorHAnsi" w:hAnsiTheme="minorHAnsi" w:cstheme="minorBidi"/><w:kern w:val="2"/><w:sz w:val="24"/><w:szCs w:val="24"/><w:lang w:val="de-DE" w:eastAsia="en-US" w:bidi="ar-SA"/><w14:ligatures w14:val="standardContextual"/></w:rPr></w:rPrDefault><w:pPrDefault><w:pPr><w:spacing w:after="160" w:line="278" w:lineRule="auto"/></w:pPr></w:pPrDefault></w:docDefaults>` +
  `<w:latentStyles w:defLockedState="0" w:defUIPriority="99" w:defSemiHidden="0" w:defUnhideWhenUsed="0" w:defQFormat="0" w:count="376">${LATENT}</w:latentStyles>` +
  Array.from({ length: 24 }, (_, i) => `<w:style w:type="paragraph" w:styleId="Style${i}"><w:name w:val="Style ${i}"/><w:basedOn w:val="Standard"/><w:next w:val="Standard"/><w:uiPriority w:val="9"/><w:qFormat/><w:pPr><w:keepNext/><w:keepLines/><w:spacing w:before="360" w:after="80"/><w:outlineLvl w:val="0"/></w:pPr><w:rPr><w:rFonts w:asciiTheme="majorHAnsi" w:eastAsiaTheme="majorEastAsia" w:hAnsiTheme="majorHAnsi" w:cstheme="majorBidi"/><w:color w:val="0F4761" w:themeColor="accent1" w:themeShade="BF"/><w:sz w:val="40"/><w:szCs w:val="40"/></w:rPr></w:style>`).join("") +
  `</w:styles>`;
const THEME =
  `<a:theme xmlns:a="http://schemas.openxmlformats.org/drawingml/2006/main" name="Office"><a:themeElements><a:clrScheme name="Office">` +
  ["dk1", "lt1", "dk2", "lt2", "accent1", "accent2", "accent3", "accent4", "accent5", "accent6", "hlink", "folHlink"].map((c, i) => `<a:${c}><a:srgbClr val="${(i * 1234567).toString(16).padStart(6, "0").slice(0, 6)}"/></a:${c}>`).join("") +
  `</a:clrScheme><a:fontScheme name="Office">` +
  ["majorFont", "minorFont"].map((f) => `<a:${f}><a:latin typeface="Aptos"/><a:ea typeface=""/><a:cs typeface=""/>${Array.from({ length: 48 }, (_, i) => `<a:font script="Script${i}" typeface="Font ${i} Regular"/>`).join("")}</a:${f}>`).join("") +
  `</a:fontScheme><a:fmtScheme name="Office">${Array.from({ length: 12 }, () => `<a:gradFill rotWithShape="1"><a:gsLst><a:gs pos="0"><a:schemeClr val="phClr"><a:lumMod val="110000"/><a:satMod val="105000"/><a:tint val="67000"/></a:schemeClr></a:gs><a:gs pos="50000"><a:schemeClr val="phClr"><a:lumMod val="105000"/><a:satMod val="103000"/><a:tint val="73000"/></a:schemeClr></a:gs></a:gsLst><a:lin ang="5400000" scaled="0"/></a:gradFill>`).join("")}</a:fmtScheme></a:themeElements></a:theme>`;
const NUMBERING = `<w:numbering xmlns:w="${W}">${Array.from({ length: 9 }, (_, l) => `<w:abstractNum w:abstractNumId="${l}"><w:multiLevelType w:val="hybridMultilevel"/>${Array.from({ length: 9 }, (_, i) => `<w:lvl w:ilvl="${i}"><w:start w:val="1"/><w:numFmt w:val="decimal"/><w:lvlText w:val="%${i + 1}."/><w:lvlJc w:val="left"/><w:pPr><w:ind w:left="${720 * (i + 1)}" w:hanging="360"/></w:pPr></w:lvl>`).join("")}</w:abstractNum>`).join("")}</w:numbering>`;
const FONTS = `<w:fonts xmlns:w="${W}">${["Aptos", "Aptos Display", "Times New Roman", "Arial", "Calibri"].map((f) => `<w:font w:name="${f}"><w:panose1 w:val="020B0004020202020204"/><w:charset w:val="00"/><w:family w:val="swiss"/><w:pitch w:val="variable"/><w:sig w:usb0="20000287" w:usb1="00000003" w:usb2="00000000" w:usb3="00000000" w:csb0="0000019F" w:csb1="00000000"/></w:font>`).join("")}</w:fonts>`;
const SETTINGS = `<w:settings xmlns:w="${W}"><w:zoom w:percent="100"/><w:defaultTabStop w:val="708"/><w:hyphenationZone w:val="425"/><w:characterSpacingControl w:val="doNotCompress"/><w:rsids>${Array.from({ length: 40 }, (_, i) => `<w:rsid w:val="00${(0xa10000 + i * 7919).toString(16).toUpperCase()}"/>`).join("")}</w:rsids><w:themeFontLang w:val="de-DE"/></w:settings>`;

const part = (name: string, type: string, xml: string): string =>
  `<pkg:part pkg:name="${name}" pkg:contentType="${type}"><pkg:xmlData>${xml.replace(/^<\?xml[^>]*\?>/, "")}</pkg:xmlData></pkg:part>`;

let seq = 0x1a2b3c;
const hex = (): string => ((seq = (seq * 1103515245 + 12345) & 0x7fffffff) % 0xffffffff).toString(16).toUpperCase().padStart(8, "0");

/** Word's attribute noise: rsids and paragraph ids on every w:p, an rsid on every w:r. */
function noisy(documentXml: string): string {
  let xml = documentXml.replace(/<w:p(\s[^>]*)?>/g, (m, attrs: string | undefined) => (attrs?.includes("w14:paraId") ? m : `<w:p w14:paraId="${hex()}" w14:textId="77777777" w:rsidR="00${hex().slice(2)}" w:rsidRDefault="00${hex().slice(2)}" w:rsidP="00${hex().slice(2)}"${attrs ?? ""}>`));
  xml = xml.replace(/<w:r(\s[^>]*)?>/g, (m, attrs: string | undefined) => (attrs?.includes("w:rsidR") ? m : `<w:r w:rsidR="00${hex().slice(2)}" w:rsidRPr="00${hex().slice(2)}"${attrs ?? ""}>`));
  if (!/xmlns:w14=/.test(xml.slice(0, 2000))) xml = xml.replace(/<w:document\b/, `<w:document xmlns:w14="${W14}"`);
  return xml;
}

export function officeNoise(documentXml: string, parts: ReadonlyMap<string, Uint8Array>): string {
  const own = (name: string, fallback: string): string => {
    const data = parts.get(name);
    return data ? strFromU8(data) : fallback;
  };
  return (
    `<?xml version="1.0" standalone="yes"?><?mso-application progid="Word.Document"?><pkg:package xmlns:pkg="${PKG}">` +
    part("/_rels/.rels", "application/vnd.openxmlformats-package.relationships+xml", `<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="word/document.xml"/></Relationships>`) +
    part("/word/document.xml", "application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml", noisy(documentXml)) +
    part("/word/styles.xml", "application/vnd.openxmlformats-officedocument.wordprocessingml.styles+xml", own("word/styles.xml", STYLES)) +
    part("/word/numbering.xml", "application/vnd.openxmlformats-officedocument.wordprocessingml.numbering+xml", own("word/numbering.xml", NUMBERING)) +
    part("/word/theme/theme1.xml", "application/vnd.openxmlformats-officedocument.theme+xml", own("word/theme/theme1.xml", THEME)) +
    part("/word/fontTable.xml", "application/vnd.openxmlformats-officedocument.wordprocessingml.fontTable+xml", own("word/fontTable.xml", FONTS)) +
    part("/word/settings.xml", "application/vnd.openxmlformats-officedocument.wordprocessingml.settings+xml", own("word/settings.xml", SETTINGS)) +
    `</pkg:package>`
  );
}
