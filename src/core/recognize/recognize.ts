import { findAmounts } from "../german/money";
import { findDates } from "../german/dates";
import { EMPTY_HEADER } from "../model/builders";
import type { IdSource } from "../model/ids";
import type { Beratung, Bezug, Bitte, Clause, Deckungsquelle, Finanzierung, Section, VerteilerEintrag, Vorlage, Zeichnung } from "../model/vorlage";
import type { Profile } from "../profile/profile";
import type { Anchors, TextRange } from "./anchors";

/**
 * Turns the paragraphs of a plain Beschluss text into a Vorlage. Most existing Vorlagen
 * are Word files without our structure; reviewers still want them checked. Recognition
 * keys on the profile's phrases and on what German Vorlagen write (labels, numbering,
 * amounts, dates), not on one city's layout, and keeps the numbers as written — wrong
 * ones included, so that validation can report them.
 */
export interface Recognized {
  readonly vorlage: Vorlage;
  readonly anchors: Anchors;
}

/** Leading list bullets as text ("- 1.1", "• 1.1") are not part of the clause. */
const BULLET = /^[-–•▪*]\s+/u;
const CLAUSE_NUMBER = /^(\d{1,2}(?:\.\d{1,3})+\.?|\d{1,2}\.|[a-z]\)|\d{1,2}\))(?=[\s\t])/u;
const SECTION_NUMBER = /^((?:\d{1,2}|[IVX]{1,5}|[A-H])\.)\s*/u;
const STOP = /^(?:(?:Der|Die) (?:Stadtrat|Gemeinderat|Magistrat|Oberbürgermeister(?:in)?) der (?:Landeshauptstadt|Stadt)\b|Begründung|Erläuterung|Ergänzende Erläuterungen|Anlage|Sachverhalt|Beratungsergebnis|Abstimmung|Finanzielle Auswirkungen|Antragsteller)\b/u;
/** Headings of a decision part that many cities use, for texts that do not use the profile's phrases. */
const GENERIC_BESCHLUSS = /^(?:[IVX]{1,4}\.\s*)?(?:Beschluss(?:antrag|vorschlag|entwurf)?|Antrag|Der .{3,60} möge beschließen)\s*:?$/iu;
const BERATUNG = /^(\p{Lu}[\p{L}\- ]+?)\s+(\d{1,2}\.\d{1,2}\.\d{4})\s+(\d+[\d.]*)\s+(Ö|N)\s+(Vorberatung|Entscheidung|Kenntnisnahme|Anhörung)\b/u;
const BITTE = /^(?:mit der Bitte um|zur)\s+(weitere[n]?\s+Veranlassung|Kenntnisnahme|Kenntnis)/iu;
const ZEICHNUNG = /^([A-ZÄÖÜ][\p{L}.\- ]{1,40}),\s*(?:den\s+)?(\d{1,2}\.\s*(?:\d{1,2}\.\d{2,4}|[A-ZÄÖÜ][a-zäöü]+\s+\d{4}))\s*$/u;
const ZUSATZ = /^(im Auftrag|i\.\s?A\.|in Vertretung|i\.\s?V\.)$/iu;
const BEZUG = /\(\s*(antragsgemäß|abweichend|geändert|gemäß)?\s*([^()]*?)\s+(\d{1,2}\.\d{1,2}\.\d{4})\s+BP\s+(\d+)\s*\)/u;

function strip(text: string): { text: string; offset: number } {
  const lead = text.length - text.trimStart().length;
  const bullet = BULLET.exec(text.slice(lead));
  const offset = lead + (bullet ? bullet[0].length : 0);
  return { text: text.slice(offset).trimEnd(), offset };
}

function dezernatIds(list: string, profile: Profile): string[] {
  const known = new Set(profile.dezernate.list.map((d) => d.id));
  return [...list.matchAll(/\b([IVX]{1,5}|\d{1,2})\b/gu)].map((m) => m[1] as string).filter((d) => known.has(d));
}

