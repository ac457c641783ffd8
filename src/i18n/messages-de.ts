import type { Role } from "../core/recognize/decode/roles";
import type { Catalogue } from "./catalogue";
import { EXPLAIN_MESSAGES } from "./explain-messages";

const s = (v: string | number | undefined): string => String(v ?? "");
/** A number at the end of a sentence: its own full stop ends the sentence ("an Stelle 1."), never two. */
const nr = (v: string | number | undefined): string => s(v).replace(/\.$/u, "");

/** Personal data in a public Vorlage (issue 24): the kind and how many, never the value. */
const personenbezug =
  (eins: string, mehrere: string) =>
  (p: Readonly<Record<string, string | number>>): string => {
    const n = Number(p["anzahl"] ?? 1);
    const was = n > 1 ? `${n} ${mehrere}` : eins;
    const wo = { kopf: "im Kopf", beratungsfolge: "in der Beratungsfolge", teil: Number(p["absatz"] ?? 0) > 0 ? `im Teil „${s(p["teil"])}“, Absatz ${s(p["absatz"])},` : `im Teil „${s(p["teil"])}“`, absatz: `in Absatz ${s(p["absatz"])} des Dokuments` }[s(p["stelle"])] ?? "hier";
    const oeffentlich =
      p["sitzungsart"] === "nicht-angegeben"
        ? `Die Sitzungsart ist nicht angegeben; die Vorlage gilt daher als öffentlich. Sie enthält ${wo} ${was}.`
        : `Die öffentliche Vorlage enthält ${wo} ${was}.`;
    return `${oeffentlich} Personenbezogene Daten gehören nicht in eine öffentliche Vorlage: bitte entfernen oder in eine nichtöffentliche Anlage aufnehmen.`;
  };

/** Where tracked changes or comments stand (open-revisions.ts: `teil`), at the start of a sentence. */
const markiertIn = (teil: string | number | undefined, nummer?: string | number): string =>
  ({ ziffer: nummer !== undefined ? `In Ziffer ${s(nummer)}` : "In dieser Ziffer", abschnitt: nummer !== undefined ? `Im Abschnitt ${s(nummer)}` : "In diesem Abschnitt", kopf: "Im Kopf der Vorlage", finanzierung: "In den Angaben zur Finanzierung", beratungsfolge: "In der Beratungsfolge", bezug: "In den Bezügen", verteiler: "Im Verteiler", zeichnung: "In der Zeichnung", fussnoten: "In den Fuß- oder Endnoten", kopfzeilen: "In den Kopf- oder Fußzeilen", textfelder: "In den Textfeldern" })[s(teil)] ?? "Im Text der Vorlage";

/** „2025-04-31“ as the document typed it: „31.04.2025“ (an impossible date cannot go through the calendar's formatting). */
const asTyped = (v: string | number | undefined): string => s(v).replace(/^(\d{4})-(\d{2})-(\d{2})$/u, "$3.$2.$1");

/** A Deckungsquelle by its Dezernat („von Dezernat VII“), or by its Produkt where it names no Dezernat („Produkt 1.11.01“). */
const quelleName = (p: Readonly<Record<string, string | number>>): string =>
  s(p["dezernat"]) === "" && s(p["produkt"]) !== "" ? `Produkt ${s(p["produkt"])}` : `von Dezernat ${s(p["dezernat"])}`;

