import type { MarkedNumber } from "../document/marked-numbers";
import type { Lang } from "./format-finding";

/** The pane's own words, German first. Components take every visible text from here. */
export interface UiMessages {
  readonly title: string;
  readonly subtitle: string;
  readonly hostWord: string;
  readonly hostWordOld: string;
  readonly hostWordCommon: string;
  readonly hostBrowser: string;
  readonly previewLink: string;
  readonly profile: (name: string) => string;
  readonly tabs: { readonly insert: string; readonly fields: string; readonly check: string; readonly export: string };
  readonly insert: {
    readonly kenntnisnahme: string;
    readonly beschluss: string;
    readonly clauseText: string;
    readonly clauseSection: string;
    readonly addClause: string;
    readonly outline: string;
    readonly empty: string;
    readonly deleteBlock: (label: string) => string;
    readonly section: (number: string) => string;
    readonly clause: (number: string) => string;
    readonly phrase: string;
    readonly phraseUse: string;
    readonly verteiler: string;
    readonly empfaenger: string;
    readonly bitte: string;
    readonly bitteKenntnisnahme: string;
    readonly bitteVeranlassung: string;
    readonly addVerteiler: string;
    readonly zeichnung: string;
    readonly ort: string;
    readonly datum: string;
    readonly zusatz: string;
    readonly name: string;
    readonly addZeichnung: string;
    readonly bezug: string;
    readonly absender: string;
    /** The forwarding office's internal number („16“ for „-16 -“ under „Der Magistrat“), and how it prints. */
    readonly absenderNummer: string;
    readonly absenderNummerHint: string;
    readonly zeichnungVerteiler: string;
    readonly addZeichnungVerteiler: string;
    readonly removeZeichnungVerteiler: (empfaenger: string) => string;
    /** The Empfänger and Bitte of the Zeichnung's own Verteiler, typed beside the button that puts them under it. */
    readonly zeichnungEmpfaenger: string;
    readonly zeichnungBitte: string;
    /** An entry already in the document, by kind, for its edit and remove buttons and its list. */
    readonly entryKind: { readonly bezug: string; readonly verteiler: string; readonly zeichnung: string };
    readonly entryList: { readonly bezug: string; readonly verteiler: string; readonly zeichnung: string };
    readonly editEntry: (kind: string, label: string) => string;
    readonly removeEntry: (kind: string, label: string) => string;
    readonly saveEntry: { readonly bezug: string; readonly verteiler: string; readonly zeichnung: string };
    readonly cancelEdit: string;
    /** The visible words of the edit and remove buttons (their accessible names say which entry). */
    readonly edit: string;
    readonly remove: string;
    readonly editing: (kind: string, label: string) => string;
    readonly vermerk: string;
    readonly bezugGremium: string;
    readonly bezugDatum: string;
    readonly bp: string;
    readonly addBezug: string;
    readonly bezugPreview: (text: string) => string;
    readonly position: string;
    readonly atEnd: (section: string) => string;
    readonly afterClause: (number: string) => string;
    /** A clause's printed number that its place would number otherwise: both, the printed first („2.3 (der Reihenfolge nach 2.2)“). */
    readonly numberDiffers: (printed: string, derived: string) => string;
    readonly choose: (label: string) => string;
    readonly moveUp: (label: string) => string;
    /** „In einen Baustein übernehmen“: a clause typed outside our controls, wrapped in one (its text unchanged) so that it can be moved and deleted. */
    readonly adopt: string;
    readonly adoptLabel: (label: string) => string;
    readonly moveDown: (label: string) => string;
    readonly confirmDelete: (label: string, clauses: number) => string;
    readonly confirmYes: string;
    readonly confirmNo: string;
    readonly undo: string;
    readonly nothingToUndo: string;
    readonly undone: string;
    readonly ctrlEnter: string;
    readonly atCursor: string;
    readonly placedCursor: (number: string, after: string) => string;
    readonly placedCursorEnd: (number: string, section: string) => string;
    readonly placedPane: (number: string, after: string) => string;
    readonly placedEnd: (number: string, section: string) => string;
    readonly unterpunktText: string;
    readonly unterpunktUnder: (clause: string) => string;
    readonly unterpunktNoClause: string;
    readonly addUnterpunkt: string;
    readonly unterpunkt: (number: string) => string;
  };
  readonly fields: {
    readonly apply: string;
    readonly none: string;
    readonly applied: string;
    readonly beteiligt: string;
    readonly finanzierung: string;
    readonly auswirkungen: string;
    readonly betrag: string;
    readonly betragHint: string;
    /** What the Betrag field understood, in the house style („= 1.000,50 €“). */
    readonly betragRead: (amount: string) => string;
    readonly turnus: string;
    readonly einmalig: string;
    readonly jaehrlich: string;
    readonly haushaltsjahr: string;
    readonly quellen: string;
    readonly quelleDezernat: (n: number) => string;
    readonly quelleAnteil: (n: number) => string;
    readonly addQuelle: string;
    readonly removeQuelle: (n: number) => string;
    readonly summe: (percent: string) => string;
    readonly summeFalsch: string;
    readonly bewirtschaftung: string;
    readonly sitzung: string;
    readonly oeffentlich: string;
    readonly nichtoeffentlich: string;
    readonly dateHint: string;
    readonly quelle: (n: number) => string;
    readonly quelleProdukt: (n: number) => string;
    readonly quelleKostenstelle: (n: number) => string;
    readonly quelleSachkonto: (n: number) => string;
    readonly problems: { readonly date: string; readonly amount: string; readonly amountAmbiguous: string; readonly year: string; readonly share: string; readonly punkt: string };
    readonly fixFirst: string;
  };
  readonly check: {
    readonly counts: (errors: number, warnings: number, infos: number) => string;
    readonly complete: string;
    readonly completeFor: (gremium: string) => string;
    readonly incomplete: string;
    readonly openField: string;
    readonly show: string;
    /** The button under the first hints of one kind that opens the rest (src/core/validation/fold-hints.ts), and once open. */
    readonly moreHints: (count: number) => string;
    readonly fewerHints: (count: number) => string;
    readonly renumber: string;
    readonly recognized: string;
    readonly comment: string;
    readonly uncomment: string;
    readonly commented: (n: number) => string;
    readonly commentsUnsupported: string;
  };
  readonly export: {
    readonly write: string;
    readonly written: string;
    readonly writtenPropertiesOnly: string;
    /** Custom properties of our names that were somebody else's (a DMS column): kept, ours not written. */
    readonly propertiesKept: (names: readonly string[]) => string;
    readonly json: string;
    readonly xml: string;
    readonly oparl: string;
    readonly docx: string;
  };
  readonly busy: string;
  readonly errors: {
    readonly notFound: string;
    /** A typed reference would name another clause after the change (references: „„Ziffer 2.2“ in Ziffer 2.4 (nennt dann 2.3)“). */
    readonly referencesWouldChange: (references: readonly { readonly text: string; readonly before: string; readonly after: string }[]) => string;
    /** The document's clauses, read from its text, cannot be wrapped for editing (`refusal` from structure()). */
    readonly plainRefused: (refusal: string) => string;
    /** Renumbering would make a typed sub-clause a clause of its own. */
    readonly renumberFlattens: (unterziffer: string, oberziffer: string) => string;
    /** „Übernehmen“ of a typed clause refused (src/document/adopt-refused.ts): why, and what the user can do instead. */
    readonly adoptRefused: (refusal: "table" | "changed") => string;
    /** A number the change would renumber carries the user's tracked change, comment or note: named, with what to do first. */
    readonly renumberMarks: (numbers: readonly MarkedNumber[]) => string;
    readonly word: (reason: string) => string;
    readonly unexpected: (message: string) => string;
  };
  readonly preview: { readonly document: string; readonly title: string; readonly comments: string; readonly page: (n: number) => string };
  /** „Verweis einfügen“: a reference from one clause's text to another clause or sub-point. */
  readonly reference: {
    readonly heading: string;
    readonly owner: string;
    readonly ownerHint: string;
    readonly target: string;
    readonly targetHint: string;
    readonly choose: string;
    readonly clause: (number: string, text: string) => string;
    readonly unterpunkt: (number: string, text: string) => string;
    readonly insert: string;
    readonly inserted: (word: string, number: string) => string;
  };
  readonly live: {
    readonly updated: (time: string) => string;
    readonly never: string;
    readonly tracking: string;
    readonly inserted: (after: "section" | "kopf" | "zustaendigkeit" | "finanzierung" | "other-control" | "paragraph" | "end") => string;
  };
}