export function recognize(paragraphs: readonly string[], profile: Profile, ids: IdSource): Recognized {
  const lines = paragraphs.map(strip);
  const fields: { field: string; range: TextRange }[] = [];
  const header: Record<string, string> = { ...EMPTY_HEADER } as unknown as Record<string, string>;
  let sitzungsart: Vorlage["header"]["sitzungsart"];
  const beratungsfolge: Beratung[] = [];
  const setField = (field: string, value: string, paragraph: number, start: number) => {
    const key = field.slice("header.".length);
    if (header[key] !== "" || value === "") return;
    header[key] = value;
    fields.push({ field, range: { paragraph, start, end: start + value.length } });
  };

  // Section headings: a line that is (or starts with a number and then) one of the profile's phrases.
  const profilePhraseOf = (line: string) =>
    profile.sectionKinds.find((k) => line.replace(SECTION_NUMBER, "").toLowerCase().startsWith(k.phrase.toLowerCase().replace(/[:,]$/u, "")));
  const usesProfilePhrases = lines.some((l) => profilePhraseOf(l.text) !== undefined);
  const phraseOf = (line: string) =>
    usesProfilePhrases ? profilePhraseOf(line) : GENERIC_BESCHLUSS.test(line) ? { kind: "beschluss", phrase: line } : undefined;
  const firstSection = lines.findIndex((l) => phraseOf(l.text) !== undefined);
  const headerEnd = firstSection < 0 ? lines.length : firstSection;

  // Header fields, from labels anywhere before the first section.
  const vorlagenPattern = new RegExp(profile.vorlagenNr.pattern.replace(/^\^/u, "").replace(/\$$/u, ""), "u");
  for (let i = 0; i < headerEnd; i++) {
    const { text, offset } = lines[i] as { text: string; offset: number };
    const nr = /(?:Vorlagen?|Sitzungsvorlage|Drucksache)[-\s]*Nr\.?:?\s*/iu.exec(text);
    if (nr) {
      const rest = text.slice(nr.index + nr[0].length);
      const own = vorlagenPattern.exec(rest);
      const value = own ? own[0] : (rest.split(/\s{2,}|\s+(?=\p{Lu}\p{Ll}+:)/u)[0] ?? "").trim();
      setField("header.vorlagenNr", value, i, offset + nr.index + nr[0].length + (own ? own.index : 0));
    }
    const bnr = /Beschluss[-\s]*Nr\.?:?\s*(\S+)/iu.exec(text);
    if (bnr) setField("header.beschlussNr", bnr[1] as string, i, offset + bnr.index + bnr[0].length - (bnr[1] as string).length);
    const betreff = /^Betreff:?\s*(.*)$/iu.exec(text);
    if (betreff) {
      const inline = (betreff[1] as string).trim();
      const target = inline !== "" ? i : lines.findIndex((l, j) => j > i && l.text !== "");
      if (target >= 0) setField("header.betreff", inline !== "" ? inline : (lines[target] as { text: string }).text, target, inline !== "" ? offset + text.indexOf(inline) : (lines[target] as { offset: number }).offset);
    }
    const to = /Tagesordnung\s+(\S+)\s+Punkt\s+(\S+)/iu.exec(text) ?? /\bTOP\s+([\d.]+)/u.exec(text);
    if (to && header["tagesordnungspunkt"] === "") {
      if (to[2] !== undefined) {
        header["tagesordnung"] = to[1] as string;
        header["tagesordnungspunkt"] = to[2];
      } else header["tagesordnungspunkt"] = to[1] as string;
    }
    if (/\bSitzung\b/iu.test(text) || to) {
      if (sitzungsart === undefined && /nicht\s?öffentlich/iu.test(text)) sitzungsart = "nichtoeffentlich";
      else if (sitzungsart === undefined && /öffentlich/iu.test(text)) sitzungsart = "oeffentlich";
      const date = findDates(text).find((d) => d.valid);
      if (date && header["sitzungsdatum"] === "") header["sitzungsdatum"] = date.start;
    }
    const beratung = BERATUNG.exec(text);
    if (beratung) {
      const date = findDates(beratung[2] as string)[0];
      const entscheidend = beratung[5] === "Entscheidung";
      beratungsfolge.push({ id: ids(), gremium: (beratung[1] as string).trim(), datum: date?.start ?? "", rolle: beratung[5] as string, entscheidend });
      if (entscheidend) {
        header["gremium"] = (beratung[1] as string).trim();
        header["sitzungsdatum"] = date?.start ?? "";
        header["tagesordnungspunkt"] = beratung[3] as string;
        sitzungsart = beratung[4] === "Ö" ? "oeffentlich" : "nichtoeffentlich";
      }
    }
    const gremium = profile.gremien.find((g) => new RegExp(`\\b${g.name}\\b`, "u").test(text));
    if (gremium && header["gremium"] === "" && !beratung) header["gremium"] = gremium.name;
    const art = /^(Beschlussvorlage|Magistratsvorlage|Sitzungsvorlage|Informationsvorlage|Mitteilungsvorlage)\b/u.exec(text);
    if (art && header["vorlagenart"] === "") header["vorlagenart"] = art[1] as string;
  }
  // A Betreff without label: the first plain line after the Vorlagen-Nr. (Wiesbaden's layout).
  const nrField = fields.find((f) => f.field === "header.vorlagenNr");
  if (header["betreff"] === "" && nrField) {
    for (let i = nrField.range.paragraph + 1; i < headerEnd; i++) {
      const { text, offset } = lines[i] as { text: string; offset: number };
      if (text === "") continue;
      if (/Nr\.|Tagesordnung|Sitzung|:/u.test(text) || /^(Beschluss|Antrag|Gremi|Beratung)/u.test(text)) break;
      setField("header.betreff", text, i, offset);
      break;
    }
  }

  // Sections and clauses.
  const sections: Section[] = [];
  const sectionAnchors: { id: string; heading: number; number?: TextRange; clauses: { id: string; first: number; last: number; number?: TextRange }[] }[] = [];
  let tail = lines.length;
  for (let i = Math.max(firstSection, 0); firstSection >= 0 && i < lines.length; i++) {
    const { text, offset } = lines[i] as { text: string; offset: number };
    const kind = phraseOf(text);
    if (kind) {
      const num = SECTION_NUMBER.exec(text);
      const id = ids();
      const number = num?.[1];
      sections.push(number === undefined ? { id, kind: kind.kind, clauses: [] } : { id, kind: kind.kind, clauses: [], writtenNumber: number });
      sectionAnchors.push({ id, heading: i, ...(number ? { number: { paragraph: i, start: offset, end: offset + number.length } } : {}), clauses: [] });
      continue;
    }
    if (text === "") continue;
    const section = sections[sections.length - 1] as Section;
    const anchor = sectionAnchors[sectionAnchors.length - 1] as (typeof sectionAnchors)[number];
    const cn = CLAUSE_NUMBER.exec(text);
    const isEnd = STOP.test(text) || BEZUG.test(text) || BITTE.test(lines[i + 1]?.text ?? "") || ZEICHNUNG.test(text) || /^(Dem|Der|Die)\s+(Magistrat|Gemeinderat|Stadtrat)$/u.test(text);
    if (cn) {
      const number = cn[1] as string;
      const rest = text.slice(number.length).replace(/^[\s\t]+/u, "");
      const clause: Clause = { id: ids(), text: rest, writtenNumber: number };
      (section.clauses as Clause[]).push(clause);
      anchor.clauses.push({ id: clause.id, first: i, last: i, number: { paragraph: i, start: offset, end: offset + number.length } });
    } else if (isEnd) {
      tail = i;
      break;
    } else if (section.clauses.length > 0 && isContinuation(section, lines, i)) {
      const last = section.clauses[section.clauses.length - 1] as Clause;
      (section.clauses as Clause[])[section.clauses.length - 1] = { ...last, text: `${last.text}\n${text}` };
      (anchor.clauses[anchor.clauses.length - 1] as { last: number }).last = i;
    } else if (section.clauses.every((c) => c.writtenNumber === undefined)) {
      // Unnumbered clauses: a decision written as prose (Karlsruhe's Beschlussantrag), a sentence a clause.
      const clause: Clause = { id: ids(), text };
      (section.clauses as Clause[]).push(clause);
      anchor.clauses.push({ id: clause.id, first: i, last: i });
    } else {
      tail = i;
      break;
    }
  }

  const rest = lines.slice(firstSection < 0 ? headerEnd : tail).map((l) => l.text);
  const allText = lines.map((l) => l.text);
  const vorlage: Vorlage = {
    header: { ...(header as unknown as Vorlage["header"]), sitzungsart },
    zustaendigkeit: zustaendigkeitOf(allText.slice(0, headerEnd), header["vorlagenNr"] ?? "", sections, profile),
    sections,
    finanzierung: finanzierungOf(sections, allText, profile, ids),
    bezuege: bezuegeOf(allText, ids),
    beratungsfolge,
    verteiler: verteilerOf(rest, ids),
    zeichnungen: zeichnungenOf(rest, ids),
    bloecke: {},
  };
  const beteiligt = new Set([...(vorlage.finanzierung?.quellen ?? []).map((q) => q.stelle.dezernat), ...vorlage.zustaendigkeit.beteiligt]);
  beteiligt.delete(vorlage.zustaendigkeit.federfuehrend);
  return {
    vorlage: { ...vorlage, zustaendigkeit: { ...vorlage.zustaendigkeit, beteiligt: [...beteiligt] } },
    anchors: { sections: sectionAnchors, fields },
  };
}

