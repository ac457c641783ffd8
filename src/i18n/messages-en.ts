import type { Role } from "../core/recognize/decode/roles";
import type { Catalogue } from "./catalogue";
import { EXPLAIN_MESSAGES } from "./explain-messages";

const s = (v: string | number | undefined): string => String(v ?? "");

/** A number at the end of a sentence: its own full stop ends the sentence ("an Stelle 1."), never two. */
const nr = (v: string | number | undefined): string => s(v).replace(/\.$/u, "");

/** Personal data in a public proposal (issue 24): the kind and how many, never the value. */
const personal =
  (one: string, many: string) =>
  (p: Readonly<Record<string, string | number>>): string => {
    const n = Number(p["anzahl"] ?? 1);
    const what = n > 1 ? `${n} ${many}` : one;
    const v = (k: string): string => String(p[k] ?? "");
    const where = { kopf: "in the header", beratungsfolge: "in the Beratungsfolge", teil: Number(p["absatz"] ?? 0) > 0 ? `in the part "${v("teil")}", paragraph ${v("absatz")}` : `in the part "${v("teil")}"`, absatz: `in paragraph ${v("absatz")} of the document` }[v("stelle")] ?? "here";
    const isPublic =
      p["sitzungsart"] === "nicht-angegeben"
        ? `The type of session is not stated, so the proposal counts as public. It contains ${what} ${where}.`
        : `This public proposal contains ${what} ${where}.`;
    return `${isPublic} Personal data does not belong in a public proposal: please remove it or move it to a non-public annex.`;
  };

/** Where tracked changes or comments stand (open-revisions.ts: `teil`), at the start of a sentence. */
const markedIn = (teil: string | number | undefined, number?: string | number): string =>
  ({ ziffer: number !== undefined ? `Clause ${String(number)}` : "This clause", abschnitt: number !== undefined ? `Section ${String(number)}` : "This section", kopf: "The header of the proposal", finanzierung: "The financing part", beratungsfolge: "The consultation sequence", bezug: "The references", verteiler: "The distribution list", zeichnung: "The signature", fussnoten: "The footnote or endnote text", kopfzeilen: "The page header or footer text", textfelder: "The text in text boxes" })[String(teil ?? "")] ?? "The text of the proposal";

/** A funding source by its Dezernat ("of Dezernat VII"), or by its product where it names no Dezernat ("product 1.11.01"). */
const sourceName = (p: Readonly<Record<string, string | number>>): string =>
  s(p["dezernat"]) === "" && s(p["produkt"]) !== "" ? `product ${s(p["produkt"])}` : `of Dezernat ${s(p["dezernat"])}`;

