import { strFromU8, unzipSync } from "fflate";
import { deepEqual } from "../../../src/core/model/deep-equal";
import { clause, section, vorlage } from "../../../src/core/model/builders";
import { WIESBADEN } from "../../../src/core/profile/builtin-profiles";
import { BlockNotFoundError } from "../../../src/document/block-not-found";
import { DocxDocument } from "../../../src/document/docx/docx-document";
import { renderBody, renderSection } from "../../../src/document/ooxml/render-vorlage";
import type { DocumentPort, PortRead } from "../../../src/document/port";
import { anchorTag } from "../../../src/document/finding-comments";
import { COMMENTS, docxFromBody, FOREIGN_CONTROL } from "../../fixtures/docx";
import { strToU8 } from "fflate";

/** The reference as our structure, in a package that already holds a colleague's comment. */
function richDocxWithStructure(): Uint8Array {
  return docxFromBody(renderBody(reference0057(), WIESBADEN), { "word/comments.xml": strToU8(COMMENTS) });
}
import { reference0057 } from "../../fixtures/reference-0057";

/** One adapter under the contract: its port on a document, the document as saved, and what is selected. */
export interface Harness {
  readonly port: DocumentPort;
  bytes(): Uint8Array;
  selected(): string | undefined;
  /** Comments not made by the add-in (a colleague's). */
  otherComments(): readonly string[];
}

const NOW = "2025-05-06T09:00:00Z";
const created = (v: ReturnType<typeof vorlage>) => DocxDocument.create(v, WIESBADEN, NOW).save();
const outline = (r: PortRead) => r.vorlage.sections.map((s) => [s.writtenNumber, s.clauses.map((c) => `${c.writtenNumber} ${c.text}`)]);
/** What a reviewer would see when opening the saved file. */
const reopened = (h: Harness) => DocxDocument.open(h.bytes()).read(WIESBADEN).vorlage;

/**
 * The behaviour every adapter of the document port must show. Run once per adapter:
 * the .docx adapter and the Word adapter on the simulator are held to the same tests.
 */