/**
 * An unnumbered line continues the clause above: in a numbered list, unless it is a heading
 * (ends in ":"); in prose, unless the clause above ended its sentence.
 */
function isContinuation(section: Section, lines: readonly { text: string }[], i: number): boolean {
  const text = (lines[i] as { text: string }).text;
  const last = section.clauses[section.clauses.length - 1] as Clause;
  if (section.clauses.every((c) => c.writtenNumber !== undefined)) return !/:$/u.test(text);
  return !/[.;!?]$/u.test(last.text);
}

function zustaendigkeitOf(headerLines: readonly string[], vorlagenNr: string, sections: readonly Section[], profile: Profile): Vorlage["zustaendigkeit"] {
  const labelled = headerLines
    .map((l) => /(?:Verantwortlich|Federführung|federführend(?:es Dezernat)?)\s*:?\s*(?:Dezernat|Dez\.)?\s*([IVX]{1,5}|\d{1,2})\b/iu.exec(l)?.[1])
    .find((d) => d !== undefined && profile.dezernate.list.some((x) => x.id === d));
  const match = new RegExp(profile.vorlagenNr.pattern, "u").exec(vorlagenNr);
  const org = match?.groups?.["org"];
  const byOrg = org === undefined ? undefined : profile.dezernate.list.find((d) => d.orgCode === org)?.id;
  const federfuehrend = labelled ?? byOrg ?? "";
  const beteiligtLine = headerLines.map((l) => /beteiligt\s*:?\s*(.*)$/iu.exec(l)?.[1]).find((x) => x !== undefined);
  const beteiligt = beteiligtLine ? dezernatIds(beteiligtLine, profile) : [];
  // "Der Beitritt durch die Dezernate VII und II initiiert": named Dezernate besides the lead take part.
  for (const c of sections.flatMap((s) => s.clauses)) {
    const m = /Dezernate\s+((?:[IVX]{1,5}|\d{1,2})(?:\s*(?:,|und)\s*(?:[IVX]{1,5}|\d{1,2}))+)/u.exec(c.text);
    if (m && /initiiert|federführend|gemeinsam/u.test(c.text)) beteiligt.push(...dezernatIds(m[1] as string, profile));
  }
  return { federfuehrend, beteiligt: [...new Set(beteiligt)].filter((d) => d !== federfuehrend) };
}