export const UI_MESSAGES: Readonly<Record<Lang, UiMessages>> = {
  de: {
    title: "Beschlussvorlage",
    subtitle: "Ziffern einfügen, automatisch nummerieren, Vollständigkeit prüfen.",
    hostWord: "Verbunden mit Word.",
    hostWordOld:
      "Diese Word-Version unterstützt WordApi 1.4 nicht (Office 2019/2021): Die Metadaten werden nur als Dokumenteigenschaften gespeichert.",
    hostWordCommon:
      "Diese Word-Version unterstützt WordApi 1.4 nicht (Office 2019/2021): Kommentare sind nicht verfügbar; die Metadaten werden über die Office-Schnittstelle für XML-Teile gespeichert.",
    hostBrowser: "Vorschau ohne Word: Das Add-in läuft im Browser.",
    previewLink: "Zur Vorschau mit Beispieldokument",
    profile: (name) => `Kommunalprofil: ${name}`,
    tabs: { insert: "Einfügen", fields: "Angaben", check: "Prüfen", export: "Export" },
    insert: {
      kenntnisnahme: "Abschnitt „Kenntnisnahme“ einfügen",
      beschluss: "Abschnitt „Beschluss“ einfügen",
      clauseText: "Text der Ziffer",
      clauseSection: "in Abschnitt",
      addClause: "Ziffer einfügen",
      outline: "Gliederung",
      empty: "Das Dokument enthält noch keine Abschnitte.",
      deleteBlock: (label) => `${label} löschen`,
      section: (n) => `Abschnitt ${n}`,
      clause: (n) => `Ziffer ${n}`,
      phrase: "Textbaustein",
      phraseUse: "Textbaustein übernehmen",
      verteiler: "Verteiler",
      empfaenger: "Empfänger",
      bitte: "Bitte",
      bitteKenntnisnahme: "mit der Bitte um Kenntnisnahme",
      bitteVeranlassung: "mit der Bitte um weitere Veranlassung",
      addVerteiler: "Empfänger einfügen",
      zeichnung: "Zeichnung",
      ort: "Ort",
      datum: "Datum",
      zusatz: "Zusatz (z. B. im Auftrag)",
      name: "Name",
      addZeichnung: "Zeichnung einfügen",
      bezug: "Bezug auf einen früheren Beschluss",
      absender: "Weiterleitende Stelle (z. B. Der Magistrat; beginnt eine neue Seite)",
      absenderNummer: "Interne Nummer der weiterleitenden Stelle",
      absenderNummerHint: "Nur die Ziffern, z. B. 16; gedruckt wird sie unter der Stelle in der Form des Hauses („-16 -“).",
      zeichnungVerteiler: "Verteiler unter dieser Zeichnung",
      addZeichnungVerteiler: "Empfänger unter diese Zeichnung setzen",
      removeZeichnungVerteiler: (e) => `${e} entfernen`,
      zeichnungEmpfaenger: "Empfänger unter dieser Zeichnung",
      zeichnungBitte: "Bitte unter dieser Zeichnung",
      entryKind: { bezug: "Bezug", verteiler: "Empfänger", zeichnung: "Zeichnung" },
      entryList: { bezug: "Eingefügte Bezüge", verteiler: "Eingefügte Empfänger", zeichnung: "Eingefügte Zeichnungen" },
      editEntry: (kind, label) => `${kind} „${label}“ bearbeiten`,
      removeEntry: (kind, label) => `${kind} „${label}“ entfernen`,
      saveEntry: { bezug: "Änderung am Bezug übernehmen", verteiler: "Änderung am Empfänger übernehmen", zeichnung: "Änderung an der Zeichnung übernehmen" },
      cancelEdit: "Bearbeiten abbrechen",
      edit: "Bearbeiten",
      remove: "Entfernen",
      editing: (kind, label) => `Sie bearbeiten: ${kind} „${label}“.`,
      vermerk: "Vermerk (z. B. antragsgemäß)",
      bezugGremium: "Gremium des früheren Beschlusses",
      bezugDatum: "Datum des früheren Beschlusses",
      bp: "BP-Nr. (Beschlusspunkt)",
      addBezug: "Bezug einfügen",
      bezugPreview: (text) => `Im Dokument: ${text}`,
      position: "Stelle der neuen Ziffer",
      atEnd: (section) => `am Ende von Abschnitt ${section}`,
      afterClause: (n) => `nach Ziffer ${n}`,
      numberDiffers: (printed, derived) => `${printed} (der Reihenfolge nach ${derived})`,
      choose: (label) => `${label} auswählen`,
      moveUp: (label) => `${label} nach oben verschieben`,
      adopt: "Übernehmen",
      adoptLabel: (label) => `${label} in einen Baustein übernehmen (von Hand getippt; erst danach lässt sie sich verschieben und löschen)`,
      moveDown: (label) => `${label} nach unten verschieben`,
      confirmDelete: (label, n) => `${label} mit ${n === 1 ? "einer Ziffer" : `${n} Ziffern`} wirklich löschen?`,
      confirmYes: "Löschen",
      confirmNo: "Abbrechen",
      undo: "Letzte Aktion rückgängig machen",
      nothingToUndo: "Es gibt nichts rückgängig zu machen.",
      undone: "Die letzte Aktion wurde rückgängig gemacht.",
      ctrlEnter: "Strg+Eingabe fügt die Ziffer ein.",
      atCursor: "an der Cursorposition im Dokument",
      placedCursor: (n, after) => `Ziffer ${n} steht nach Ziffer ${after}, in der der Cursor steht.`,
      placedCursorEnd: (n, section) => `Ziffer ${n} steht am Ende von Abschnitt ${section}, in dem der Cursor steht.`,
      placedPane: (n, after) => `Ziffer ${n} steht nach der gewählten Ziffer ${after}.`,
      placedEnd: (n, section) => `Ziffer ${n} steht am Ende von Abschnitt ${section}.`,
      unterpunktText: "Text des Unterpunkts",
      unterpunktUnder: (clause) => `Unter ${clause}, nach dem gewählten oder als letzter Unterpunkt. Strg+Eingabe fügt ihn ein.`,
      unterpunktNoClause: "Wählen Sie in der Gliederung die Ziffer, unter die der Unterpunkt gehört.",
      addUnterpunkt: "Unterpunkt einfügen",
      unterpunkt: (n) => `Unterpunkt ${n}`,
    },
    fields: {
      apply: "Angaben in das Dokument übernehmen",
      none: "– bitte wählen –",
      applied: "Die Angaben wurden in das Dokument übernommen.",
      beteiligt: "Beteiligte Dezernate",
      finanzierung: "Finanzierung",
      auswirkungen: "Finanzielle Auswirkungen",
      betrag: "Betrag",
      betragHint: "z. B. 1000, 1.000,50 oder 24.600,00 €",
      betragRead: (amount) => `= ${amount}`,
      turnus: "Einmalig oder jährlich",
      einmalig: "einmalig",
      jaehrlich: "jährlich",
      haushaltsjahr: "Haushaltsjahr",
      quellen: "Deckungsquellen",
      quelleDezernat: (n) => `Dezernat der Deckungsquelle ${n}`,
      quelleAnteil: (n) => `Anteil der Deckungsquelle ${n} in Prozent`,
      addQuelle: "Deckungsquelle hinzufügen",
      removeQuelle: (n) => `Deckungsquelle ${n} entfernen`,
      summe: (p) => `Summe der Anteile: ${p} %`,
      summeFalsch: "Die Anteile müssen zusammen 100 % ergeben.",
      bewirtschaftung: "Haushaltstechnische Umsetzung durch (z. B. III/20)",
      sitzung: "Sitzung",
      oeffentlich: "öffentlich",
      nichtoeffentlich: "nicht öffentlich",
      dateHint: "TT.MM.JJJJ, z. B. 21.03.2024",
      quelle: (n) => `Deckungsquelle ${n}`,
      quelleProdukt: (n) => `Produkt der Deckungsquelle ${n}`,
      quelleKostenstelle: (n) => `Kostenstelle der Deckungsquelle ${n}`,
      quelleSachkonto: (n) => `Sachkonto der Deckungsquelle ${n}`,
      problems: {
        date: "Kein gültiges Datum. Bitte im Format TT.MM.JJJJ eingeben, z. B. 21.03.2024.",
        amount: "Kein gültiger Betrag. Bitte z. B. 1.000 € oder 24.600,00 € eingeben.",
        amountAmbiguous: "Nicht eindeutig. Bitte Tausender mit Punkt und Cent mit Komma schreiben, z. B. 1.000,50 €.",
        year: "Bitte das Haushaltsjahr vierstellig eingeben, z. B. 2024.",
        share: "Bitte einen Anteil über 0 bis 100 Prozent eingeben, z. B. 50.",
        punkt: "Bitte die Nummer des Tagesordnungspunkts eingeben, z. B. 10.",
      },
      fixFirst: "Bitte zuerst die markierten Eingaben berichtigen.",
    },
    check: {
      counts: (e, w, i) => `${e} ${e === 1 ? "Fehler" : "Fehler"} · ${w} ${w === 1 ? "Warnung" : "Warnungen"} · ${i} ${i === 1 ? "Hinweis" : "Hinweise"}`,
      complete: "Vollständig – bereit zur Vorlage.",
      completeFor: (g) => `Vollständig – bereit zur Vorlage an das Gremium „${g}“.`,
      incomplete: "Noch nicht vollständig.",
      openField: "Angabe bearbeiten",
      show: "Im Dokument zeigen",
      moreHints: (n) => (n === 1 ? "einen weiteren Hinweis dieser Art anzeigen" : `weitere ${n} Hinweise dieser Art anzeigen`),
      fewerHints: (n) => (n === 1 ? "den weiteren Hinweis dieser Art ausblenden" : `die ${n} weiteren Hinweise dieser Art ausblenden`),
      renumber: "Nummerierung aktualisieren",
      recognized: "Das Dokument ist nicht gegliedert; die Angaben wurden aus dem Text erkannt.",
      comment: "Prüfhinweise als Kommentare einfügen",
      uncomment: "Prüfhinweise aus dem Dokument entfernen",
      commented: (n) => (n === 1 ? "1 Prüfhinweis steht als Kommentar im Dokument." : `${n} Prüfhinweise stehen als Kommentare im Dokument.`),
      commentsUnsupported: "Kommentare setzen WordApi 1.4 voraus; diese Word-Version (Office 2019/2021) unterstützt das nicht.",
    },
    export: {
      write: "Metadaten im Dokument speichern",
      written: "Metadaten und Dokumenteigenschaften wurden gespeichert.",
      writtenPropertiesOnly: "Dokumenteigenschaften wurden gespeichert. Den XML-Metadatenteil unterstützt diese Word-Version nicht (WordApi 1.4).",
      propertiesKept: (names) =>
        `Das Dokument hat bereits eigene Dokumenteigenschaften namens ${names.map((n) => `„${n}“`).join(", ")} (etwa aus dem Dokumentenmanagement). Sie wurden beibehalten; die Werte der Vorlage dafür wurden nicht geschrieben.`,
      json: "JSON herunterladen",
      xml: "XML herunterladen",
      oparl: "OParl-Paper herunterladen",
      docx: "Dokument (.docx) herunterladen",
    },
    busy: "Bitte warten …",
    errors: {
      notFound: "Der Block ist im Dokument nicht mehr vorhanden. Die Anzeige wurde aktualisiert.",
      referencesWouldChange: (refs) =>
        `Nichts geändert: Danach ${refs.length === 1 ? "würde ein getippter Verweis" : `würden ${refs.length} getippte Verweise`} eine andere Ziffer nennen – ${refs
          .map((r) => `„${r.text}“ (meint Ziffer ${r.before}, diese hieße dann ${r.after === "" ? "nicht mehr" : r.after})`)
          .join("; ")}. Bitte den Verweis zuerst als Verknüpfung einfügen („Verweis einfügen“), dann folgt er der Nummer, oder den Text anpassen.`,
      plainRefused: (refusal) =>
        refusal === "clause-across-table"
          ? "Nichts geändert: Die Ziffern dieses Dokuments lassen sich nicht bearbeiten, weil eine Ziffer eine Tabelle mit einer anderen teilt. Bitte in Word bearbeiten."
          : refusal === "keine-vorlage"
            ? "Nichts geändert: Das Dokument ist keine Beschlussvorlage."
            : "Nichts geändert: Die getippten Ziffern dieses Dokuments lassen sich nicht genau erfassen. Bitte in Word bearbeiten.",
      renumberFlattens: (unter, ober) => `Nichts geändert: Die Unterziffer ${unter} würde beim Nummerieren eine eigene Ziffer statt ein Teil von Ziffer ${ober}.`,
      adoptRefused: (refusal) =>
        refusal === "table"
          ? "Nichts geändert: Die getippte Ziffer reicht über eine Tabelle. Word bietet keinen sicheren Weg, eine Tabelle zusammen mit den Absätzen um sie herum in einen Baustein zu fassen. Bitte mit „Ziffer einfügen“ eine neue Ziffer anlegen und Text und Tabelle in Word hineinverschieben (Ausschneiden, Einfügen)."
          : "Nichts geändert: In einen Baustein gefasst, würden die Absätze der getippten Ziffer anders gelesen als jetzt (etwa wegen eines leeren Absatzes oder einer eigenen Nummer darin). Bitte die Ziffer in Word bereinigen und erneut übernehmen oder mit „Ziffer einfügen“ neu anlegen.",
      renumberMarks: (numbers) => {
        const what = { section: "Abschnitt", clause: "Ziffer", unterpunkt: "Unterpunkt" } as const;
        const mark = { revision: "eine nachverfolgte Änderung", comment: "einen Kommentar", note: "einen Fußnoten- oder Endnotenverweis" } as const;
        const named = numbers.map((n) => `Die Nummer von ${what[n.kind]} ${n.number} enthält ${n.marks.map((m) => mark[m]).join(" und ")}`).join("; ");
        const all = new Set(numbers.flatMap((n) => n.marks));
        const todo = [...(all.has("revision") ? ["die Änderung annehmen oder ablehnen"] : []), ...(all.has("comment") || all.has("note") ? [`${all.has("comment") && all.has("note") ? "Kommentar und Fußnote" : all.has("comment") ? "den Kommentar" : "die Fußnote"} hinter die Nummer setzen`] : [])].join(" und ");
        return `Nichts geändert: ${named}; beim Nummerieren ${numbers.length === 1 ? "würde sie" : "würden sie"} überschrieben. Bitte zuerst ${todo}, dann erneut versuchen.`;
      },
      word: (reason) =>
        ({
          "not-allowed": "Word lässt diese Änderung nicht zu (z. B. geschützter Bereich oder Änderungsverfolgung).",
          stale: "Das Dokument wurde zwischenzeitlich geändert. Bitte erneut versuchen.",
          unsupported: "Diese Word-Version unterstützt die Funktion nicht.",
          "too-large": "Die Daten sind für Word zu groß.",
          "would-lose-content": "Dieser Block enthält Kommentare, Bilder, Fußnoten oder nachverfolgte Änderungen, die beim Verschieben verloren gingen. Bitte in Word ausschneiden und einfügen.",
          busy: "Word ist beschäftigt. Bitte gleich erneut versuchen.",
          general: "Word konnte die Änderung nicht ausführen.",
        })[reason] ?? "Word konnte die Änderung nicht ausführen.",
      unexpected: (m) => `Unerwarteter Fehler: ${m}`,
    },
    preview: { document: "Dokument", title: "Beschlussvorlage – Vorschau ohne Word", comments: "Kommentare", page: (n) => `Seite ${n}` },
    reference: {
      heading: "Verweis einfügen",
      owner: "Verweis am Ende von",
      ownerHint: "Die Ziffer oder der Unterpunkt, in dessen Text der Verweis steht.",
      target: "Verweis auf",
      targetHint: "Der Verweis folgt der Nummer dieser Ziffer, wenn Ziffern eingefügt, verschoben oder gelöscht werden.",
      choose: "Bitte wählen",
      clause: (number, text) => `Ziffer ${number}: ${text}`,
      unterpunkt: (number, text) => `Unterpunkt ${number}: ${text}`,
      insert: "Verweis einfügen",
      inserted: (word, number) => `Verweis „${word} ${number}“ eingefügt.`,
    },
    live: {
      updated: (time) => `Prüfergebnis aktualisiert um ${time} Uhr`,
      never: "Prüfergebnis noch nicht ermittelt",
      tracking: "Änderungsverfolgung ist eingeschaltet: Änderungen durch das Add-in erscheinen als Überarbeitungen.",
      inserted: (after) =>
        ({
          section: "Der Abschnitt wurde nach dem Abschnitt an der Cursorposition eingefügt.",
          kopf: "Der Abschnitt wurde nach dem Kopf eingefügt, nicht in ihm.",
          zustaendigkeit: "Der Abschnitt wurde nach der Zuständigkeit eingefügt, nicht in ihr.",
          finanzierung: "Der Abschnitt wurde nach der Finanzierung eingefügt, nicht in ihr.",
          "other-control": "Der Abschnitt wurde nach dem Inhaltssteuerelement an der Cursorposition eingefügt, nicht in ihm.",
          paragraph: "Der Abschnitt wurde nach dem Absatz an der Cursorposition eingefügt.",
          end: "Der Abschnitt wurde am Ende des Dokuments eingefügt.",
        })[after],
    },
  },
  en: {
    title: "Resolution proposal",
    subtitle: "Insert clauses, number them automatically, check completeness.",
    hostWord: "Connected to Word.",
    hostWordOld: "This version of Word lacks WordApi 1.4 (Office 2019/2021): metadata is stored as document properties only.",
    hostWordCommon:
      "This Word version lacks WordApi 1.4 (Office 2019/2021): comments are not available; the metadata part is written through Office's common XML-part interface.",
    hostBrowser: "Preview without Word: the add-in runs in the browser.",
    previewLink: "Open the preview with a sample document",
    profile: (name) => `Municipality profile: ${name}`,
    tabs: { insert: "Insert", fields: "Details", check: "Check", export: "Export" },
    insert: {
      kenntnisnahme: "Insert section “Noted”",
      beschluss: "Insert section “Resolved”",
      clauseText: "Text of the clause",
      clauseSection: "in section",
      addClause: "Insert clause",
      outline: "Outline",
      empty: "The document has no sections yet.",
      deleteBlock: (label) => `Delete ${label}`,
      section: (n) => `section ${n}`,
      clause: (n) => `clause ${n}`,
      phrase: "Standard phrase",
      phraseUse: "Use standard phrase",
      verteiler: "Distribution list",
      empfaenger: "Recipient",
      bitte: "Request",
      bitteKenntnisnahme: "for information",
      bitteVeranlassung: "for further action",
      addVerteiler: "Insert recipient",
      zeichnung: "Signature",
      ort: "Place",
      datum: "Date",
      zusatz: "Addition (e.g. im Auftrag)",
      name: "Name",
      addZeichnung: "Insert signature",
      bezug: "Reference to an earlier decision",
      absender: "Forwarding office (e.g. Der Magistrat; starts a new page)",
      absenderNummer: "Internal number of the forwarding office",
      absenderNummerHint: "Digits only, e.g. 16; it prints under the office in the house style's form (\"-16 -\").",
      zeichnungVerteiler: "Distribution under this signature",
      addZeichnungVerteiler: "Put the recipient under this signature",
      removeZeichnungVerteiler: (e) => `Remove ${e}`,
      zeichnungEmpfaenger: "Recipient under this signature",
      zeichnungBitte: "Request under this signature",
      entryKind: { bezug: "Reference", verteiler: "Recipient", zeichnung: "Signature" },
      entryList: { bezug: "References inserted", verteiler: "Recipients inserted", zeichnung: "Signatures inserted" },
      editEntry: (kind, label) => `Edit ${kind.toLowerCase()} “${label}”`,
      removeEntry: (kind, label) => `Remove ${kind.toLowerCase()} “${label}”`,
      saveEntry: { bezug: "Apply the change to the reference", verteiler: "Apply the change to the recipient", zeichnung: "Apply the change to the signature" },
      cancelEdit: "Cancel editing",
      edit: "Edit",
      remove: "Remove",
      editing: (kind, label) => `Editing: ${kind.toLowerCase()} “${label}”.`,
      vermerk: "Note (e.g. antragsgemäß)",
      bezugGremium: "Body of the earlier decision",
      bezugDatum: "Date of the earlier decision",
      bp: "Decision item no. (BP)",
      addBezug: "Insert reference",
      bezugPreview: (text) => `In the document: ${text}`,
      position: "Where the new clause goes",
      atEnd: (section) => `at the end of section ${section}`,
      afterClause: (n) => `after clause ${n}`,
      numberDiffers: (printed, derived) => `${printed} (by its place ${derived})`,
      choose: (label) => `Select ${label}`,
      moveUp: (label) => `Move ${label} up`,
      adopt: "Take over",
      adoptLabel: (label) => `Take ${label} over into a building block (typed by hand; only then can it be moved and deleted)`,
      moveDown: (label) => `Move ${label} down`,
      confirmDelete: (label, n) => `Really delete ${label} with ${n === 1 ? "one clause" : `${n} clauses`}?`,
      confirmYes: "Delete",
      confirmNo: "Cancel",
      undo: "Undo the last action",
      nothingToUndo: "There is nothing to undo.",
      undone: "The last action was undone.",
      ctrlEnter: "Ctrl+Enter inserts the clause.",
      atCursor: "at the cursor in the document",
      placedCursor: (n, after) => `Clause ${n} follows clause ${after}, where the cursor is.`,
      placedCursorEnd: (n, section) => `Clause ${n} is the last of section ${section}, where the cursor is.`,
      placedPane: (n, after) => `Clause ${n} follows the chosen clause ${after}.`,
      placedEnd: (n, section) => `Clause ${n} is the last of section ${section}.`,
      unterpunktText: "Text of the sub-point",
      unterpunktUnder: (clause) => `Under ${clause}, after the chosen sub-point or as the last. Ctrl+Enter inserts it.`,
      unterpunktNoClause: "Choose the clause in the outline that the sub-point belongs under.",
      addUnterpunkt: "Insert sub-point",
      unterpunkt: (n) => `sub-point ${n}`,
    },
    fields: {
      apply: "Write the details into the document",
      none: "– please choose –",
      applied: "The details were written into the document.",
      beteiligt: "Departments involved",
      finanzierung: "Financing",
      auswirkungen: "Financial effects",
      betrag: "Amount",
      betragHint: "e.g. 1000, 1.000,50 or 24.600,00 €",
      betragRead: (amount) => `= ${amount}`,
      turnus: "One-off or yearly",
      einmalig: "one-off",
      jaehrlich: "yearly",
      haushaltsjahr: "Budget year",
      quellen: "Funding sources",
      quelleDezernat: (n) => `Dezernat of funding source ${n}`,
      quelleAnteil: (n) => `Share of funding source ${n} in per cent`,
      addQuelle: "Add funding source",
      removeQuelle: (n) => `Remove funding source ${n}`,
      summe: (p) => `Sum of shares: ${p} %`,
      summeFalsch: "The shares must add up to 100 %.",
      bewirtschaftung: "Booked by (e.g. III/20)",
      sitzung: "Session",
      oeffentlich: "public",
      nichtoeffentlich: "closed",
      dateHint: "DD.MM.YYYY, e.g. 21.03.2024",
      quelle: (n) => `Funding source ${n}`,
      quelleProdukt: (n) => `Product of funding source ${n}`,
      quelleKostenstelle: (n) => `Cost centre of funding source ${n}`,
      quelleSachkonto: (n) => `Account of funding source ${n}`,
      problems: {
        date: "Not a valid date. Please enter it as DD.MM.YYYY, e.g. 21.03.2024.",
        amount: "Not a valid amount. Please enter e.g. 1.000 € or 24.600,00 €.",
        amountAmbiguous: "Ambiguous. Please write thousands with a point and cents with a comma, e.g. 1.000,50 €.",
        year: "Please enter the budget year with four digits, e.g. 2024.",
        share: "Please enter a share above 0 up to 100 per cent, e.g. 50.",
        punkt: "Please enter the number of the agenda item, e.g. 10.",
      },
      fixFirst: "Please correct the marked entries first.",
    },
    check: {
      counts: (e, w, i) => `${e} ${e === 1 ? "error" : "errors"} · ${w} ${w === 1 ? "warning" : "warnings"} · ${i} ${i === 1 ? "note" : "notes"}`,
      complete: "Complete – ready for submission.",
      completeFor: (g) => `Complete – ready for submission to the ${g}.`,
      incomplete: "Not complete yet.",
      openField: "Edit this detail",
      show: "Show in document",
      moreHints: (n) => (n === 1 ? "show 1 more note of this kind" : `show ${n} more notes of this kind`),
      fewerHints: (n) => (n === 1 ? "hide the other note of this kind" : `hide the ${n} other notes of this kind`),
      renumber: "Update numbering",
      recognized: "The document is not structured; its details were recognised from the text.",
      comment: "Insert findings as comments",
      uncomment: "Remove findings from the document",
      commented: (n) => (n === 1 ? "1 finding is in the document as a comment." : `${n} findings are in the document as comments.`),
      commentsUnsupported: "Comments need WordApi 1.4; this version of Word (Office 2019/2021) does not support them.",
    },
    export: {
      write: "Save metadata in the document",
      written: "Metadata and document properties were saved.",
      writtenPropertiesOnly: "Document properties were saved. This version of Word has no custom XML parts (WordApi 1.4).",
      propertiesKept: (names) => `The document already has its own document properties named ${names.map((n) => `"${n}"`).join(", ")} (from a records system, for example). They were kept; the Vorlage's values for them were not written.`,
      json: "Download JSON",
      xml: "Download XML",
      oparl: "Download OParl Paper",
      docx: "Download document (.docx)",
    },
    busy: "Please wait …",
    errors: {
      notFound: "The block is no longer in the document. The view was refreshed.",
      referencesWouldChange: (refs) =>
        `Nothing changed: afterwards ${refs.length === 1 ? "a typed reference" : `${refs.length} typed references`} would name another clause – ${refs
          .map((r) => `“${r.text}” (means clause ${r.before}, which would then be ${r.after === "" ? "gone" : r.after})`)
          .join("; ")}. Insert the reference as a link first („Insert reference“), so that it follows the number, or edit the text.`,
      plainRefused: (refusal) =>
        refusal === "clause-across-table"
          ? "Nothing changed: this document's clauses cannot be edited here because a clause shares a table with another. Please edit in Word."
          : refusal === "keine-vorlage"
            ? "Nothing changed: the document is not a Beschlussvorlage."
            : "Nothing changed: the typed clause numbers of this document cannot be taken over exactly. Please edit in Word.",
      renumberFlattens: (unter, ober) => `Nothing changed: renumbering would make sub-clause ${unter} a clause of its own instead of part of clause ${ober}.`,
      adoptRefused: (refusal) =>
        refusal === "table"
          ? "Nothing changed: the typed clause runs over a table. Word offers no safe way to wrap a table together with the paragraphs around it in a building block. Please add a new clause with “Insert clause” and move text and table into it in Word (cut, paste)."
          : "Nothing changed: wrapped in a building block, the typed clause's paragraphs would read otherwise than now (an empty paragraph or a number of its own in them, say). Please tidy the clause in Word and take it over again, or add it anew with “Insert clause”.",
      renumberMarks: (numbers) => {
        const what = { section: "section", clause: "clause", unterpunkt: "sub-point" } as const;
        const mark = { revision: "a tracked change", comment: "a comment", note: "a footnote or endnote reference" } as const;
        const named = numbers.map((n) => `the number of ${what[n.kind]} ${n.number} holds ${n.marks.map((m) => mark[m]).join(" and ")}`).join("; ");
        const all = new Set(numbers.flatMap((n) => n.marks));
        const todo = [...(all.has("revision") ? ["accept or reject the change"] : []), ...(all.has("comment") || all.has("note") ? ["move the comment or note behind the number"] : [])].join(" and ");
        return `Nothing changed: ${named}; renumbering would write over ${numbers.length === 1 ? "it" : "them"}. Please ${todo} first, then try again.`;
      },
      word: (reason) =>
        ({
          "not-allowed": "Word does not allow this change (protected range or tracked changes?).",
          stale: "The document changed in the meantime. Please try again.",
          unsupported: "This version of Word does not support this.",
          "too-large": "The data is too large for Word.",
          "would-lose-content": "This block holds comments, images, footnotes or tracked changes that a move would lose. Please cut and paste it in Word.",
          busy: "Word is busy. Please try again shortly.",
          general: "Word could not make the change.",
        })[reason] ?? "Word could not make the change.",
      unexpected: (m) => `Unexpected error: ${m}`,
    },
    preview: { document: "Document", title: "Resolution proposal – preview without Word", comments: "Comments", page: (n) => `Page ${n}` },
    reference: {
      heading: "Insert reference",
      owner: "Reference at the end of",
      ownerHint: "The clause or sub-point whose text holds the reference.",
      target: "Reference to",
      targetHint: "The reference follows this clause's number when clauses are inserted, moved or deleted.",
      choose: "Please choose",
      clause: (number, text) => `Clause ${number}: ${text}`,
      unterpunkt: (number, text) => `Sub-point ${number}: ${text}`,
      insert: "Insert reference",
      inserted: (word, number) => `Reference "${word} ${number}" inserted.`,
    },
    live: {
      updated: (time) => `Findings brought up to date at ${time}`,
      never: "Findings not yet checked",
      tracking: "Track Changes is on: the add-in's changes appear as revisions.",
      inserted: (after) =>
        ({
          section: "The section was inserted after the section at the cursor.",
          kopf: "The section was inserted after the header, not inside it.",
          zustaendigkeit: "The section was inserted after the Zuständigkeit, not inside it.",
          finanzierung: "The section was inserted after the Finanzierung, not inside it.",
          "other-control": "The section was inserted after the content control at the cursor, not inside it.",
          paragraph: "The section was inserted after the paragraph at the cursor.",
          end: "The section was inserted at the end of the document.",
        })[after],
    },
  },
};