/** Deutsch: die Sprache der Verwaltung, Standard des Add-ins. */
export const DE: Catalogue = {
  lang: "de",
  severity: { error: "Fehler", warning: "Warnung", info: "Hinweis" },
  sectionKinds: { kenntnisnahme: "Kenntnisnahme", beschluss: "Beschluss" },
  fields: {
    "header.gremium": "Gremium",
    "header.sitzungsart": "Sitzungsart (öffentlich/nicht öffentlich)",
    "header.sitzungsdatum": "Sitzungsdatum",
    "header.tagesordnung": "Tagesordnung",
    "header.tagesordnungspunkt": "Tagesordnungspunkt",
    "header.vorlagenNr": "Vorlagen-Nr.",
    "header.betreff": "Betreff",
    "header.beschlussNr": "Beschluss-Nr.",
    "header.vorlagenart": "Vorlagenart",
    "zustaendigkeit.federfuehrend": "Federführendes Dezernat",
    "zustaendigkeit.beteiligt": "Beteiligte Dezernate",
    finanzierung: "Finanzierung",
    "finanzierung.betrag": "Betrag",
    "finanzierung.turnus": "Einmalig/jährlich",
    "finanzierung.haushaltsjahr": "Haushaltsjahr",
    "finanzierung.quellen": "Deckungsquellen",
    "finanzierung.bewirtschaftung": "Haushaltstechnische Umsetzung",
    bezuege: "Bezug auf frühere Beschlüsse",
    beratungsfolge: "Beratungsfolge",
    verteiler: "Verteiler",
    zeichnungen: "Zeichnung",
    sections: "Gliederung (Abschnitte und Ziffern)",
    text: "Text einer Ziffer",
    bloecke: "Zusätzliche Angaben",
  },
  findings: {
    // A label may end in a period itself ("Vorlagen-Nr."): the sentence then ends with it.
    "field-missing": (p, f) => `Pflichtangabe fehlt: ${f.field(s(p["field"])).replace(/\.$/, "")}.`,
    "vorlagen-nr-format": (p) => `Die Vorlagen-Nr. „${s(p["value"])}“ entspricht nicht dem vorgeschriebenen Aufbau (Beispiel: ${s(p["example"])}).`,
    "vorlagen-nr-jahr": (p) => `Das Jahr in der Vorlagen-Nr. „${s(p["value"])}“ (${s(p["jahr"])}) passt nicht zum Sitzungsjahr ${s(p["sitzungsjahr"])}.`,
    "vorlagen-nr-dezernat": (p) =>
      p["dezernat"] === ""
        ? `Die Organisationskennung ${s(p["org"])} in der Vorlagen-Nr. „${s(p["value"])}“ ist keinem Dezernat zugeordnet.`
        : `Die Vorlagen-Nr. „${s(p["value"])}“ verweist auf Dezernat ${s(p["dezernat"])}, federführend ist jedoch Dezernat ${s(p["federfuehrend"])}.`,
    "dezernat-unknown": (p) => `Dezernat „${s(p["dezernat"])}“ ist im Kommunalprofil nicht bekannt.`,
    "date-invalid": (p) => `„${asTyped(p["date"])}“ ist kein gültiges Datum (diesen Tag gibt es im Kalender nicht).`,
    "date-order": (p, f) =>
      p["before"] !== undefined
        ? `Der frühere Beschluss vom ${f.date(s(p["date"]))} liegt nach der Sitzung am ${f.date(s(p["before"]))}.`
        : `Die Beratungsfolge ist nicht zeitlich geordnet: ${f.date(s(p["date"]))} folgt auf ${f.date(s(p["after"]))}.`,
    "section-kind-unknown": (p) => `Abschnittsart „${s(p["kind"])}“ ist im Kommunalprofil nicht vorgesehen.`,
    "section-empty": () => "Der Abschnitt enthält keine Ziffer.",
    "ueberarbeitung-offen": (p) =>
      Number(p["anzahl"]) === 1
        ? `${markiertIn(p["teil"], p["nummer"])} steht eine nachverfolgte Änderung, die noch nicht angenommen oder abgelehnt wurde. Solange sie offen ist, steht nicht fest, welcher Text gedruckt, veröffentlicht und beschlossen wird; die Prüfung hat den geänderten Text gelesen. Bitte die Änderung in Word annehmen oder ablehnen (Überprüfen → Annehmen oder Ablehnen) und das Dokument erneut prüfen.`
        : `${markiertIn(p["teil"], p["nummer"])} stehen ${s(p["anzahl"])} nachverfolgte Änderungen, die noch nicht angenommen oder abgelehnt wurden. Solange sie offen sind, steht nicht fest, welcher Text gedruckt, veröffentlicht und beschlossen wird; die Prüfung hat den geänderten Text gelesen. Bitte die Änderungen in Word annehmen oder ablehnen (Überprüfen → Annehmen oder Ablehnen) und das Dokument erneut prüfen.`,
    "kommentar-offen": (p) =>
      Number(p["anzahl"]) === 1
        ? `${markiertIn(p["teil"], p["nummer"])} steht ein Kommentar. Kommentare sind interne Anmerkungen; sie bleiben in der Datei und würden mit der Vorlage veröffentlicht. Bitte den Kommentar erledigen und löschen (Überprüfen → Löschen) und das Dokument erneut prüfen.`
        : `${markiertIn(p["teil"], p["nummer"])} stehen ${s(p["anzahl"])} Kommentare. Kommentare sind interne Anmerkungen; sie bleiben in der Datei und würden mit der Vorlage veröffentlicht. Bitte die Kommentare erledigen und löschen (Überprüfen → Löschen) und das Dokument erneut prüfen.`,
    "pruefhinweise-im-dokument": (p) =>
      Number(p["anzahl"]) === 1
        ? "1 Prüfhinweis des Add-ins steht als Kommentar im Dokument. Er würde wie jeder Kommentar mit der Vorlage veröffentlicht: vor der Einreichung bitte mit „Prüfhinweise aus dem Dokument entfernen“ entfernen."
        : `${s(p["anzahl"])} Prüfhinweise des Add-ins stehen als Kommentare im Dokument. Sie würden wie jeder Kommentar mit der Vorlage veröffentlicht: vor der Einreichung bitte mit „Prüfhinweise aus dem Dokument entfernen“ entfernen.`,
    "bereich-nicht-geprueft": (p) =>
      `${p["teil"] === "fussnoten" ? "Die Fuß- und Endnoten" : "Die Kopf- und Fußzeilen"} konnte der Aufgabenbereich in dieser Word-Version nicht vollständig prüfen: Ob dort nachverfolgte Änderungen oder Kommentare offen sind, ist nicht festgestellt. Bitte in Word unter „Überprüfen“ alle Änderungen annehmen oder ablehnen und alle Kommentare löschen, oder die Datei mit „beschluss check“ prüfen.`,
    "eingebettet-nicht-gelesen": (p) =>
      `Das Dokument enthält ${p["anzahl"] === "1" ? "einen eingebetteten Teil" : `${s(p["anzahl"])} eingebettete Teile`} (HTML, RTF oder ein Word-Dokument, w:altChunk, den Word erst beim Öffnen in Text umwandelt, oder ein Filialdokument in einer anderen Datei, w:subDoc). Dieser Text wurde nicht gelesen und nicht geprüft. Bitte das Dokument in Word öffnen, den Text in das Dokument übernehmen, speichern und erneut prüfen.`,
    // Named by its kind, not by the profile's heading phrase: a recognised document may print another heading („Beschlussantrag“).
    "textfeld-nicht-gelesen": (p) =>
      `Das Dokument enthält ${p["anzahl"] === "1" ? "ein Textfeld" : `${s(p["anzahl"])} Textfelder`} mit Text, etwa „${s(p["auszug"])}“. Word druckt diesen Text, er wurde aber nicht als Text der Vorlage gelesen und nicht geprüft. Bitte prüfen, ob er zur Vorlage gehört, und ihn dann in den Fließtext übernehmen.`,
    "section-kind-repeated": (p) => `Die Vorlage hat mehr als einen Abschnitt der Art „${s(({ beschluss: "Beschluss", kenntnisnahme: "Kenntnisnahme" } as Record<string, string>)[s(p["kind"])] ?? p["abschnitt"])}“ (hier ein weiterer). Bitte prüfen, ob einer davon eine andere Art hat (etwa „zur Kenntnis genommen“) oder doppelt eingefügt wurde.`,
    "clause-empty": () => "Die Ziffer enthält keinen Text.",
    "text-steuerzeichen": (p) =>
      `Der Text enthält unsichtbare Steuerzeichen (${s(p["zeichen"])}): Sie ändern die Schreibrichtung oder stehen unsichtbar in einem Wort, einer Nummer oder einem Betrag, sodass der Text anders gelesen wird, als er aussieht. Bitte prüfen und entfernen.`,
    "beschluss-clause-missing": () => "Die Vorlage enthält keine Beschlussziffer. Ist sie nur zur Kenntnisnahme bestimmt, bitte im Verteiler um Kenntnisnahme bitten.",
    "duplicate-id": (p) => `Die Kennung „${s(p["id"])}“ ist mehrfach vergeben (kopierter Block?).`,
    "numbering-gap": (p) => `Lücke in der Nummerierung: „${s(p["written"])}“ steht an Stelle ${nr(p["expected"])}.`,
    "numbering-duplicate": (p) => `Nummer „${s(p["written"])}“ ist doppelt vergeben; richtig wäre ${nr(p["expected"])}.`,
    "numbering-order": (p) => `Nummerierung in falscher Reihenfolge: „${s(p["written"])}“ steht an Stelle ${nr(p["expected"])}.`,
    "numbering-mismatch": (p) => `Nummer „${s(p["written"])}“ passt nicht zur Reihenfolge; richtig wäre ${nr(p["expected"])}.`,
    "numbering-missing": (p) => `Die Nummer fehlt; richtig wäre ${nr(p["expected"])}.`,
    "numbering-scheme": (p) => p["unterziffer"] !== undefined ? `Die Ziffern sind ${p["luecken"] === "ja" ? "als eigene Gliederung" : "in sich stimmig, aber"} nicht nach dem Schema des Hauses nummeriert („${s(p["written"])} …“ statt „${s(p["expected"])} …“), und „${s(p["unterziffer"])}“ steht als Unterziffer unter „${s(p["oberziffer"])}“. Die Vorlage kennt nur eine Ebene von Ziffern: beim Neunummerieren würde „${s(p["unterziffer"])}“ eine eigene Ziffer. Bitte die Gliederung zuerst von Hand anpassen.` : `Die Ziffern sind in sich stimmig, aber nicht nach dem Schema des Hauses nummeriert („${s(p["written"])} …“ statt „${s(p["expected"])} …“); „Neu nummerieren“ gleicht getippte Nummern an, Nummern aus der automatischen Nummerierung von Word bleiben, wie sie sind.`,
    "finanzierung-betrag-missing": () => "Finanzielle Auswirkungen sind angegeben, aber kein Betrag.",
    "finanzierung-betrag-unsicher": (p) => `Ein Betrag ist angegeben, wurde aber nicht sicher gelesen („${s(p["auszug"])}“) und daher nicht übernommen. Bitte prüfen.`,
    "finanzierung-betrag-invalid": (p, f) => `Der Betrag ${f.euro(Number(p["betrag"]))} ist nicht zulässig.`,
    "finanzierung-turnus-missing": () => "Es fehlt die Angabe, ob der Betrag einmalig oder jährlich anfällt.",
    "finanzierung-haushaltsjahr-missing": () => "Das Haushaltsjahr fehlt.",
    "finanzierung-haushaltsjahr-invalid": (p) => `„${s(p["jahr"])}“ ist kein gültiges Haushaltsjahr.`,
    "finanzierung-quelle-missing": () => "Es ist keine Deckungsquelle angegeben.",
    "finanzierung-quelle-dezernat-missing": () => "Bei einer Deckungsquelle fehlt das budgetverantwortliche Dezernat.",
    "finanzierung-quelle-dezernat-unknown": (p) => `Die Deckungsquelle nennt Dezernat „${s(p["dezernat"])}“, das im Kommunalprofil nicht bekannt ist.`,
    "finanzierung-quelle-stelle-incomplete": (p) =>
      `Bei der Deckungsquelle ${quelleName(p)} ${p["fehlt"] === "produkt" ? "fehlt das Produkt" : p["fehlt"] === "kostenstelle" ? "fehlt die Kostenstelle" : "fehlen Produkt und Kostenstelle"}.`,
    "finanzierung-anteil-invalid": (p) => `Der Anteil „${s(p["anteil"])}“ einer Deckungsquelle ist nicht zulässig.`,
    "finanzierung-anteil-missing": (p) => `Bei der Deckungsquelle ${quelleName(p)} fehlt der Anteil.`,
    "finanzierung-anteile-summe": (p) => `Die Anteile der Deckungsquellen ergeben ${s(p["prozent"]).replace(".", ",")}\u00a0% statt 100\u00a0%.`,
    "finanzierung-bewirtschaftung-missing": () => "Es ist nicht angegeben, wer die haushaltstechnische Umsetzung vornimmt (z. B. Dezernat III/20).",
    "finanzierung-bewirtschaftung-unknown": (p) => `Die haushaltstechnische Umsetzung durch „${s(p["stelle"])}“ ist im Kommunalprofil nicht bekannt.`,
    "verweis-ziel-geloescht": (p) => `Verweis auf gelöschte Ziffer: Der Verweis „${s(p["verweis"])}“ in Ziffer ${nr(p["ziffer"])} nennt eine Ziffer, die es nicht mehr gibt. Bitte den Verweis anpassen oder entfernen.`,
    "verweis-veraltet": (p) => `Der Verweis „${s(p["verweis"])}“ in Ziffer ${nr(p["ziffer"])} nennt eine alte Nummer; die Ziffer trägt jetzt die Nummer ${nr(p["nummer"])}. „Neu nummerieren“ berichtigt ihn.`,
    "verweis-ziel-fehlt": (p) => `In Ziffer ${nr(p["ziffer"])} wird auf ${p["art"] === "buchstabe" ? "Buchstabe" : "Ziffer"} ${s(p["verweis"])} verwiesen, ${p["art"] === "buchstabe" ? "den" : "die"} es in dieser Vorlage nicht gibt.`,
    "verweis-ziel-fehlt-text": (p) => {
      const wo = { teil: Number(p["absatz"] ?? 0) > 0 ? `Im Teil „${s(p["teil"])}“, Absatz ${s(p["absatz"])},` : `Im Teil „${s(p["teil"])}“`, absatz: `In Absatz ${s(p["absatz"])} des Dokuments`, kopf: "Im Kopf", beratungsfolge: "In der Beratungsfolge" }[s(p["stelle"])] ?? "Im Text";
      return `${wo} steht „${s(p["wortlaut"])}“; eine Ziffer ${nr(p["verweis"])} gibt es in dieser Vorlage nicht. Bitte den Verweis prüfen.`;
    },
    "verweis-unsicher": (p) => `In Ziffer ${nr(p["ziffer"])} steht „${s(p["verweis"])}“; eine Ziffer mit dieser Nummer gibt es in dieser Vorlage nicht. Bitte prüfen, ob hier auf eine Ziffer verwiesen wird.`,
    "verweis-textmarke-fehlt": (p) => `Ein Verweis${p["davor"] ? ` nach „${s(p["davor"])}“` : ""} zeigt „${s(p["anzeige"])}“, sein Feld verweist aber auf die Textmarke „${s(p["textmarke"])}“, die es im Dokument nicht gibt. Word druckt dort „Fehler! Verweisquelle konnte nicht gefunden werden.“ Bitte den Verweis neu einfügen oder durch Text ersetzen.`,
    "finanzierung-betrag-widerspruch": (p, f) =>
      `Widerspruch: Ziffer ${nr(p["ziffer"])} des Beschlusses nennt „${s(p["genannt"])}“, die Finanzierung ${f.euro(Number(p["betrag"]))}. Bitte klären, welcher Betrag gilt.`,
    "finanzierung-haushaltsjahr-widerspruch": (p) =>
      `Widerspruch: Ziffer ${nr(p["ziffer"])} des Beschlusses nennt das Haushaltsjahr ${s(p["genannt"])}, die Finanzierung ${s(p["jahr"])}. Bitte klären, welches gilt.`,
    "finanzierung-betrag-text": (p, f) => `Im Beschlusstext steht „${s(p["genannt"])}“, in der Finanzierung jedoch ${f.euro(Number(p["betrag"]))}.`,
    "finanzierung-turnus-text": (p) =>
      p["text"] === "jaehrlich"
        ? "Der Beschlusstext nennt einen jährlichen Betrag, die Finanzierung ist als einmalig angegeben."
        : "Der Beschlusstext nennt einen einmaligen Betrag, die Finanzierung ist als jährlich angegeben.",
    "finanzierung-quelle-text": (p) =>
      p["finanzierung"] === "fehlt"
        ? `Ziffer ${nr(p["ziffer"])} des Beschlusses nennt Mittel des Dezernats ${s(p["dezernat"])}, die Finanzierung aber keine Deckungsquelle dieses Dezernats. Bitte angleichen.`
        : `Ziffer ${nr(p["ziffer"])} des Beschlusses nennt ${s(p["genannt"]).replace(".", ",")}\u00a0% aus Mitteln des Dezernats ${s(p["dezernat"])}, die Finanzierung ${s(p["finanzierung"]).replace(".", ",")}\u00a0%. Bitte angleichen.`,
    "finanzierung-undeclared": (p) => `Der Beschlusstext nennt „${s(p["genannt"])}“, finanzielle Auswirkungen sind aber nicht angegeben.`,
    "bezug-incomplete": () => "Beim Bezug auf einen früheren Beschluss fehlen Gremium, Datum oder BP-Nummer.",
    "verteiler-nicht-erkannt": (p) => `Der Verteiler wurde nicht erkannt: „${s(p["auszug"])}“. Bitte prüfen, ob Empfänger und Bitte (z. B. „mit der Bitte um Kenntnisnahme“) angegeben sind.`,
    "verteiler-missing": () => "Der Verteiler ist leer.",
    "verteiler-empfaenger-missing": () => "Ein Eintrag im Verteiler nennt keinen Empfänger.",
    "verteiler-bitte-missing": (p) => `Beim Empfänger „${s(p["empfaenger"])}“ fehlt „mit der Bitte um Kenntnisnahme“ oder „um weitere Veranlassung“.`,
    "block-missing": (p, f) => `Der Pflichtblock „${f.block(s(p["block"]))}“ fehlt.`,
    "block-field-missing": (p, f) => `Im Block „${f.block(s(p["block"]))}“ fehlt die Angabe „${f.blockField(s(p["block"]), s(p["field"]))}“.`,
    "block-value-invalid": (p, f) =>
      `Im Block „${f.block(s(p["block"]))}“ ist „${s(p["value"])}“ für „${f.blockField(s(p["block"]), s(p["field"]))}“ nicht vorgesehen.`,
    "block-unknown": (p) => `Der Block „${s(p["block"])}“ ist im Kommunalprofil nicht vorgesehen.`,
    "structure-orphan-clause": () => "Die Ziffer steht außerhalb eines Abschnitts; sie wird dem vorangehenden Abschnitt zugeordnet.",
    "structure-id-reassigned": (p) => `Ein kopierter Block trug die Kennung „${s(p["id"])}“ doppelt; er erhält die neue Kennung „${s(p["neu"])}“.`,
    "structure-heading-kind": (p) =>
      `Der Abschnitt ist als „${s(p["erwartet"])}“ angelegt, seine Überschrift lautet aber „${s(p["ueberschrift"])}“: Ausdruck und Metadaten sagen damit Verschiedenes. Bitte die Überschrift oder die Art des Abschnitts berichtigen.`,
    "structure-clause-uncontrolled": (p) =>
      p["liste"] === "ja"
        ? `Der Absatz „${s(p["nummer"])} ${s(p["auszug"])}“ steht außerhalb der Ziffern der Vorlage; die Listennummerierung von Word nummeriert ihn als Ziffer ${s(p["nummer"])}, so wird er gedruckt und hier gelesen. Bitte die Ziffer im Aufgabenbereich übernehmen oder mit „Ziffer einfügen“ anlegen und den Absatz löschen.`
        : `Der Absatz „${s(p["nummer"])} ${s(p["auszug"])}“ ist von Hand getippt und steht außerhalb der Ziffern der Vorlage; er wird gedruckt und hier als Ziffer ${s(p["nummer"])} gelesen, die Nummer aber beim Neunummerieren nicht geändert. Bitte die Ziffer im Aufgabenbereich mit „Ziffer einfügen“ anlegen und den getippten Absatz löschen.`,
    "structure-text-outside-clause": (p) =>
      `Im Abschnitt steht außerhalb seiner Ziffern der Text „${s(p["auszug"])}“. Er wird mit dem Beschluss gedruckt, gehört aber zu keiner Ziffer und fehlt daher in Prüfung, Vergleich und Export. Bitte ihn in eine Ziffer übernehmen oder löschen.`,
    "structure-number-in-clause": (p) =>
      `In Ziffer ${s(p["ziffer"])} beginnt ein Absatz mit der getippten Nummer „${s(p["nummer"])}“ („${s(p["auszug"])}“). Gedruckt sieht er wie eine eigene Ziffer aus, er gehört aber zu Ziffer ${s(p["ziffer"])}. Bitte eine eigene Ziffer anlegen oder die getippte Nummer entfernen.`,
    "structure-clause-in-clause": (p) =>
      `Im Baustein von Ziffer ${s(p["ziffer"])} steht ein Absatz, den die Listennummerierung von Word als eigene Ziffer ${s(p["nummer"])} nummeriert („${s(p["auszug"])}“). Er wird als Ziffer ${s(p["nummer"])} gedruckt und hier so gelesen; er liegt aber im Inhaltssteuerelement von Ziffer ${s(p["ziffer"])}, sodass Verschieben oder Löschen dieser Ziffer ihn mitnimmt. Bitte die Ziffer im Aufgabenbereich mit „Ziffer einfügen“ anlegen und den Absatz aus Ziffer ${s(p["ziffer"])} löschen.`,
    "structure-number-typed": (p) => `Die Nummer „${s(p["nummer"])}“ ist Text des Dokuments (etwa in einem Hyperlink oder einer nachverfolgten Änderung), keine Nummer der Gliederung; sie wird beim Neunummerieren nicht geändert. Bitte bei Bedarf von Hand anpassen.`,
    "recognize-uncertain": (p, f) => `Unsicher gelesen (${f.field(s(p["field"]).split(".").slice(0, 2).join("."))}): „${s(p["auszug"])}“. ${p["uebernommen"] === "ja" ? (p["angabe"] === "obergrenze" ? "Der Betrag ist im Dokument nur als Obergrenze („bis zu“, „höchstens“) angegeben und wurde so übernommen; bitte prüfen." : "Der Betrag ist im Dokument nur ungefähr angegeben und wurde so übernommen; bitte prüfen.") : "Bitte prüfen; nicht sicher Gelesenes wurde nicht übernommen."}`,
    "recognize-unassigned": (p) =>
      p["gelesen"] !== undefined && p["gelesen"] !== ""
        ? `Der Absatz „${s(p["auszug"])}“ wurde als ${EXPLAIN_MESSAGES.de.roles[s(p["gelesen"]) as Role] ?? s(p["gelesen"])} gelesen, aber in keinen Teil der Vorlage übernommen; er bleibt unverändert im Dokument.`
        : `Der Absatz „${s(p["auszug"])}“ wurde keinem Teil der Vorlage zugeordnet; er bleibt unverändert im Dokument, steht aber in keinem Teil der Metadaten und der Exporte. Gehört er zu einem Teil der Vorlage, bitte ihn unter dessen Überschrift stellen oder die fehlende Überschrift ergänzen; sonst ist nichts zu tun.`,
    "recognize-keine-vorlage": (p) =>
      `Keine Vorlage erkannt: Das Dokument hat keinen Beschlussteil${s(p["grund"]) !== "" ? ` und ist nach „${s(p["grund"])}“ ein Brief oder eine Niederschrift` : " und keine Vorlagen-Nr"}.`,
    "recognize-page-header": (p, f) => `${f.field(s(p["field"]))} aus der Kopfzeile gelesen: „${s(p["auszug"])}“. Der Dokumenttext selbst nennt die Angabe nicht.`,
    "recognize-nur-ertraege": (p) =>
      `Die Finanzierung nennt nur Erträge („${s(p["auszug"])}“): Die Vorlage bringt Geld ein und verursacht keine Kosten. Eine Deckungsquelle ist dafür nicht anzugeben; die Kämmerei erwartet den Betrag der Erträge, das Haushaltsjahr und das Produkt, bei dem sie gebucht werden. Entstehen doch Kosten, bitte sie mit Deckungsquelle angeben.`,
    "recognize-anderes-profil": (p) =>
      `Das Dokument entspricht dem Muster des Profils „${s(p["name"])}“ (Vorlagen-Nr. „${s(p["vorlagenNr"])}“, ${s(p["merkmale"])}), geprüft wurde es aber mit einem anderen Profil. Bitte mit dem Profil „${s(p["profil"])}“ prüfen (beschluss check --profile ${s(p["profil"])} oder die Profilwahl im Aufgabenbereich); bis dahin können Fehler dieser Prüfung auf die Regeln des anderen Profils zurückgehen.`,
    "recognize-nested-deeper": (p) => `Der Absatz „${s(p["auszug"])}“ ist tiefer gegliedert, als eine Vorlage Ziffern kennt; er bleibt Text des übergeordneten Punkts.`,
    "recognize-heading-missing": () => "Die Überschrift des Beschlussteils („Es wird beschlossen, dass“ o. Ä.) wurde nicht erkannt; die Gliederung ist daher unsicher.",
    "recognize-gremium-inferred": (p) => `Das Gremium ist im Kopf nicht genannt; „${s(p["gremium"])}“ wurde nach dem Kommunalprofil aus Tagesordnung und Verteiler erschlossen.`,
    "recognize-folgekosten": (p, f) =>
      `Die Finanzierung nennt neben dem einmaligen Betrag jährliche Folgekosten von ${f.euro(Number(p["betrag"]))} („${s(p["auszug"])}“). Sie sind nicht als Betrag erfasst und fehlen daher in Export und Summen des Prüfberichts; bitte bei der Prüfung berücksichtigen.`,
    "recognize-federfuehrung-inferred": (p) =>
      `Die Federführung ist im Kopf nicht genannt; Dezernat ${s(p["dezernat"])} wurde aus der Dienststellenkennung „${s(p["org"])}“ der Vorlagen-Nr. „${s(p["vorlagenNr"])}“ erschlossen.`,
    "metadata-malformed": (p) => `Die im Dokument gespeicherten Metadaten sind beschädigt (${s(p["reason"])}); sie werden aus dem Dokumenttext neu geschrieben.`,
    "metadata-foreign": () => "Die Metadaten im Dokument stammen nicht von diesem Add-in; maßgeblich ist der Dokumenttext.",
    "metadata-version-newer": (p) =>
      `Die Metadaten stammen aus einer neueren Version des Add-ins (Format ${s(p["version"])}, unterstützt: ${s(p["supported"])}); maßgeblich ist der Dokumenttext.`,
    "metadata-disagrees": (p, f) => `Die gespeicherten Metadaten weichen beim Feld „${f.field(s(p["field"]))}“ vom Dokumenttext ab; maßgeblich ist der Dokumenttext.`,
    "text-unsichtbar": (p) =>
      `Im Dokument steht Text, den beim Lesen und Drucken niemand sieht (weiße oder fast weiße Schrift ohne farbigen Hintergrund, Schrift in der Farbe ihres Hintergrunds, Schrift von höchstens 1 Punkt oder durch die Formatvorlage einer Tabelle ausgeblendet; auch über Formatvorlagen, Standardformatierung oder Designfarben), an ${s(p["anzahl"])} Stelle(n), etwa „${s(p["beispiel"])}“. Er gehört zum Text der Vorlage und wird so gelesen; bitte prüfen, ob er dazugehören soll, und ihn sichtbar machen oder entfernen.`,
    "text-ausgeblendet": (p) =>
      `Im Dokument steht ausgeblendeter Text (als „Ausgeblendet“ formatiert, auch über Formatvorlagen oder die Standardformatierung) an ${s(p["anzahl"])} Stelle(n), etwa „${s(p["beispiel"])}“ ${p["nach"] ? `nach „${s(p["nach"])}“` : "am Anfang des Dokuments"}. Word zeigt und druckt ihn nur, wenn ausgeblendeter Text eingeblendet ist; er bleibt aber in der Datei und wird mit ihr veröffentlicht. Er gehört nicht zum gelesenen Text der Vorlage und wurde nicht geprüft. Bitte prüfen, ob er dazugehören soll, und ihn sichtbar machen oder entfernen (Word: Datei › Informationen › Auf Probleme überprüfen › Dokument prüfen).`,
    "listennummer-unsichtbar": (p) =>
      `Die Listennummer „${s(p["nummer"])}“ vor „${s(p["auszug"])}“ ist durch die Formatierung ihrer Nummerierungsebene ${p["art"] === "ausgeblendet" ? "ausgeblendet" : "unsichtbar (weiß oder höchstens 1 Punkt groß)"}${p["anzahl"] === "1" ? "" : ` (im Dokument ${s(p["anzahl"])} solche Listennummern)`}: Word druckt sie nicht oder so, dass niemand sie sieht, gelesen wird sie aber als Nummer des Absatzes. Bitte die Formatierung der Nummerierung prüfen und die Nummer sichtbar machen oder entfernen.`,
    rechenfeld: (p) =>
      `Im Dokument steht ein Rechenfeld (${s(p["formel"])}), das jetzt ${p["angezeigt"] ? `„${s(p["angezeigt"])}“` : "nichts"} zeigt${p["offen"] ? " und nicht abgeschlossen ist (ohne Feldende)" : ""}. Das ist das zuletzt gespeicherte Ergebnis; aktualisiert Word das Feld (F9 oder beim Drucken), kann dort ein anderer Wert stehen. Bitte den Wert prüfen und als Text eintragen.`,
    "datum-feld": (p) =>
      `Im Dokument steht ein Feld ${s(p["feld"])}, das jetzt ${p["angezeigt"] ? `„${s(p["angezeigt"])}“` : "nichts"} zeigt${p["offen"] ? " und nicht abgeschlossen ist (ohne Feldende; was Word dort zeigt, ist nicht sicher)" : ""}; Word setzt dort beim Öffnen, Drucken oder Speichern ein anderes Datum ein. Ein solches Feld ist kein festes Datum der Vorlage und wird nicht als Datum übernommen; bitte das Datum als Text eintragen.`,
    "metadata-duplicate": (p) =>
      `Die Datei enthält die Metadaten dieses Add-ins ${s(p["anzahl"])}-mal (${s(p["gilt"])}, ${s(p["weitere"])}); maßgeblich ist ${s(p["gilt"])}, nur dieser Teil wird gelesen und geschrieben. Die übrigen können veraltete oder abweichende Angaben enthalten und sollten entfernt werden.`,
    // Personenbezogene Daten in öffentlichen Vorlagen (Issue 24): Art und Ort, nie der Wert.
    "personal-data-iban": personenbezug("eine IBAN (Bankverbindung)", "IBANs (Bankverbindungen)"),
    "personal-data-telefon": personenbezug("eine private Telefonnummer", "private Telefonnummern"),
    "personal-data-email": personenbezug("die E-Mail-Adresse einer Person", "E-Mail-Adressen von Personen"),
    "personal-data-geburtsdatum": personenbezug("ein Geburtsdatum", "Geburtsdaten"),
    "personal-data-steuer-id": personenbezug("eine Steuer-Identifikationsnummer", "Steuer-Identifikationsnummern"),
    "personal-data-anschrift": personenbezug("eine private Wohnanschrift", "private Wohnanschriften"),
    // Barrierefreiheit (Issue 24, EN 301 549 Kap. 10 / BITV 2.0): Warnungen, nie Fehler.
    "accessibility-language-missing": () =>
      "Barrierefreiheit: Für das Dokument ist keine Sprache festgelegt; Bildschirmleser lesen es dann womöglich mit falscher Aussprache vor. Bitte „Deutsch (Deutschland)“ als Standardsprache festlegen (Überprüfen → Sprache).",
    "accessibility-language-not-german": (p) =>
      `Barrierefreiheit: Als Dokumentsprache ist „${s(p["sprache"])}“ festgelegt, die Vorlage ist aber deutsch; Bildschirmleser lesen sie so mit falscher Aussprache vor. Bitte „Deutsch (Deutschland)“ als Standardsprache festlegen (Überprüfen → Sprache).`,
    "accessibility-title-missing": () =>
      "Barrierefreiheit: Das Dokument hat keinen Titel in den Dokumenteigenschaften (Datei → Informationen → Titel); Bildschirmleser und daraus erzeugte PDF-Dateien nennen dann nur den Dateinamen. Als Titel eignet sich der Betreff.",
    "accessibility-heading-style": (p) =>
      `Barrierefreiheit: Die Abschnittsüberschrift „${s(p["auszug"])}“ ist nicht als Überschrift ausgezeichnet (${p["formatvorlage"] ? `Formatvorlage „${s(p["formatvorlage"])}“, die keine Gliederungsebene hat` : "ohne eigene Formatvorlage und ohne Gliederungsebene"}); Bildschirmleser können sie nicht ansteuern. Bitte eine Überschriften-Formatvorlage verwenden oder der Formatvorlage eine Gliederungsebene geben.`,
    "accessibility-table-header": (p) =>
      `Barrierefreiheit: Tabelle ${s(p["nummer"])}${p["auszug"] ? ` („${s(p["auszug"])} …“)` : ""} hat keine gekennzeichnete Überschriftenzeile; Bildschirmleser können die Zellen keiner Spalte zuordnen. Bitte die erste Zeile als Überschrift kennzeichnen (Tabellenlayout → „Überschriften wiederholen“).`,
    "accessibility-image-alternative": (p) =>
      `Barrierefreiheit: Grafik ${s(p["nummer"])}${p["name"] ? ` („${s(p["name"])}“)` : ""} hat keinen Alternativtext; Bildschirmleser können sie nicht beschreiben. Bitte einen Alternativtext eingeben oder die Grafik als dekorativ markieren.`,
    "accessibility-floating-text-box": (p) =>
      `Barrierefreiheit: Das Textfeld ${s(p["nummer"])} („${s(p["auszug"])}“) ist frei auf der Seite positioniert; Bildschirmleser lesen seinen Text womöglich nicht oder an falscher Stelle vor. Bitte den Text in den Fließtext übernehmen oder das Textfeld „mit Text in Zeile“ setzen.`,
    "accessibility-field-prompt": (p) =>
      p["anzahl"] === 1
        ? `Ein leeres Feld der Vorlage zeigt seinen Platzhalter „${s(p["auszug"])}“; solange es leer ist, wird der Platzhalter gedruckt und vorgelesen.`
        : `Leere Felder der Vorlage zeigen ihre Platzhalter (${s(p["auszug"])}); solange sie leer sind, werden die Platzhalter gedruckt und vorgelesen.`,
    "accessibility-placeholder": (p) =>
      `Barrierefreiheit: Ein Inhaltssteuerelement zeigt noch seinen Platzhaltertext „${s(p["auszug"])}“; er wird wie Inhalt vorgelesen und gedruckt, als Angabe der Vorlage (etwa als Betrag) aber nicht gelesen. Bitte ausfüllen oder das Steuerelement entfernen.`,
  },
};