function finanzierungOf(sections: readonly Section[], lines: readonly string[], profile: Profile, ids: IdSource): Finanzierung | undefined {
  const decided = sections.filter((s) => s.kind === "beschluss").flatMap((s) => s.clauses.map((c) => c.text));
  const all = [...decided, ...lines];
  const ja = lines.some((l) => /Finanzielle Auswirkungen\s*:?\s*(Ja\s*☒|ja\b)/iu.test(l));
  const nein = lines.some((l) => /Finanzielle Auswirkungen\s*:?\s*(Ja\s*☐\s*Nein\s*☒|nein\b)/iu.test(l));
  const labelled = lines.map((l) => (/^(Betrag|Gesamtkosten|Auftragssumme)\s*:/iu.test(l) ? findAmounts(l)[0] : undefined)).find((a) => a !== undefined);
  const inText = decided.map((t) => findAmounts(t)[0]).find((a) => a !== undefined);
  const amount = labelled ?? inText;
  if (!amount && !ja) return nein ? { auswirkungen: false, quellen: [], bewirtschaftung: "" } : undefined;
  const moneyText = all.find((t) => amount !== undefined && t.includes(amount.text)) ?? "";
  const turnus = /jährlich|pro Jahr|p\.\s?a\./iu.test(moneyText) ? "jaehrlich" : /einmalig/iu.test(moneyText) ? "einmalig" : undefined;
  // Explicit "Deckung:" lines (our own layout) win over the wording of a clause.
  const quellen: Deckungsquelle[] = [];
  for (const text of lines) {
    const deckung = /^Deckung:\s*(?:Dezernat|Dez\.)\s*(\S+?),\s*Produkt\s*(.*?),\s*Kostenstelle\s*(.*?),\s*Anteil\s*([\d,.]+)\s*%/u.exec(text);
    if (deckung) {
      quellen.push({
        id: ids(),
        stelle: { dezernat: deckung[1] as string, produkt: (deckung[2] as string).trim(), kostenstelle: (deckung[3] as string).trim() },
        anteil: Number((deckung[4] as string).replace(/\./g, "").replace(",", ".")) / 100,
      });
    }
  }
  if (quellen.length === 0) {
    const phrase = all
      .map((t) => /(hälftig|zu gleichen Teilen|je zur Hälfte)?\s*aus dem Budget\s+(?:des|der)\s+Dezernate?s?\s+((?:[IVX]{1,5}|\d{1,2})(?:\s*(?:,|und)\s*(?:[IVX]{1,5}|\d{1,2}))*)/iu.exec(t))
      .find((m) => m !== null);
    const list = phrase ? dezernatIds(phrase[2] as string, profile) : [];
    for (const d of list) quellen.push({ id: ids(), stelle: { dezernat: d, produkt: "", kostenstelle: "" }, anteil: 1 / list.length });
  }
  const bew = all.map((t) => /Umsetzung durch (?:Dezernat|Dez\.)\s*([IVX]{1,5}(?:\/\d+)?|\d{1,2}(?:\/\d+)?)/u.exec(t)?.[1]).find((x) => x !== undefined);
  const jahr = all.map((t) => /Haushalt(?:es|s|sjahr)?\s+(\d{4})\b/u.exec(t)?.[1]).find((x) => x !== undefined);
  return {
    auswirkungen: !nein,
    ...(amount ? { betragCent: amount.cents } : {}),
    ...(turnus ? { turnus } : {}),
    ...(jahr ? { haushaltsjahr: Number(jahr) } : {}),
    quellen,
    bewirtschaftung: bew ?? "",
  };
}

