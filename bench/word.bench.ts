/**
 * npm run bench:word — what each operation of the Word adapter costs at the host boundary,
 * on the Word simulator, at 10, 100 and 1,000 blocks: round trips (context.sync), bytes
 * across the boundary (both directions), insertOoxml calls, and the milliseconds these
 * would cost under the simulator's "web" latency profile (an estimate for comparing
 * operations, not a measurement of Word). Beside them: one full body.getOoxml() (what the
 * adapter used to read after every keystroke) and a naive renumber that syncs per block.
 */
import { clause, section, vorlage } from "../src/core/model/builders";
import { sequentialIds } from "../src/core/model/ids";
import { deriveNumbers } from "../src/core/numbering/derive-numbers";
import { WIESBADEN } from "../src/core/profile/builtin-profiles";
import { strToU8 } from "fflate";
import { stylesXml } from "../src/document/ooxml/house-style-parts";
import { renderBody } from "../src/document/ooxml/render-vorlage";
import type { DocumentChange } from "../src/document/port";
import { WordPort } from "../src/document/word/word-port";
import { formatTag } from "../src/document/tags";
import { docxFromBody, paragraphXml } from "../test/fixtures/docx";
import { reference0057 } from "../test/fixtures/reference-0057";
import { estimateMs, WordSimulator, type SimContext, type SimCost } from "../test/word-simulator/word-simulator";

/**
 * A Vorlage with the reference's Kopf and `n` clauses whose shown numbers are stale; `styled`: with the house styles,
 * and a short first section (one clause) before them, so that a section can be inserted above the `n` clauses.
 */
function document(n: number, styled = false): Uint8Array {
  const clauses = Array.from({ length: n }, (_, i) => clause(`c${i}`, `Die Verwaltung wird beauftragt, Maßnahme ${i} umzusetzen;`, `9.${i + 7}`));
  const first = styled ? [section("s0", "kenntnisnahme", [clause("a0", "dass berichtet wurde;", "8.1")], "8.")] : [];
  const v = vorlage({ ...reference0057(), sections: [...first, section("s", "beschluss", clauses, "9.")] });
  return docxFromBody(renderBody(v, WIESBADEN, { numbers: "as-written" }), styled ? { "word/styles.xml": strToU8(stylesXml(WIESBADEN)) } : {});
}

/**
 * The structure edits as the pane makes them in Word with paragraph events (WordApi 1.6, watching): each
 * action and the pane's read after it, on a document with the house styles, numbers stale at first. Bytes
 * as a share of one full body.getOoxml() of that document (issue 21, item 4).
 */
export async function keptRows(n: number, platform: "desktop" | "web" = "desktop"): Promise<{ readonly op: string; readonly cost: SimCost; readonly full: number }[]> {
  const sim = new WordSimulator(document(n, true));
  // On the web undo raises no event (office-js #5089): each action first checks the ids of our block controls (block-ids.ts).
  sim.platform = platform;
  const full = bytes(await measure(sim, () => sim.run(async (context: SimContext) => void context.document.body.getOoxml())));
  const port = new WordPort(sim.host(), WIESBADEN, sequentialIds("k"));
  await port.read();
  const watch = await port.watch(() => undefined);
  const out: { op: string; cost: SimCost; full: number }[] = [];
  const row = async (op: string, run: () => Promise<unknown>) =>
    out.push({
      op,
      full,
      cost: await measure(sim, async () => {
        await run();
        await port.read();
      }),
    });
  await row("renumber with every number stale", () => port.renumber());
  await row("insert clause at the end", () => port.insertClause(clause("ende", "Eine neue letzte Ziffer;"), "s"));
  await row("insert clause at the top (after the first: every later number changes)", () => port.insertClause(clause("oben", "Eine neue zweite Ziffer;"), "s", "c0"));
  await row("move clause (the 3rd after the 5th)", () => port.moveBlock("c2", "c4"));
  await row("delete clause (the last)", () => port.deleteBlock("ende"));
  await row("delete clause (the 2nd: every later number changes)", () => port.deleteBlock("oben"));
  await row("insert section (after the last)", () => port.insertSection(section("neu-s", "kenntnisnahme", [clause("neu-k", "dass")]), { after: "s" }));
  await row("insert section at the top (after the short first: every later number changes)", () => port.insertSection(section("oben-s", "kenntnisnahme", [clause("oben-k", "dass")]), { after: "s0" }));
  await row("set field (Betreff)", () => port.setFields({ "header.betreff": "Ein neuer Betreff" }));
  await row("„Im Dokument zeigen“ (select)", () => port.select(`c${Math.floor(n / 2)}`));
  // Word's undo: the deletion of the 3rd clause undone behind the model's back; on the web the check finds the clause and the body is read.
  await port.deleteBlock("c2");
  await port.read();
  sim.undo();
  await row("insert clause at the end after an undone deletion (Ctrl+Z)", () => port.insertClause(clause("nach-undo", "Nach dem Rückgängigmachen;"), "s"));
  await watch.stop();
  return out;
}

