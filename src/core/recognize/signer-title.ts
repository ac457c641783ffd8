/**
 * The signer's office on the line below the name in a Zeichnung („Kowol / Stadtrat“, „Mende / Oberbürgermeister“,
 * „Dr. Frank Mentrup / Oberbürgermeister“, „Anja Seifert / Fraktionsvorsitzende“): it belongs to the Zeichnung, which keeps no field for it, and is never a
 * line that fits nowhere. Only an office title counts, so that a part heading below a name („Anlagen“) stays its own.
 */
const TITLE =
  /^(?:(?:Erste[rn]?|Stellv\.|Stellvertretende[rn]?)\s+)?(?:(?:Ober)?[Bb]ürgermeister(?:in)?|Stadtr(?:at|ätin)|Beigeordnete[rn]?|Dezernent(?:in)?|Landr(?:at|ätin)|(?:Ober)?[Kk]reisdirektor(?:in)?|(?:Ober)?[Ss]tadtdirektor(?:in)?|(?:Stadt)?[Kk]ämmer(?:er|in)|Referent(?:in)?|Amtsleiter(?:in)?|Fachbereichsleiter(?:in)?|Stadtschulr(?:at|ätin)|Stadtbaur(?:at|ätin)|(?:Fraktions|Gruppen)?[Vv]orsitzende[rn]?)(?:\s+und\s+\p{L}+)?$/u;

export const isSignerTitle = (text: string): boolean => TITLE.test(text.trim());