function bezuegeOf(lines: readonly string[], ids: IdSource): Bezug[] {
  return lines.flatMap((l) => {
    const m = BEZUG.exec(l);
    const date = m ? findDates(m[3] as string)[0] : undefined;
    return m && date ? [{ id: ids(), vermerk: m[1] ?? "", gremium: (m[2] as string).trim(), datum: date.start, bp: m[4] as string }] : [];
  });
}

function verteilerOf(lines: readonly string[], ids: IdSource): VerteilerEintrag[] {
  const out: VerteilerEintrag[] = [];
  lines.forEach((l, i) => {
    const m = BITTE.exec(l);
    if (!m) return;
    let j = i - 1;
    while (j >= 0 && (lines[j] as string) === "") j--;
    const empfaenger = j >= 0 ? (lines[j] as string) : "";
    const bitte: Bitte = /Veranlassung/iu.test(m[1] as string) ? "veranlassung" : "kenntnisnahme";
    if (empfaenger !== "" && !ZUSATZ.test(empfaenger)) out.push({ id: ids(), empfaenger, bitte });
  });
  return out;
}

function zeichnungenOf(lines: readonly string[], ids: IdSource): Zeichnung[] {
  const out: Zeichnung[] = [];
  const isVerteiler = (j: number) => BITTE.test(lines[j] ?? "") || BITTE.test(lines[j + 1] ?? "");
  lines.forEach((l, i) => {
    const m = ZEICHNUNG.exec(l);
    const date = m ? findDates(m[2] as string)[0] : undefined;
    if (!m || !date) return;
    let j = i + 1;
    while (j < lines.length && lines[j] === "") j++;
    const zusatz = ZUSATZ.test(lines[j] ?? "") ? (lines[j++] as string) : "";
    let name = "";
    for (; j < lines.length; j++) {
      const t = lines[j] as string;
      if (t === "" || isVerteiler(j) || /^-\s*\d+\s*-$/u.test(t)) continue;
      if (ZEICHNUNG.test(t) || /^(Der|Die|Das|Dem)\s/u.test(t)) break;
      name = t;
      break;
    }
    out.push({ id: ids(), ort: (m[1] as string).trim(), datum: date.start, zusatz, name });
  });
  return out;
}