/** English, for Office set to English; terms of German administration are kept where they have no equivalent. */
export const EN: Catalogue = {
  lang: "en",
  severity: { error: "Error", warning: "Warning", info: "Note" },
  sectionKinds: { kenntnisnahme: "Noted", beschluss: "Resolved" },
  fields: {
    "header.gremium": "Body (Gremium)",
    "header.sitzungsart": "Public or closed session",
    "header.sitzungsdatum": "Session date",
    "header.tagesordnung": "Agenda",
    "header.tagesordnungspunkt": "Agenda item",
    "header.vorlagenNr": "Proposal number (Vorlagen-Nr.)",
    "header.betreff": "Subject (Betreff)",
    "header.beschlussNr": "Resolution number (Beschluss-Nr.)",
    "header.vorlagenart": "Type of proposal",
    "zustaendigkeit.federfuehrend": "Lead department (Dezernat)",
    "zustaendigkeit.beteiligt": "Departments involved",
    finanzierung: "Financing",
    "finanzierung.betrag": "Amount",
    "finanzierung.turnus": "One-off or yearly",
    "finanzierung.haushaltsjahr": "Budget year",
    "finanzierung.quellen": "Funding sources",
    "finanzierung.bewirtschaftung": "Booked by",
    bezuege: "Earlier decisions",
    beratungsfolge: "Order of consultation",
    verteiler: "Distribution list (Verteiler)",
    zeichnungen: "Signature",
    sections: "Structure (sections and clauses)",
    text: "Text of a clause",
    bloecke: "Additional blocks",
  },
  findings: {
    "field-missing": (p, f) => `Required field missing: ${f.field(s(p["field"])).replace(/\.$/, "")}.`,
    "vorlagen-nr-format": (p) => `The proposal number "${s(p["value"])}" does not have the required form (example: ${s(p["example"])}).`,
    "vorlagen-nr-jahr": (p) => `The year in the proposal number "${s(p["value"])}" (${s(p["jahr"])}) does not match the session year ${s(p["sitzungsjahr"])}.`,
    "vorlagen-nr-dezernat": (p) =>
      p["dezernat"] === ""
        ? `The organisation code ${s(p["org"])} in the proposal number "${s(p["value"])}" belongs to no Dezernat.`
        : `The proposal number "${s(p["value"])}" points to Dezernat ${s(p["dezernat"])}, but the lead is Dezernat ${s(p["federfuehrend"])}.`,
    "dezernat-unknown": (p) => `Dezernat "${s(p["dezernat"])}" is not in the municipality profile.`,
    "date-invalid": (p) => `"${s(p["date"])}" is not a valid date.`,
    "date-order": (p, f) =>
      p["before"] !== undefined
        ? `The earlier decision of ${f.date(s(p["date"]))} is dated after the session on ${f.date(s(p["before"]))}.`
        : `The order of consultation is not chronological: ${f.date(s(p["date"]))} follows ${f.date(s(p["after"]))}.`,
    "section-kind-unknown": (p) => `Section kind "${s(p["kind"])}" is not declared in the municipality profile.`,
    "section-empty": () => "The section has no clause.",
    "ueberarbeitung-offen": (p) =>
      Number(p["anzahl"]) === 1
        ? `${markedIn(p["teil"], p["nummer"])} holds a tracked change that has not been accepted or rejected. While it is open, it is not settled which text is printed, published and decided; the check read the changed text. Please accept or reject the change in Word (Review → Accept or Reject) and check the document again.`
        : `${markedIn(p["teil"], p["nummer"])} holds ${String(p["anzahl"])} tracked changes that have not been accepted or rejected. While they are open, it is not settled which text is printed, published and decided; the check read the changed text. Please accept or reject the changes in Word (Review → Accept or Reject) and check the document again.`,
    "kommentar-offen": (p) =>
      Number(p["anzahl"]) === 1
        ? `${markedIn(p["teil"], p["nummer"])} holds a comment. Comments are internal remarks; they stay in the file and would be published with the proposal. Please resolve and delete the comment (Review → Delete) and check the document again.`
        : `${markedIn(p["teil"], p["nummer"])} holds ${String(p["anzahl"])} comments. Comments are internal remarks; they stay in the file and would be published with the proposal. Please resolve and delete the comments (Review → Delete) and check the document again.`,
    "pruefhinweise-im-dokument": (p) =>
      Number(p["anzahl"]) === 1
        ? "1 of the add-in's findings is in the document as a comment. Like any comment it would be published with the proposal: before submitting, please remove it with \"Remove findings from the document\"."
        : `${String(p["anzahl"])} of the add-in's findings are in the document as comments. Like any comment they would be published with the proposal: before submitting, please remove them with "Remove findings from the document".`,
    "bereich-nicht-geprueft": (p) =>
      `The add-in could not fully check ${p["teil"] === "fussnoten" ? "the footnotes and endnotes" : "the page headers and footers"} in this version of Word: whether tracked changes or comments are open there is not known. Please accept or reject all changes and delete all comments in Word (Review), or check the file with "beschluss check".`,
    "eingebettet-nicht-gelesen": (p) =>
      `The document holds ${p["anzahl"] === "1" ? "an embedded part" : `${s(p["anzahl"])} embedded parts`} (HTML, RTF or a Word document, w:altChunk, that Word turns into text only when it opens the file, or a subdocument in another file, w:subDoc). That text was not read and not checked. Please open the document in Word, take the text into the document, save it and check it again.`,
    "textfeld-nicht-gelesen": (p) =>
      `The document holds ${p["anzahl"] === "1" ? "a text box" : `${s(p["anzahl"])} text boxes`} with text, e.g. "${s(p["auszug"])}". Word prints this text, but it was not read as the proposal's text and not checked. Please check whether it belongs to the proposal, and if so move it into the body text.`,
    "section-kind-repeated": (p) => `The proposal has more than one section of the kind "${s(({ beschluss: "resolution", kenntnisnahme: "taking note" } as Record<string, string>)[s(p["kind"])] ?? p["abschnitt"])}" (this is another). Please check whether one of them is of another kind (such as "taken note of") or was inserted twice.`,
    "clause-empty": () => "The clause has no text.",
    "text-steuerzeichen": (p) =>
      `The text holds invisible control characters (${s(p["zeichen"])}): they change the writing direction or stand unseen inside a word, a number or an amount, so that the text reads otherwise than it looks. Please check and remove them.`,
    "beschluss-clause-missing": () => 'The proposal has no resolution clause. If it is only for information, please ask for "Kenntnisnahme" in the distribution list.',
    "duplicate-id": (p) => `The id "${s(p["id"])}" is used more than once (a copied block?).`,
    "numbering-gap": (p) => `Gap in the numbering: "${s(p["written"])}" stands where ${s(p["expected"])} belongs.`,
    "numbering-duplicate": (p) => `Number "${s(p["written"])}" is used twice; it should be ${nr(p["expected"])}.`,
    "numbering-order": (p) => `Numbers out of order: "${s(p["written"])}" stands where ${s(p["expected"])} belongs.`,
    "numbering-mismatch": (p) => `Number "${s(p["written"])}" does not fit the order; it should be ${nr(p["expected"])}.`,
    "numbering-missing": (p) => `The number is missing; it should be ${nr(p["expected"])}.`,
    "numbering-scheme": (p) => p["unterziffer"] !== undefined ? `The clauses are numbered ${p["luecken"] === "ja" ? "as an outline of their own," : "consistently, but"} not in this office's scheme ("${s(p["written"])} …" instead of "${s(p["expected"])} …"), and "${s(p["unterziffer"])}" stands as a sub-clause under "${s(p["oberziffer"])}". A proposal has one level of clauses only: renumbering would make "${s(p["unterziffer"])}" a clause of its own. Please adjust the structure by hand first.` : `The clauses are numbered consistently, but not in this office's scheme ("${s(p["written"])} …" instead of "${s(p["expected"])} …"); renumbering brings typed numbers into line, numbers from Word's automatic numbering stay as they are.`,
    "finanzierung-betrag-missing": () => "Financial effects are stated, but no amount.",
    "finanzierung-betrag-unsicher": (p) => `An amount is stated but could not be read for certain ("${s(p["auszug"])}"), so it was not taken. Please check.`,
    "finanzierung-betrag-invalid": (p, f) => `The amount ${f.euro(Number(p["betrag"]))} is not allowed.`,
    "finanzierung-turnus-missing": () => "It is not stated whether the amount is one-off or yearly.",
    "finanzierung-haushaltsjahr-missing": () => "The budget year is missing.",
    "finanzierung-haushaltsjahr-invalid": (p) => `"${s(p["jahr"])}" is not a valid budget year.`,
    "finanzierung-quelle-missing": () => "No funding source is given.",
    "finanzierung-quelle-dezernat-missing": () => "A funding source names no responsible Dezernat.",
    "finanzierung-quelle-dezernat-unknown": (p) => `A funding source names Dezernat "${s(p["dezernat"])}", which is not in the municipality profile.`,
    "finanzierung-quelle-stelle-incomplete": (p) =>
      `The funding source ${sourceName(p)} lacks ${p["fehlt"] === "produkt" ? "a product" : p["fehlt"] === "kostenstelle" ? "a cost centre" : "a product and a cost centre"}.`,
    "finanzierung-anteil-invalid": (p) => `The share "${s(p["anteil"])}" of a funding source is not allowed.`,
    "finanzierung-anteil-missing": (p) => `The funding source ${sourceName(p)} has no share.`,
    "finanzierung-anteile-summe": (p) => `The shares of the funding sources add up to ${s(p["prozent"])}\u00a0% instead of 100\u00a0%.`,
    "finanzierung-bewirtschaftung-missing": () => "It is not stated who books the amount (e.g. Dezernat III/20).",
    "finanzierung-bewirtschaftung-unknown": (p) => `Booking by "${s(p["stelle"])}" is not known in the municipality profile.`,
    "verweis-ziel-geloescht": (p) => `Reference to a deleted clause: the reference "${s(p["verweis"])}" in clause ${s(p["ziffer"])} names a clause that no longer exists. Please correct or remove it.`,
    "verweis-veraltet": (p) => `The reference "${s(p["verweis"])}" in clause ${s(p["ziffer"])} shows an old number; the clause is now numbered ${s(p["nummer"])}. "Renumber" corrects it.`,
    "verweis-ziel-fehlt": (p) => `Clause ${s(p["ziffer"])} refers to ${p["art"] === "buchstabe" ? "sub-point" : "clause"} ${s(p["verweis"])}, which this proposal does not have.`,
    "verweis-ziel-fehlt-text": (p) => {
      const where = { teil: Number(p["absatz"] ?? 0) > 0 ? `The part "${s(p["teil"])}", paragraph ${s(p["absatz"])},` : `The part "${s(p["teil"])}"`, absatz: `Paragraph ${s(p["absatz"])} of the document`, kopf: "The header", beratungsfolge: "The Beratungsfolge" }[s(p["stelle"])] ?? "The text";
      return `${where} says "${s(p["wortlaut"])}"; this proposal has no clause ${s(p["verweis"])}. Please check the reference.`;
    },
    "verweis-unsicher": (p) => `Clause ${s(p["ziffer"])} says "${s(p["verweis"])}"; this proposal has no clause with that number. Please check whether it refers to a clause.`,
    "verweis-textmarke-fehlt": (p) => `A cross-reference${p["davor"] ? ` after "${s(p["davor"])}"` : ""} shows "${s(p["anzeige"])}", but its field points to the bookmark "${s(p["textmarke"])}", which the document does not contain. Word prints "Error! Reference source not found." there. Please insert the reference again or replace it by text.`,
    "finanzierung-betrag-widerspruch": (p, f) =>
      `Contradiction: clause ${nr(p["ziffer"])} of the resolution says "${s(p["genannt"])}", the financing ${f.euro(Number(p["betrag"]))}. Please settle which amount is right.`,
    "finanzierung-haushaltsjahr-widerspruch": (p) =>
      `Contradiction: clause ${nr(p["ziffer"])} of the resolution names the budget year ${s(p["genannt"])}, the financing ${s(p["jahr"])}. Please settle which is right.`,
    "finanzierung-betrag-text": (p, f) => `The resolution text says "${s(p["genannt"])}", the financing says ${f.euro(Number(p["betrag"]))}.`,
    "finanzierung-turnus-text": (p) =>
      p["text"] === "jaehrlich"
        ? "The resolution text names a yearly amount; the financing says one-off."
        : "The resolution text names a one-off amount; the financing says yearly.",
    "finanzierung-quelle-text": (p) =>
      p["finanzierung"] === "fehlt"
        ? `Clause ${nr(p["ziffer"])} of the resolution pays from the budget of Dezernat ${s(p["dezernat"])}, but the financing names no funding source of that Dezernat. Please make them agree.`
        : `Clause ${nr(p["ziffer"])} of the resolution pays ${s(p["genannt"])}\u00a0% from the budget of Dezernat ${s(p["dezernat"])}, the financing ${s(p["finanzierung"])}\u00a0%. Please make them agree.`,
    "finanzierung-undeclared": (p) => `The resolution text names "${s(p["genannt"])}", but no financial effects are stated.`,
    "bezug-incomplete": () => "A reference to an earlier decision lacks the body, date or BP number.",
    "verteiler-nicht-erkannt": (p) => `The distribution list was not recognised: "${s(p["auszug"])}". Please check that recipients and requests are given.`,
    "verteiler-missing": () => "The distribution list is empty.",
    "verteiler-empfaenger-missing": () => "An entry of the distribution list names no recipient.",
    "verteiler-bitte-missing": (p) => `Recipient "${s(p["empfaenger"])}" is not asked for anything (for information / for further action).`,
    "block-missing": (p, f) => `The required block "${f.block(s(p["block"]))}" is missing.`,
    "block-field-missing": (p, f) => `Block "${f.block(s(p["block"]))}" lacks "${f.blockField(s(p["block"]), s(p["field"]))}".`,
    "block-value-invalid": (p, f) =>
      `In block "${f.block(s(p["block"]))}", "${s(p["value"])}" is not a choice for "${f.blockField(s(p["block"]), s(p["field"]))}".`,
    "block-unknown": (p) => `Block "${s(p["block"])}" is not declared in the municipality profile.`,
    "structure-orphan-clause": () => "The clause stands outside any section; it is counted with the section before it.",
    "structure-id-reassigned": (p) => `A copied block repeated the id "${s(p["id"])}"; it gets the new id "${s(p["neu"])}".`,
    "structure-heading-kind": (p) =>
      `The section is set up as "${s(p["erwartet"])}", but its heading reads "${s(p["ueberschrift"])}": the printout and the metadata say different things. Please correct the heading or the kind of the section.`,
    "structure-clause-uncontrolled": (p) =>
      p["liste"] === "ja"
        ? `The paragraph "${s(p["nummer"])} ${s(p["auszug"])}" stands outside the Vorlage's clauses; Word's list numbering numbers it as clause ${s(p["nummer"])}, so it prints and is read here as such. Please take the clause over in the task pane or add it with "Insert clause" and delete the paragraph.`
        : `The paragraph "${s(p["nummer"])} ${s(p["auszug"])}" was typed by hand outside the Vorlage's clauses; it prints and is read here as clause ${s(p["nummer"])}, but renumbering does not change its number. Please add the clause in the task pane with "Insert clause" and delete the typed paragraph.`,
    "structure-text-outside-clause": (p) =>
      `The section holds the text "${s(p["auszug"])}" outside its clauses. It prints with the decision but belongs to no clause, so check, comparison and export leave it out. Please move it into a clause or delete it.`,
    "structure-number-in-clause": (p) =>
      `In clause ${s(p["ziffer"])} a paragraph starts with the typed number "${s(p["nummer"])}" ("${s(p["auszug"])}"). In print it looks like a clause of its own, but it belongs to clause ${s(p["ziffer"])}. Please add a clause of its own or remove the typed number.`,
    "structure-clause-in-clause": (p) =>
      `Clause ${s(p["ziffer"])}'s block holds a paragraph that Word's list numbering numbers as clause ${s(p["nummer"])} of its own ("${s(p["auszug"])}"). It prints as clause ${s(p["nummer"])} and is read as such here; but it lies in clause ${s(p["ziffer"])}'s content control, so moving or deleting that clause takes it along. Please add the clause in the task pane with "Insert clause" and delete the paragraph from clause ${s(p["ziffer"])}.`,
    "structure-number-typed": (p) => `The number "${s(p["nummer"])}" is part of the document's text (for instance in a hyperlink or a tracked change), not a number of the structure; renumbering leaves it as it is. Please adjust it by hand if needed.`,
    "recognize-uncertain": (p, f) => `Read with doubt (${f.field(s(p["field"]).split(".").slice(0, 2).join("."))}): "${s(p["auszug"])}". ${p["uebernommen"] === "ja" ? (p["angabe"] === "obergrenze" ? "The document states the amount only as a ceiling (\"up to\", \"at most\"); it was taken as stated. Please check." : "The document states the amount only approximately; it was taken as stated. Please check.") : "Please check; what was not read for certain was not taken over."}`,
    "recognize-unassigned": (p) =>
      p["gelesen"] !== undefined && p["gelesen"] !== ""
        ? `The paragraph "${s(p["auszug"])}" was read as ${EXPLAIN_MESSAGES.en.roles[s(p["gelesen"]) as Role] ?? s(p["gelesen"])} but not taken into any part of the proposal; it stays unchanged in the document.`
        : `The paragraph "${s(p["auszug"])}" was not assigned to any part of the proposal; it stays unchanged in the document but is in no part of the metadata or the exports. If it belongs to a part of the proposal, please put it under that part's heading or add the missing heading; otherwise nothing needs to be done.`,
    "recognize-keine-vorlage": (p) =>
      `No proposal recognised: the document has no resolution part${s(p["grund"]) !== "" ? ` and, by "${s(p["grund"])}", is a letter or minutes` : " and no proposal number"}.`,
    "recognize-page-header": (p, f) => `${f.field(s(p["field"]))} read from the page header: "${s(p["auszug"])}". The body of the document does not state it.`,
    "recognize-nur-ertraege": (p) =>
      `The financing names income only ("${s(p["auszug"])}"): the proposal brings money in and costs nothing. No funding source is needed for it; the treasury expects the amount of income, the budget year and the product it is booked to. If there are costs after all, please state them with their funding source.`,
    "recognize-anderes-profil": (p) =>
      `The document follows the form of the profile "${s(p["name"])}" (proposal number "${s(p["vorlagenNr"])}", ${s(p["merkmale"])}), but it was checked with another profile. Please check it with the profile "${s(p["profil"])}" (beschluss check --profile ${s(p["profil"])} or the profile choice in the task pane); until then, errors of this check may come from the other profile's rules.`,
    "recognize-nested-deeper": (p) => `The paragraph "${s(p["auszug"])}" is nested deeper than a proposal's numbering; it stays text of the point above it.`,
    "recognize-heading-missing": () => 'The heading of the resolution part ("Es wird beschlossen, dass" or similar) was not recognised; the structure read is therefore uncertain.',
    "recognize-gremium-inferred": (p) => `The header names no body; "${s(p["gremium"])}" was inferred from the agenda and the distribution list, as the municipality profile says.`,
    "recognize-folgekosten": (p, f) =>
      `Besides the one-off amount, the financing states yearly follow-up costs of ${f.euro(Number(p["betrag"]))} ("${s(p["auszug"])}"). They are not recorded as the amount and so are missing from the export and the report's sums; please take them into account.`,
    "recognize-federfuehrung-inferred": (p) => `The header names no lead office; Dezernat ${s(p["dezernat"])} was inferred from the office code "${s(p["org"])}" in the Vorlagen-Nr. "${s(p["vorlagenNr"])}".`,
    "metadata-malformed": (p) => `The metadata stored in the document is damaged (${s(p["reason"])}); it will be rewritten from the document text.`,
    "metadata-foreign": () => "The metadata in the document was not written by this add-in; the document text prevails.",
    "metadata-version-newer": (p) =>
      `The metadata comes from a newer version of the add-in (format ${s(p["version"])}, supported: ${s(p["supported"])}); the document text prevails.`,
    "metadata-disagrees": (p, f) => `The stored metadata disagrees with the document text in "${f.field(s(p["field"]))}"; the document text prevails.`,
    "text-unsichtbar": (p) =>
      `The document holds text nobody sees on screen or on paper (white or nearly white type without a coloured background, type in the colour of its background, type of 1 point or less, or hidden by a table style; also through styles, default formatting or theme colours) in ${s(p["anzahl"])} place(s), e.g. "${s(p["beispiel"])}". It is part of the proposal's text and read as such; please check whether it belongs there, and make it visible or remove it.`,
    "text-ausgeblendet": (p) =>
      `The document holds hidden text (formatted as "Hidden", also through styles or default formatting) in ${s(p["anzahl"])} place(s), e.g. "${s(p["beispiel"])}" ${p["nach"] ? `after "${s(p["nach"])}"` : "at the start of the document"}. Word shows and prints it only when hidden text is shown; but it stays in the file and is published with it. It is not part of the proposal's text as read and was not checked. Please check whether it belongs there, and make it visible or remove it (Word: File › Info › Check for Issues › Inspect Document).`,
    "listennummer-unsichtbar": (p) =>
      `The list number "${s(p["nummer"])}" before "${s(p["auszug"])}" is ${p["art"] === "ausgeblendet" ? "hidden" : "invisible (white or of 1 point or less)"} by the formatting of its numbering level${p["anzahl"] === "1" ? "" : ` (${s(p["anzahl"])} such list numbers in the document)`}: Word does not print it, or prints it so that nobody sees it, yet it is read as the paragraph's number. Please check the numbering's formatting and make the number visible or remove it.`,
    rechenfeld: (p) =>
      `The document holds a formula field (${s(p["formel"])}) now showing ${p["angezeigt"] ? `"${s(p["angezeigt"])}"` : "nothing"}${p["offen"] ? " and not closed (it has no field end)" : ""}. That is its last stored result; when Word updates the field (F9, or when printing), another value may appear. Please check the value and type it as text.`,
    "datum-feld": (p) =>
      `The document holds a ${s(p["feld"])} field now showing ${p["angezeigt"] ? `"${s(p["angezeigt"])}"` : "nothing"}${p["offen"] ? " and not closed (it has no field end; what Word shows there is not certain)" : ""}; Word puts another date there when the file is opened, printed or saved. Such a field is no fixed date of the proposal and is not taken as a date; please type the date as text.`,
    "metadata-duplicate": (p) =>
      `The file holds this add-in's metadata ${s(p["anzahl"])} times (${s(p["gilt"])}, ${s(p["weitere"])}); ${s(p["gilt"])} counts: only that part is read and written. The others may hold outdated or different values and should be removed.`,
    // Personal data in public proposals (issue 24): kind and place, never the value.
    "personal-data-iban": personal("an IBAN (bank account)", "IBANs (bank accounts)"),
    "personal-data-telefon": personal("a private telephone number", "private telephone numbers"),
    "personal-data-email": personal("a person's e-mail address", "e-mail addresses of persons"),
    "personal-data-geburtsdatum": personal("a date of birth", "dates of birth"),
    "personal-data-steuer-id": personal("a tax identification number (Steuer-ID)", "tax identification numbers (Steuer-ID)"),
    "personal-data-anschrift": personal("a private home address", "private home addresses"),
    // Accessibility (issue 24, EN 301 549 ch. 10 / BITV 2.0): warnings, never errors.
    "accessibility-language-missing": () =>
      "Accessibility: the document has no language set, so screen readers may read it with the wrong pronunciation. Set \"Deutsch (Deutschland)\" as the default language (Review → Language).",
    "accessibility-language-not-german": (p) =>
      `Accessibility: the document language is "${s(p["sprache"])}", but the Vorlage is German, so screen readers read it with the wrong pronunciation. Set "Deutsch (Deutschland)" as the default language (Review → Language).`,
    "accessibility-title-missing": () =>
      "Accessibility: the document has no title in its properties (File → Info → Title), so screen readers and PDFs made from it show only the file name. The Betreff makes a good title.",
    "accessibility-heading-style": (p) =>
      `Accessibility: the section heading "${s(p["auszug"])}" is not marked as a heading (${p["formatvorlage"] ? `style "${s(p["formatvorlage"])}", which has no outline level` : "no style of its own and no outline level"}), so screen readers cannot navigate to it. Use a heading style or give the style an outline level.`,
    "accessibility-table-header": (p) =>
      `Accessibility: table ${s(p["nummer"])}${p["auszug"] ? ` ("${s(p["auszug"])} …")` : ""} has no marked header row, so screen readers cannot relate its cells to their columns. Mark the first row as header row (Table Layout → "Repeat Header Rows").`,
    "accessibility-image-alternative": (p) =>
      `Accessibility: picture ${s(p["nummer"])}${p["name"] ? ` ("${s(p["name"])}")` : ""} has no alternative text, so screen readers cannot describe it. Add alternative text or mark it as decorative.`,
    "accessibility-floating-text-box": (p) =>
      `Accessibility: text box ${s(p["nummer"])} ("${s(p["auszug"])}") floats on the page, so screen readers may skip its text or read it out of order. Move the text into the body or place the box in line with text.`,
    "accessibility-field-prompt": (p) =>
      p["anzahl"] === 1
        ? `An empty field of the Vorlage shows its prompt "${s(p["auszug"])}"; while it is empty, the prompt is printed and read aloud.`
        : `Empty fields of the Vorlage show their prompts (${s(p["auszug"])}); while they are empty, the prompts are printed and read aloud.`,
    "accessibility-placeholder": (p) =>
      `Accessibility: a content control still shows its placeholder text "${s(p["auszug"])}", which is read aloud and printed as if it were content, but not read as a value of the proposal (such as an amount). Fill it in or remove the control.`,
  },
};