export function contractSuite(name: string, make: (docx: Uint8Array) => Harness): void {
  describe(`${name}: the document port contract`, () => {
    it("reads every field, section and clause of a document the add-in made", async () => {
      const r = await make(created(reference0057())).port.read();
      expect(r.structured).toBe(true);
      expect(r.findings).toEqual([]);
      expect(deepEqual(r.vorlage, reference0057())).toBe(true);
    });

    it("inserts sections and clauses, numbered at once: 1., 1.1, 2., 2.1, 2.2", async () => {
      const h = make(created(vorlage()));
      await h.port.insertSection(section("k", "kenntnisnahme"), "selection");
      await h.port.insertClause(clause("k1", "die Lage so ist;"), "k");
      await h.port.insertSection(section("b", "beschluss"), { after: "k" });
      await h.port.insertClause(clause("b1", "gehandelt wird;"), "b");
      await h.port.insertClause(clause("b0", "zuerst geprüft wird;"), "b", undefined);
      expect(outline(await h.port.read())).toEqual([
        ["1.", ["1.1 die Lage so ist;"]],
        ["2.", ["2.1 gehandelt wird;", "2.2 zuerst geprüft wird;"]],
      ]);
      expect(reopened(h).sections.map((s) => s.id)).toEqual(["k", "b"]);
    });

    it("inserts a clause after a given one and renumbers those behind it", async () => {
      const h = make(created(vorlage({ sections: [section("s", "beschluss", [clause("a", "A"), clause("c", "C")])] })));
      await h.port.insertClause(clause("b", "B"), "s", "a");
      expect(outline(await h.port.read())).toEqual([["1.", ["1.1 A", "1.2 B", "1.3 C"]]]);
    });

    it("deletes a clause or a section and renumbers the rest", async () => {
      const h = make(created(vorlage({ sections: [section("k", "kenntnisnahme", [clause("a", "A"), clause("b", "B")]), section("s", "beschluss", [clause("c", "C")])] })));
      await h.port.deleteBlock("a");
      expect(outline(await h.port.read())).toEqual([["1.", ["1.1 B"]], ["2.", ["2.1 C"]]]);
      await h.port.deleteBlock("k");
      expect(outline(await h.port.read())).toEqual([["1.", ["1.1 C"]]]);
    });

    it("moves a clause into another section and a section behind another, renumbering", async () => {
      const h = make(created(vorlage({ sections: [section("k", "kenntnisnahme", [clause("a", "A"), clause("b", "B")]), section("s", "beschluss", [clause("c", "C")])] })));
      await h.port.moveBlock("a", "c");
      expect(outline(await h.port.read())).toEqual([["1.", ["1.1 B"]], ["2.", ["2.1 C", "2.2 A"]]]);
      await h.port.moveBlock("k", "s");
      const r = await h.port.read();
      expect(r.vorlage.sections.map((x) => x.id)).toEqual(["s", "k"]);
      expect(outline(r)).toEqual([["1.", ["1.1 C", "1.2 A"]], ["2.", ["2.1 B"]]]);
    });

    it("renumbers a document edited elsewhere: only numbers change, and a second run changes nothing", async () => {
      const stale = vorlage({ sections: [section("k", "kenntnisnahme", [clause("a", "eins", "1.1"), clause("b", "zwei", "1.3")], "1."), section("s", "beschluss", [clause("c", "drei", "2.7")], "4.")] });
      const h = make(docxFromBody(renderBody(stale, WIESBADEN, { numbers: "as-written" })));
      expect(await h.port.renumber()).toBe(3);
      expect(outline(await h.port.read())).toEqual([["1.", ["1.1 eins", "1.2 zwei"]], ["2.", ["2.1 drei"]]]);
      const once = strFromU8(unzipSync(h.bytes())["word/document.xml"] as Uint8Array);
      expect(await h.port.renumber()).toBe(0);
      expect(strFromU8(unzipSync(h.bytes())["word/document.xml"] as Uint8Array)).toBe(once);
    });

    it("puts back a number control a user deleted", async () => {
      const v = vorlage({ sections: [section("s", "beschluss", [clause("a", "eins"), clause("b", "zwei")])] });
      const body = renderBody(v, WIESBADEN).replace(/<w:sdt><w:sdtPr><w:alias w:val="Nummer"\/><w:tag w:val="bv:nr:b"\/>.*?<\/w:sdt>/, "");
      const h = make(docxFromBody(body));
      await h.port.renumber();
      expect(outline(await h.port.read())).toEqual([["1.", ["1.1 eins", "1.2 zwei"]]]);
    });

    it("gives a pasted copy of a clause a new id, which sticks", async () => {
      const v = vorlage({ sections: [section("s", "beschluss", [clause("a", "eins"), clause("a", "eins")])] });
      const h = make(docxFromBody(renderBody(v, WIESBADEN)));
      // The bare test document has no styles or properties: the .docx port's accessibility warnings are not this test's subject.
      const own = (fs: readonly { readonly code: string }[]) => fs.filter((f) => !f.code.startsWith("accessibility-"));
      expect(own((await h.port.read()).findings).map((f) => f.code)).toEqual(["structure-id-reassigned"]);
      await h.port.renumber();
      const r = await h.port.read();
      expect(own(r.findings)).toEqual([]);
      const ids = r.vorlage.sections[0]?.clauses.map((c) => c.id) ?? [];
      expect(new Set(ids).size).toBe(2);
      expect(outline(r)).toEqual([["1.", ["1.1 eins", "1.2 eins"]]]);
    });

    it("leaves other add-ins' content controls alone", async () => {
      const v = vorlage({ sections: [section("s", "beschluss", [clause("a", "eins", "7.7")], "3.")] });
      const h = make(docxFromBody(FOREIGN_CONTROL + renderBody(v, WIESBADEN, { numbers: "as-written" })));
      await h.port.renumber();
      await h.port.insertClause(clause("b", "zwei"), "s");
      expect(strFromU8(unzipSync(h.bytes())["word/document.xml"] as Uint8Array)).toContain('<w:tag w:val="dms:aktenzeichen"/>');
      expect(outline(await h.port.read())).toEqual([["1.", ["1.1 eins", "1.2 zwei"]]]);
    });

    it("writes the metadata part and the document properties, and reads them back", async () => {
      const h = make(created(vorlage({ sections: [section("s", "beschluss", [clause("a", "eins")])] })));
      expect(await h.port.writeMetadata(reference0057())).toEqual({ xmlPart: "written", properties: "written", kept: [] });
      const stored = await h.port.readMetadata();
      expect(stored?.vorlage?.header.vorlagenNr).toBe("24-V-07-0001");
      const props = await h.port.readProperties();
      expect([props.get("Vorlagen-Nr."), props.get("Betrag"), props.get("Status der Prüfung")]).toEqual(["24-V-07-0001", 1000, "vollständig"]);
      expect(DocxDocument.open(h.bytes()).properties().get("Federführung")).toBe("Dezernat VII");
    });

    it("writes fields into their controls, and only there; all or none", async () => {
      const h = make(created(reference0057()));
      await h.port.setFields({ "zustaendigkeit.federfuehrend": "II", "header.betreff": "Beitritt <NExT> & „Co.“" });
      const v = (await h.port.read()).vorlage;
      expect([v.zustaendigkeit.federfuehrend, v.header.betreff]).toEqual(["II", "Beitritt <NExT> & „Co.“"]);
      expect(v.sections).toEqual(reference0057().sections);
      await expect(h.port.setFields({ "header.vorlagenNr": "25-V-02-0001", "header.gibtsnicht": "x" })).rejects.toBeInstanceOf(BlockNotFoundError);
      expect((await h.port.read()).vorlage.header.vorlagenNr).toBe("24-V-07-0001");
    });

    it("saves the Angaben as one action: fields in place where the header is, whole parts on a blank document", async () => {
      const ref = reference0057();
      const h = make(created(ref));
      await h.port.saveDetails?.({ "header.betreff": "Anderer Betreff", "header.gremium": "" }, ref, false);
      let v = (await h.port.read()).vorlage;
      expect([v.header.betreff, v.header.gremium]).toEqual(["Anderer Betreff", ""]);
      expect(v.sections).toEqual(ref.sections);
      const blank = make(docxFromBody(renderSection(section("s", "beschluss", [clause("a", "eins")]), WIESBADEN, () => "1.")));
      await blank.port.saveDetails?.({ "header.betreff": ref.header.betreff }, ref, true);
      v = (await blank.port.read()).vorlage;
      expect([v.header.vorlagenNr, v.zustaendigkeit.federfuehrend, v.finanzierung?.betragCent]).toEqual([ref.header.vorlagenNr, ref.zustaendigkeit.federfuehrend, ref.finanzierung?.betragCent]);
      expect(v.sections.map((s) => s.id)).toEqual(["s"]);
    });

    it("reads after reported changes exactly what a full read gives", async () => {
      const h = make(created(reference0057()));
      await h.port.read();
      await h.port.insertClause(clause("neu", "neu"), "s2");
      const full = await h.port.read();
      const changed = await h.port.readChanged?.([{ kind: "structure" }]);
      expect(changed && deepEqual(changed.vorlage, full.vorlage)).toBe(true);
      expect(changed?.findings).toEqual(full.findings);
    });

    it("writes the header, Zuständigkeit and Finanzierung into a blank document at their places, and replaces them later", async () => {
      const h = make(docxFromBody(renderSection(section("s", "beschluss", [clause("a", "eins")]), WIESBADEN, () => "1.1")));
      const ref = reference0057();
      await h.port.writePart("zustaendigkeit", ref);
      await h.port.writePart("kopf", ref);
      await h.port.writePart("finanzierung", ref);
      let v = (await h.port.read()).vorlage;
      expect([v.header.vorlagenNr, v.header.betreff, v.zustaendigkeit]).toEqual([ref.header.vorlagenNr, ref.header.betreff, ref.zustaendigkeit]);
      expect(deepEqual(v.finanzierung, ref.finanzierung)).toBe(true);
      const changed = { ...ref, finanzierung: { ...ref.finanzierung!, quellen: [{ id: "q9", stelle: { dezernat: "VII", produkt: "1.2", kostenstelle: "3" }, anteil: 1 }] } };
      await h.port.writePart("finanzierung", changed);
      v = (await h.port.read()).vorlage;
      expect(v.finanzierung?.quellen.map((q) => [q.id, q.stelle.dezernat, q.anteil])).toEqual([["q9", "VII", 1]]);
      const text = strFromU8(unzipSync(h.bytes())["word/document.xml"] as Uint8Array);
      // Wiesbaden does not print the Zuständigkeit and the Finanzierung: they live in the metadata part, not in the
      // body, and no hidden text stands for them (where a house style prints them: test/document/docx/house-style.test.ts).
      expect(text).not.toContain('bv:finanzierung"');
      expect(text).not.toContain('bv:zustaendigkeit"');
      expect(text).not.toContain("<w:vanish");
      expect(text.indexOf("bv:kopf")).toBeLessThan(text.indexOf("bv:abschnitt:s"));
    });

    it("appends Verteiler entries and signatures in order", async () => {
      const h = make(created(vorlage({ sections: [section("s", "beschluss", [clause("a", "eins")])] })));
      // Appended one by one, entries stand on their own: which Zeichnung sends them is not part of this step.
      const full = reference0057();
      const ref = { ...full, verteiler: full.verteiler.map(({ zeichnung: _z, ...e }) => e) };
      for (const e of ref.verteiler) await h.port.insertEntry("verteiler", ref, e.id);
      await h.port.insertEntry("zeichnung", ref, "z1");
      const v = (await h.port.read()).vorlage;
      expect(v.verteiler).toEqual(ref.verteiler);
      expect(v.zeichnungen).toEqual([ref.zeichnungen[0]]);
    });

    it("puts a Bezug as an unnumbered note after the last section, before the Verteiler, and leaves the numbering alone", async () => {
      const h = make(created(vorlage({ sections: [section("k", "kenntnisnahme", [clause("a", "eins")]), section("s", "beschluss", [clause("b", "zwei")])] })));
      const ref = reference0057();
      await h.port.insertEntry("verteiler", ref, ref.verteiler[0]!.id);
      const withBezug = { ...ref, bezuege: [{ id: "bz1", vermerk: "antragsgemäß", gremium: "Magistrat", datum: "2024-02-27", bp: "0106" }] };
      await h.port.insertEntry("bezug", withBezug, "bz1");
      const r = await h.port.read();
      expect(r.vorlage.bezuege).toEqual(withBezug.bezuege);
      expect(outline(r)).toEqual([["1.", ["1.1 eins"]], ["2.", ["2.1 zwei"]]]);
      const text = strFromU8(unzipSync(h.bytes())["word/document.xml"] as Uint8Array);
      expect(text.indexOf("bv:abschnitt:s")).toBeLessThan(text.indexOf("bv:bezug:bz1"));
      expect(text.indexOf("bv:bezug:bz1")).toBeLessThan(text.indexOf(`bv:verteiler:${ref.verteiler[0]!.id}`));
      await expect(h.port.insertEntry("bezug", withBezug, "fehlt")).rejects.toBeInstanceOf(BlockNotFoundError);
    });

    describe("correcting, removing and putting back one entry (the pane's edit, remove and undo)", () => {
      /** Skipped where the adapter cannot (the pane then hides edit and remove). */
      const entries = (h: Harness) => {
        const write = h.port.writeEntry?.bind(h.port);
        if (!write) throw new Error("the adapter has no writeEntry");
        return write;
      };
      const lists = (r: PortRead) => ({ bezuege: r.vorlage.bezuege, verteiler: r.vorlage.verteiler, zeichnungen: r.vorlage.zeichnungen });

      it("corrects a Verteiler entry, a Bezug and a Zeichnung in place; every other entry and the sections stay", async () => {
        const ref = reference0057();
        const h = make(created(ref));
        const write = entries(h);
        const fixed = {
          ...ref,
          verteiler: ref.verteiler.map((e) => (e.id === "v2" ? { ...e, empfaenger: "Dezernat II", bitte: "veranlassung" as const } : e)),
          bezuege: ref.bezuege.map((b) => ({ ...b, gremium: "Ortsbeirat", datum: "2024-03-01", bp: "0107" })),
          zeichnungen: ref.zeichnungen.map((z) => (z.id === "z1" ? { ...z, name: "Dr. Klug", datum: "2024-04-02" } : z)),
        };
        await write("verteiler", fixed, "v2");
        await write("bezug", fixed, "b1");
        await write("zeichnung", fixed, "z1");
        const r = await h.port.read();
        expect(lists(r)).toEqual(lists({ ...r, vorlage: fixed }));
        expect(outline(r)).toEqual(outline({ ...r, vorlage: ref }));
        expect(deepEqual(reopened(h), fixed)).toBe(true);
      });

      it("rewrites an entry whose fields change in kind: a Bezug without its Vermerk, a Zeichnung with other Verteiler under it", async () => {
        const ref = reference0057();
        const h = make(created(ref));
        const write = entries(h);
        const next = {
          ...ref,
          bezuege: ref.bezuege.map((b) => ({ ...b, vermerk: "" })),
          verteiler: [...ref.verteiler.filter((e) => e.zeichnung !== "z2"), { id: "v9", empfaenger: "Amt 40", bitte: "kenntnisnahme" as const, zeichnung: "z2" }],
        };
        await write("bezug", next, "b1");
        await write("zeichnung", next, "z2");
        expect(lists(await h.port.read())).toEqual(lists({ structured: true, findings: [], vorlage: next }));
        // Undone: written again as it was.
        await write("zeichnung", ref, "z2");
        await write("bezug", ref, "b1");
        expect(deepEqual(reopened(h), ref)).toBe(true);
      });

      it("removes an entry and puts it back where it stood: after the entry before it, before the first, a Zeichnung with its Verteiler", async () => {
        const ref = reference0057();
        const h = make(created(ref));
        const write = entries(h);
        const without = (v: typeof ref, id: string) => ({ ...v, verteiler: v.verteiler.filter((e) => e.id !== id) });
        // v1, the only entry under its Zeichnung, is the Word adapter's own test (word/entries-in-word.test.ts).
        for (const id of ["v3", "v2"]) {
          await write("verteiler", without(ref, id), id);
          expect((await h.port.read()).vorlage.verteiler.map((e) => e.id)).toEqual(ref.verteiler.map((e) => e.id).filter((x) => x !== id));
          await write("verteiler", ref, id);
          expect(deepEqual((await h.port.read()).vorlage, ref)).toBe(true);
        }
        const noZ1 = { ...ref, zeichnungen: ref.zeichnungen.filter((z) => z.id !== "z1"), verteiler: ref.verteiler.filter((e) => e.zeichnung !== "z1") };
        await write("zeichnung", noZ1, "z1");
        expect(lists(await h.port.read())).toEqual(lists({ structured: true, findings: [], vorlage: noZ1 }));
        await write("zeichnung", ref, "z1");
        const noBezug = { ...ref, bezuege: [] };
        await write("bezug", noBezug, "b1");
        expect((await h.port.read()).vorlage.bezuege).toEqual([]);
        await write("bezug", ref, "b1");
        expect(deepEqual((await h.port.read()).vorlage, ref)).toBe(true);
        expect(deepEqual(reopened(h), ref)).toBe(true);
      });

      it("changes nothing for an entry that neither the model nor the document holds, or that both hold alike", async () => {
        const ref = reference0057();
        const h = make(created(ref));
        const write = entries(h);
        const before = await h.port.read();
        await write("verteiler", ref, "fehlt");
        await write("verteiler", ref, "v2");
        await write("zeichnung", ref, "z2");
        expect(deepEqual((await h.port.read()).vorlage, before.vorlage)).toBe(true);
      });
    });

    it("puts findings into the document as comments at their places, replaces them, removes them, and leaves a colleague's comment", async () => {
      const h = make(richDocxWithStructure());
      expect(h.otherComments()).toEqual(["Bitte Betrag prüfen."]);
      const v = (await h.port.read()).vorlage;
      const first = [
        { tag: anchorTag({ type: "clause", id: "c22" }, v), text: "Betrag prüfen" },
        { tag: anchorTag({ type: "field", field: "header.gremium" }, v), text: "Gremium fehlt" },
        { tag: anchorTag({ type: "document" }, v), text: "Verteiler fehlt" },
      ];
      expect(await h.port.commentFindings(first)).toBe("written");
      expect([...(await h.port.findingComments())].sort()).toEqual(["Betrag prüfen", "Gremium fehlt", "Verteiler fehlt"]);
      await h.port.commentFindings([{ tag: anchorTag({ type: "section", id: "s2" }, v), text: "Nur noch eins" }]);
      expect(await h.port.findingComments()).toEqual(["Nur noch eins"]);
      await h.port.removeFindingComments();
      expect(await h.port.findingComments()).toEqual([]);
      expect(h.otherComments()).toEqual(["Bitte Betrag prüfen."]);
      // And once more after everything of ours was removed.
      await h.port.commentFindings([{ tag: undefined, text: "Wieder da" }]);
      expect(await h.port.findingComments()).toEqual(["Wieder da"]);
      expect((await h.port.read()).vorlage.sections).toEqual(reference0057().sections);
    });

    it("selects a block to show where a finding is, and inserts at the selection", async () => {
      const h = make(created(vorlage({ sections: [section("k", "kenntnisnahme", [clause("a", "A")]), section("s", "beschluss", [clause("c", "C")])] })));
      await h.port.select("a");
      expect(h.selected()).toBe("a");
      await h.port.insertSection(section("n", "beschluss", [clause("n1", "neu")]), "selection");
      expect((await h.port.read()).vorlage.sections.map((s) => [s.id, s.writtenNumber])).toEqual([["k", "1."], ["n", "2."], ["s", "3."]]);
    });

    describe("sub-points a), b) … under a clause", () => {
      const withSub = (id: string, text: string, subs: readonly (readonly [string, string])[]) => ({ ...clause(id, text), ...(subs.length > 0 ? { unterpunkte: subs.map(([uid, t]) => ({ id: uid, text: t })) } : {}) });
      const start = () =>
        vorlage({ sections: [section("s", "beschluss", [withSub("a", "Die Stadt beschließt:", [["u1", "erstens"], ["u2", "zweitens"]]), withSub("b", "Ferner:", [["u9", "anderes"]])])] });
      const letters = (r: PortRead, clauseId: string) => r.vorlage.sections.flatMap((s) => s.clauses).find((c) => c.id === clauseId)?.unterpunkte?.map((u) => `${u.writtenNumber} ${u.text}`);
      const documentXml = (h: Harness) => strFromU8(unzipSync(h.bytes())["word/document.xml"] as Uint8Array);

      it("inserts a sub-point first or after a given one, and re-letters the clause's sub-points at once", async () => {
        const h = make(created(vorlage({ sections: [section("s", "beschluss", [clause("a", "Die Stadt beschließt:"), clause("b", "Ferner:")])] })));
        await h.port.insertUnterpunkt({ id: "u2", text: "zweitens" }, "a");
        expect(letters(await h.port.read(), "a")).toEqual(["a) zweitens"]);
        await h.port.insertUnterpunkt({ id: "u3", text: "drittens\nmit zweitem Absatz" }, "a", "u2");
        await h.port.insertUnterpunkt({ id: "u1", text: "erstens" }, "a");
        const r = await h.port.read();
        expect(letters(r, "a")).toEqual(["a) erstens", "b) zweitens", "c) drittens\nmit zweitem Absatz"]);
        expect(outline(r)).toEqual([["1.", ["1.1 Die Stadt beschließt:", "1.2 Ferner:"]]]);
        expect(letters(r, "b")).toBeUndefined();
        // What a reviewer opens: the same sub-points in the same order, with their letters.
        expect(reopened(h).sections[0]?.clauses[0]?.unterpunkte?.map((u) => [u.id, u.writtenNumber])).toEqual([["u1", "a)"], ["u2", "b)"], ["u3", "c)"]]);
      });

      it("moves a sub-point first or after another of its clause, re-lettering; a move to where it stands changes nothing", async () => {
        const h = make(created(vorlage({ sections: [section("s", "beschluss", [withSub("a", "A", [["u1", "eins"], ["u2", "zwei"], ["u3", "drei"]])])] })));
        await h.port.moveUnterpunkt("u3");
        expect(letters(await h.port.read(), "a")).toEqual(["a) drei", "b) eins", "c) zwei"]);
        await h.port.moveUnterpunkt("u3", "u2");
        expect(letters(await h.port.read(), "a")).toEqual(["a) eins", "b) zwei", "c) drei"]);
        const before = documentXml(h);
        await h.port.moveUnterpunkt("u2", "u1");
        expect(documentXml(h)).toBe(before);
        expect(reopened(h).sections[0]?.clauses[0]?.unterpunkte?.map((u) => [u.id, u.writtenNumber, u.text])).toEqual([["u1", "a)", "eins"], ["u2", "b)", "zwei"], ["u3", "c)", "drei"]]);
      });

      it("deletes a sub-point and re-letters the rest; the clause keeps its text", async () => {
        const h = make(created(start()));
        await h.port.deleteBlock("u1");
        let r = await h.port.read();
        expect(letters(r, "a")).toEqual(["a) zweitens"]);
        expect(outline(r)).toEqual([["1.", ["1.1 Die Stadt beschließt:", "1.2 Ferner:"]]]);
        await h.port.deleteBlock("u2");
        r = await h.port.read();
        expect(letters(r, "a")).toBeUndefined();
        expect(letters(r, "b")).toEqual(["a) anderes"]);
      });

      it("renumbers stale sub-point letters (a document edited elsewhere); a second run changes nothing", async () => {
        const stale = vorlage({ sections: [section("s", "beschluss", [{ ...clause("a", "A", "1.1"), unterpunkte: [{ id: "u1", text: "eins", writtenNumber: "a)" }, { id: "u2", text: "zwei", writtenNumber: "c)" }] }], "1.")] });
        const h = make(docxFromBody(renderBody(stale, WIESBADEN, { numbers: "as-written" })));
        expect(await h.port.renumber()).toBe(1);
        expect(letters(await h.port.read(), "a")).toEqual(["a) eins", "b) zwei"]);
        expect(await h.port.renumber()).toBe(0);
      });

      it("refuses a clause or sub-point the document does not hold, or a place in another clause, and changes nothing", async () => {
        const h = make(created(start()));
        const before = documentXml(h);
        await expect(h.port.insertUnterpunkt({ id: "n", text: "neu" }, "gibt-es-nicht")).rejects.toBeInstanceOf(BlockNotFoundError);
        await expect(h.port.insertUnterpunkt({ id: "n", text: "neu" }, "a", "u9")).rejects.toBeInstanceOf(BlockNotFoundError);
        await expect(h.port.insertUnterpunkt({ id: "u1", text: "doppelt" }, "b")).rejects.toBeInstanceOf(BlockNotFoundError);
        await expect(h.port.moveUnterpunkt("gibt-es-nicht")).rejects.toBeInstanceOf(BlockNotFoundError);
        await expect(h.port.moveUnterpunkt("u1", "u9")).rejects.toBeInstanceOf(BlockNotFoundError);
        await expect(h.port.deleteBlock("gibt-es-nicht")).rejects.toBeInstanceOf(BlockNotFoundError);
        expect(documentXml(h)).toBe(before);
      });

      it("selects a sub-point (a click on it in the pane shows it in the document)", async () => {
        const h = make(created(start()));
        await h.port.select("u2");
        expect(h.selected()).toBe("u2");
      });

      it("answers no block at the selection where the cursor is outside every block of ours (a fresh document: in the Kopf; a file: no cursor)", async () => {
        const h = make(created(reference0057()));
        expect(await h.port.blockAtSelection()).toBeUndefined();
      });
    });

    it("refuses a block id the document does not hold, and changes nothing", async () => {
      const h = make(created(reference0057()));
      const before = strFromU8(unzipSync(h.bytes())["word/document.xml"] as Uint8Array);
      await expect(h.port.deleteBlock("gibt-es-nicht")).rejects.toBeInstanceOf(BlockNotFoundError);
      await expect(h.port.select("gibt-es-nicht")).rejects.toBeInstanceOf(BlockNotFoundError);
      await expect(h.port.moveBlock("c11", "gibt-es-nicht")).rejects.toBeInstanceOf(BlockNotFoundError);
      expect(strFromU8(unzipSync(h.bytes())["word/document.xml"] as Uint8Array)).toBe(before);
    });
  });
}