/** Another office's Vorlage with `n` clauses typed by hand in two sections, no control of ours (read by recognition). */
function plainDocument(n: number): Uint8Array {
  const half = Math.ceil(n / 2);
  const lines = ["Vorlagen-Nr. 25-V-07-0042", "Betreff: Lastenräder für den Grünflächenbetrieb", "1. Es wird zur Kenntnis genommen, dass"];
  for (let i = 0; i < n; i++) {
    if (i === half) lines.push("2. Es wird beschlossen, dass");
    lines.push(`${i < half ? 1 : 2}.${(i < half ? i : i - half) + 1} die Verwaltung Maßnahme ${i} umsetzt;`);
  }
  return docxFromBody(lines.map(paragraphXml).join(""));
}

/** `document(n)` with a clause typed by hand („9.999“: a typed number has at most three digits after the point) after the last one, inside the section's control, over three paragraphs (a lettered sub-point among them). */
function typedDocument(n: number): Uint8Array {
  const v = vorlage({ ...reference0057(), sections: [section("s", "beschluss", Array.from({ length: n }, (_, i) => clause(`c${i}`, `Die Verwaltung wird beauftragt, Maßnahme ${i} umzusetzen;`, `9.${i + 7}`)), "9.")] });
  const body = renderBody(v, WIESBADEN, { numbers: "as-written" });
  const end = body.indexOf("</w:p></w:sdtContent></w:sdt>", body.indexOf(`bv:ziffer:c${n - 1}`)) + "</w:p></w:sdtContent></w:sdt>".length;
  const typed = [`9.999\tdie Mehrkosten jährlich bereitgestellt werden,`, "soweit der Haushalt es zulässt;", "a) zunächst für 2025;"].map(paragraphXml).join("");
  return docxFromBody(body.slice(0, end) + typed + body.slice(end));
}

/**
 * The Word pane on plain documents: review comments (one per recognised clause and section, anchored at their
 * paragraphs) and „Übernehmen“ of a clause typed over three paragraphs, each after a read. Syncs do not grow with n.
 */
export async function plainRows(n: number): Promise<{ readonly op: string; readonly cost: SimCost }[]> {
  const out: { op: string; cost: SimCost }[] = [];
  const sim = new WordSimulator(plainDocument(n));
  const port = new WordPort(sim.host(), WIESBADEN, sequentialIds("p"));
  const v = (await port.read()).vorlage;
  const comments = v.sections.flatMap((s) => [formatTag({ kind: "abschnitt", id: s.id, sectionKind: s.kind }), ...s.clauses.map((c) => formatTag({ kind: "ziffer", id: c.id }))]).map((tag, i) => ({ tag, text: `Hinweis ${i}.` }));
  out.push({ op: `review comments on a plain document (${comments.length} comments)`, cost: await measure(sim, () => port.commentFindings(comments)) });
  const typed = new WordSimulator(typedDocument(n));
  const typedPort = new WordPort(typed.host(), WIESBADEN, sequentialIds("t"));
  const read = await typedPort.read();
  const f = read.findings.find((x) => x.code === "structure-clause-uncontrolled");
  const id = f?.location.type === "clause" ? f.location.id : "";
  out.push({ op: "„Übernehmen“ of a clause typed over three paragraphs", cost: await measure(typed, () => typedPort.adoptClause(id)) });
  return out;
}

interface Row {
  readonly op: string;
  readonly n: number;
  readonly cost: SimCost;
}

async function measure(sim: WordSimulator, op: () => Promise<unknown>): Promise<SimCost> {
  const before = { ...sim.cost };
  await op();
  return { syncs: sim.cost.syncs - before.syncs, bytesUp: sim.cost.bytesUp - before.bytesUp, bytesDown: sim.cost.bytesDown - before.bytesDown, insertOoxml: sim.cost.insertOoxml - before.insertOoxml };
}

/** The baseline: one round trip per block. */
async function naiveRenumber(sim: WordSimulator, n: number): Promise<void> {
  const numbers = deriveNumbers(vorlage({ sections: [section("s", "beschluss", Array.from({ length: n }, (_, i) => clause(`c${i}`, "")))] }), WIESBADEN.numbering).byId;
  await sim.run(async (context: SimContext) => {
    for (let i = 0; i < n; i++) {
      context.document.body.contentControls.getByTag(`bv:nr:c${i}`).getFirst().insertText(numbers.get(`c${i}`) as string, "Replace");
      await context.sync();
    }
  });
}

async function main(): Promise<void> {
  const rows: Row[] = [];
  const ratios: string[] = [];
  for (const n of [10, 100, 1000]) {
    const sim = new WordSimulator(document(n));
    const port = new WordPort(sim.host(), WIESBADEN, sequentialIds("n"));
    const add = async (op: string, run: () => Promise<unknown>) => rows.push({ op, n, cost: await measure(sim, run) });
    const full = await measure(sim, () => sim.run(async (context: SimContext) => void context.document.body.getOoxml()));
    rows.push({ op: "one full body.getOoxml() (reference)", n, cost: full });
    await add("read", () => port.read());
    await add("„Im Dokument zeigen“ (select)", () => port.select(`c${Math.floor(n / 2)}`));
    await add("renumber", () => port.renumber());
    // The bench's document lacks the house styles: the first insertion adds „BV Ziffer“ in a sync of its own (office-js #3728 may refuse it).
    await add("insert clause", () => port.insertClause(clause("neu", "Eine neue Ziffer;"), "s", "c0"));
    await add("insert clause, house style present", () => port.insertClause(clause("neu2", "Noch eine Ziffer;"), "s", "neu"));
    await add("insert sub-point", () => port.insertUnterpunkt({ id: "u1", text: "erstens" }, "c0"));
    await port.insertUnterpunkt({ id: "u2", text: "zweitens" }, "c0", "u1");
    await add("move sub-point", () => port.moveUnterpunkt("u2"));
    await add("delete sub-point", () => port.deleteBlock("u1"));
    sim.placeCaret(`Maßnahme ${Math.floor(n / 2)} umzusetzen`, 2);
    await add("block at the cursor", () => port.blockAtSelection());
    const ref = reference0057();
    // The bench's document lacks „BV Verteiler“: Word's API builds the entry with the style's format set directly (build-entry.ts).
    const v9 = { id: "v9", empfaenger: "Dezernat I", bitte: "kenntnisnahme" } as const;
    const withV9 = { ...ref, verteiler: [...ref.verteiler, v9] };
    await add("insert Verteiler entry, no house styles", () => port.insertEntry("verteiler", withV9, "v9"));
    // A forwarding office's Zeichnung (page break before its Absender) and a Bezug with an empty field, without the styles.
    const forwarding = { id: "z8", ort: "Wiesbaden", datum: "2024-04-02", zusatz: "im Auftrag", name: "Bock", absender: "Der Magistrat", absenderNummer: "16" };
    await add("insert Zeichnung (forwarding office), no house styles", () => port.insertEntry("zeichnung", { ...withV9, zeichnungen: [...ref.zeichnungen, forwarding] }, "z8"));
    await add("insert Bezug with an empty field, no house styles", () => port.insertEntry("bezug", { ...withV9, bezuege: [...ref.bezuege, { id: "b9", vermerk: "", gremium: "Ortsbeirat", datum: "2024-03-01", bp: "" }] }, "b9"));
    // A document the add-in made has its house styles: Word's API builds the entry (build-entry.ts), no insertOoxml.
    const styled = new WordSimulator(document(n, true));
    const styledPort = new WordPort(styled.host(), WIESBADEN, sequentialIds("e"));
    const onStyled = async (op: string, run: () => Promise<unknown>) => rows.push({ op, n, cost: await measure(styled, run) });
    await onStyled("insert Verteiler entry, house style present", () => styledPort.insertEntry("verteiler", withV9, "v9"));
    await onStyled("correct Verteiler entry (Empfänger)", () => styledPort.writeEntry("verteiler", { ...ref, verteiler: [...ref.verteiler, { ...v9, empfaenger: "Dezernat III" }] }, "v9"));
    await onStyled("remove Verteiler entry", () => styledPort.writeEntry("verteiler", ref, "v9"));
    await onStyled("put Verteiler entry back (undo)", () => styledPort.writeEntry("verteiler", withV9, "v9"));
    await onStyled("insert Zeichnung (deciding body), house style present", () => styledPort.insertEntry("zeichnung", { ...withV9, zeichnungen: [...ref.zeichnungen, { id: "z9", ort: "Wiesbaden", datum: "2024-04-02", zusatz: "im Auftrag", name: "Klug" }] }, "z9"));
    await add("insert section at the cursor", () => port.insertSection(section("neu-s", "kenntnisnahme", [clause("neu-k", "dass")]), "selection"));
    await add("set field (Betreff)", () => port.setFields({ "header.betreff": "Ein neuer Betreff" }));
    await add("delete clause", () => port.deleteBlock("c1"));
    await add("write metadata", () => port.writeMetadata(reference0057()));
    // A live refresh: the user types one character into a clause; the pane reads what changed.
    await port.read();
    const changes: DocumentChange[] = [];
    const watch = await port.watch((c) => changes.push(c));
    sim.type(`bv:ziffer:c${Math.floor(n / 2)}`, "x");
    const live = await measure(sim, () => port.readChanged(changes));
    rows.push({ op: "live refresh after one keystroke", n, cost: live });
    await watch.stop();
    ratios.push(`${n} blocks: live refresh ${bytes(live)} B = ${((100 * bytes(live)) / bytes(full)).toFixed(2)} % of one full getOoxml (${bytes(full)} B)`);
    const naive = new WordSimulator(document(n));
    rows.push({ op: "naive renumber (one sync per block, baseline)", n, cost: await measure(naive, () => naiveRenumber(naive, n)) });
  }
  const ops = [...new Set(rows.map((r) => r.op))];
  const cell = (op: string, n: number, f: (c: SimCost) => string) => f((rows.find((r) => r.op === op && r.n === n) as Row).cost);
  console.log("| operation | syncs 10 / 100 / 1,000 | bytes across 10 / 100 / 1,000 | insertOoxml | est. ms web 10 / 100 / 1,000 |");
  console.log("|---|---:|---:|---:|---:|");
  for (const op of ops) {
    const per = (f: (c: SimCost) => string) => [10, 100, 1000].map((n) => cell(op, n, f)).join(" / ");
    console.log(`| ${op} | ${per((c) => String(c.syncs))} | ${per((c) => bytes(c).toLocaleString("en"))} | ${per((c) => String(c.insertOoxml))} | ${per((c) => Math.round(estimateMs(c, "web")).toLocaleString("en"))} |`);
  }
  console.log("");
  for (const r of ratios) console.log(r);
  await printPlainRows();
  for (const platform of ["desktop", "web"] as const) {
    const kept = new Map<number, Awaited<ReturnType<typeof keptRows>>>();
    for (const n of [10, 100, 1000]) kept.set(n, await keptRows(n, platform));
    console.log("");
    console.log(
      platform === "desktop"
        ? "Watching with paragraph events (WordApi 1.6), each action with the pane's read after it (Windows: undo raises the events, no check):"
        : "The same on the web (undo raises no event: each action checks the ids of our block controls first):",
    );
    console.log("");
    console.log("| action | syncs 10 / 100 / 1,000 | bytes, % of one full getOoxml, 10 / 100 / 1,000 | insertOoxml |");
    console.log("|---|---:|---:|---:|");
    for (const { op } of kept.get(10) ?? []) {
      const at = (n: number) => (kept.get(n) ?? []).find((r) => r.op === op);
      const per = (f: (r: NonNullable<ReturnType<typeof at>>) => string) => [10, 100, 1000].map((n) => f(at(n) as NonNullable<ReturnType<typeof at>>)).join(" / ");
      console.log(`| ${op} | ${per((r) => String(r.cost.syncs))} | ${per((r) => `${((100 * bytes(r.cost)) / r.full).toFixed(2)} %`)} | ${per((r) => String(r.cost.insertOoxml))} |`);
    }
  }
}

/** The table of `plainRows` at 10, 100 and 1,000 clauses (`npm run bench:word -- --plain` prints only it). */
async function printPlainRows(): Promise<void> {
  const at = new Map<number, Awaited<ReturnType<typeof plainRows>>>();
  for (const n of [10, 100, 1000]) at.set(n, await plainRows(n));
  console.log("");
  console.log("The pane on plain documents (after a read):");
  console.log("");
  console.log("| action | syncs 10 / 100 / 1,000 | bytes across 10 / 100 / 1,000 | insertOoxml | est. ms web 10 / 100 / 1,000 |");
  console.log("|---|---:|---:|---:|---:|");
  (at.get(10) ?? []).forEach((row, i) => {
    const per = (f: (c: SimCost) => string) => [10, 100, 1000].map((n) => f((at.get(n)?.[i] as { cost: SimCost }).cost)).join(" / ");
    console.log(`| ${row.op.replace(/\(\d+ comments\)/, "(one per clause and section)")} | ${per((c) => String(c.syncs))} | ${per((c) => bytes(c).toLocaleString("en"))} | ${per((c) => String(c.insertOoxml))} | ${per((c) => Math.round(estimateMs(c, "web")).toLocaleString("en"))} |`);
  });
}

function bytes(c: SimCost): number {
  return c.bytesUp + c.bytesDown;
}

if (process.argv[2] === "--plain") void printPlainRows();
else if (process.argv[2] !== "--no-main") void main();
