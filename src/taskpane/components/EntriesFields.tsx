import { Button, Field, Input, makeStyles, Select, Text, tokens } from "@fluentui/react-components";
import { useRef } from "react";
import { readAbsenderNummer } from "../../core/model/absender-nummer";
import { randomIds } from "../../core/model/ids";
import type { Bezug, Bitte, Vorlage, Zeichnung } from "../../core/model/vorlage";
import { BLANK } from "../../core/phrases/fill-phrase";
import { showDate } from "../../document/field-values";
import type { EntryList } from "../../document/parts";
import type { Profile } from "../../core/profile/profile";
import type { UiMessages } from "../../i18n/ui-messages";
import type { DocumentActions, DocumentState } from "../use-document";
import { useDraft } from "./drafts";
import { checkField, germanDate, readGermanDate } from "./field-checks";

const useStyles = makeStyles({
  group: { display: "flex", flexDirection: "column", gap: tokens.spacingVerticalS, border: `1px solid ${tokens.colorNeutralStroke2}`, padding: tokens.spacingHorizontalM, borderRadius: tokens.borderRadiusMedium, minWidth: 0 },
  list: { listStyleType: "none", margin: 0, padding: 0, display: "flex", flexDirection: "column", gap: tokens.spacingVerticalXS },
  entry: { display: "flex", flexWrap: "wrap", alignItems: "center", columnGap: tokens.spacingHorizontalS, minWidth: 0 },
  entryText: { flexGrow: 1, flexShrink: 1, flexBasis: "100%", minWidth: 0 },
  row: { display: "flex", gap: tokens.spacingHorizontalS, flexWrap: "wrap" },
});

export interface EntriesFieldsProps {
  readonly doc: DocumentState & DocumentActions;
  readonly profile: Profile;
  readonly t: UiMessages;
}

type Under = readonly { readonly empfaenger: string; readonly bitte: Bitte }[];
const NEW_Z = (ort: string) => ({ absender: "", absenderNummer: "", ort, datum: "", zusatz: "im Auftrag", name: "" });
const NEW_B = { vermerk: "antragsgemäß", gremium: "", datum: "", bp: "" };

/** The Bezug note as the document shows it: „(antragsgemäß Magistrat 27.02.2024 BP 0106)“, blanks as „…“. */
const bezugText = (b: Bezug, profile: Profile) => `(${[b.vermerk, b.gremium || BLANK, b.datum ? showDate(b.datum, profile) : BLANK, `BP ${b.bp || BLANK}`].filter((x) => x !== "").join(" ")})`;
const zeichnungText = (z: Zeichnung, profile: Profile) =>
  [[z.absender, z.absenderNummer ? `(${z.absenderNummer})` : ""].filter((x) => x).join(" "), z.name, z.datum ? showDate(z.datum, profile) : ""].filter((x) => x).join(", ");

/**
 * The Bezug note (the earlier decision), Verteiler recipients and Zeichnungen, appended after the last of their kind.
 * Every entry inserted is listed in its group with „bearbeiten“ and „entfernen“ (where the port can write entries), both
 * undoable; after an insert the focus goes to the first field of the next entry of the same kind.
 */
export function EntriesFields({ doc, profile, t }: EntriesFieldsProps) {
  const styles = useStyles();
  // Everything typed here is kept above the tabs until it is inserted (see drafts.tsx).
  const [empfaenger, setEmpfaenger] = useDraft("entries.empfaenger", "");
  const [bitte, setBitte] = useDraft<Bitte>("entries.bitte", "kenntnisnahme");
  const [z, setZ] = useDraft("entries.zeichnung", () => NEW_Z(profile.ort));
  // Recipients sent under the Zeichnung about to be inserted (a forwarding office's own Verteiler), typed in its own box.
  const [under, setUnder] = useDraft<Under>("entries.under", []);
  const [underEmpfaenger, setUnderEmpfaenger] = useDraft("entries.underEmpfaenger", "");
  const [underBitte, setUnderBitte] = useDraft<Bitte>("entries.underBitte", "kenntnisnahme");
  const [b, setB] = useDraft("entries.bezug", NEW_B);
  // The entry of each list being corrected (its fields are in the group's inputs), if any.
  const [editing, setEditing] = useDraft<Partial<Record<EntryList, string>>>("entries.editing", {});
  const bezugDatum = useRef<HTMLInputElement>(null);
  const empfaengerBox = useRef<HTMLInputElement>(null);
  const zeichnungFirst = useRef<HTMLInputElement>(null);
  const underBox = useRef<HTMLInputElement>(null);
  const v = doc.vorlage;
  const zDateProblem = checkField("date", z.datum);
  const bDateProblem = checkField("date", b.datum);
  const bezug: Bezug = { id: editing.bezug ?? "", vermerk: b.vermerk.trim(), gremium: b.gremium, datum: readGermanDate(b.datum) ?? "", bp: b.bp.trim() };
  const bitteText = (x: Bitte | undefined) => (x === "veranlassung" ? t.insert.bitteVeranlassung : t.insert.bitteKenntnisnahme);
  const editable = doc.entriesEditable === true;
  const mainVerteiler = v?.verteiler.filter((e) => e.zeichnung === undefined) ?? [];

  /** The focus to the first field of the next entry of the same kind (the button just pressed is disabled now). */
  const focusSoon = (el: { readonly current: HTMLInputElement | null }) => el.current?.focus();
  const stopEditing = (list: EntryList) => setEditing((e) => ({ ...e, [list]: undefined }));

  const saveBezug = () => {
    if (!v) return;
    const id = editing.bezug;
    if (id) {
      void doc.writeEntry("bezug", { ...v, bezuege: v.bezuege.map((x) => (x.id === id ? { ...bezug, id } : x)) }, id).then((ok) => {
        if (!ok) return;
        stopEditing("bezug");
        setB(NEW_B);
        focusSoon(bezugDatum);
      });
      return;
    }
    const newId = randomIds();
    void doc.insertEntry("bezug", { ...v, bezuege: [...v.bezuege, { ...bezug, id: newId }] }, newId).then((ok) => {
      if (!ok) return;
      setB({ ...b, datum: "", bp: "" });
      focusSoon(bezugDatum);
    });
  };
  const saveVerteiler = () => {
    if (!v) return;
    const id = editing.verteiler;
    const next = id
      ? { ...v, verteiler: v.verteiler.map((e) => (e.id === id ? { ...e, empfaenger: empfaenger.trim(), bitte } : e)) }
      : undefined;
    const newId = randomIds();
    const done = next && id ? doc.writeEntry("verteiler", next, id) : doc.insertEntry("verteiler", { ...v, verteiler: [...v.verteiler, { id: newId, empfaenger: empfaenger.trim(), bitte }] }, newId);
    void done.then((ok) => {
      if (!ok) return;
      if (id) stopEditing("verteiler");
      setEmpfaenger("");
      focusSoon(empfaengerBox);
    });
  };
  const saveZeichnung = () => {
    if (!v) return;
    const editId = editing.zeichnung;
    const id = editId ?? randomIds();
    const datum = readGermanDate(z.datum) ?? "";
    // The internal number as its digits: „-16-“ typed as the paper shows it is „16“, printed in the house style's form.
    const nummer = z.absender.trim() === "" ? "" : (readAbsenderNummer(z.absenderNummer) ?? z.absenderNummer.trim());
    const zeichnung: Zeichnung = {
      id,
      ort: z.ort.trim(),
      datum,
      zusatz: z.zusatz.trim(),
      name: z.name.trim(),
      ...(z.absender.trim() !== "" ? { absender: z.absender.trim() } : {}),
      ...(nummer !== "" ? { absenderNummer: nummer } : {}),
    };
    // The Verteiler under it as the form holds it: the old entries under an edited Zeichnung give way to the form's.
    const verteiler = [...v.verteiler.filter((e) => e.zeichnung !== id), ...under.map((u) => ({ id: randomIds(), empfaenger: u.empfaenger, bitte: u.bitte, zeichnung: id }))];
    const zeichnungen = editId ? v.zeichnungen.map((x) => (x.id === id ? zeichnung : x)) : [...v.zeichnungen, zeichnung];
    const next: Vorlage = { ...v, verteiler, zeichnungen };
    void (editId ? doc.writeEntry("zeichnung", next, id) : doc.insertEntry("zeichnung", next, id)).then((ok) => {
      if (!ok) return;
      if (editId) stopEditing("zeichnung");
      setUnder([]);
      setZ(editId ? NEW_Z(profile.ort) : { ...z, name: "", absender: "", absenderNummer: "" });
      focusSoon(zeichnungFirst);
    });
  };
  const addUnder = () => {
    if (underEmpfaenger.trim() === "") return;
    setUnder([...under, { empfaenger: underEmpfaenger.trim(), bitte: underBitte }]);
    setUnderEmpfaenger("");
    // The next recipient under the Zeichnung is typed in the same box.
    underBox.current?.focus();
  };
  /** Removes an entry (undoable), and leaves the focus in its group's first field. */
  const remove = (list: EntryList, id: string, first: { readonly current: HTMLInputElement | null }) => {
    if (!v) return;
    const next: Vorlage =
      list === "bezug"
        ? { ...v, bezuege: v.bezuege.filter((x) => x.id !== id) }
        : list === "verteiler"
          ? { ...v, verteiler: v.verteiler.filter((x) => x.id !== id) }
          : { ...v, zeichnungen: v.zeichnungen.filter((x) => x.id !== id), verteiler: v.verteiler.filter((x) => x.zeichnung !== id) };
    void doc.writeEntry(list, next, id).then((ok) => {
      if (!ok) return;
      if (editing[list] === id) stopEditing(list);
      focusSoon(first);
    });
  };

  /** The entries of a list already in the document, each with „bearbeiten“ and „entfernen“. */
  const entries = (list: EntryList, items: readonly { readonly id: string; readonly label: string; readonly text: string }[], edit: (id: string) => void, first: { readonly current: HTMLInputElement | null }) =>
    editable && items.length > 0 ? (
      <ul className={styles.list} aria-label={t.insert.entryList[list]}>
        {items.map((item) => (
          <li key={item.id} className={styles.entry}>
            <Text className={styles.entryText}>{item.text}</Text>
            <Button
              size="small"
              disabled={doc.busy}
              aria-label={t.insert.editEntry(t.insert.entryKind[list], item.label)}
              onClick={() => {
                edit(item.id);
                setEditing((e) => ({ ...e, [list]: item.id }));
                first.current?.focus();
              }}
            >
              {t.insert.edit}
            </Button>
            <Button size="small" disabled={doc.busy} aria-label={t.insert.removeEntry(t.insert.entryKind[list], item.label)} onClick={() => remove(list, item.id, first)}>
              {t.insert.remove}
            </Button>
          </li>
        ))}
      </ul>
    ) : null;
  /** While an entry is corrected: which one, and a way back. */
  const editingNote = (list: EntryList, label: string | undefined, reset: () => void) =>
    editing[list] !== undefined ? (
      <div className={styles.row}>
        <Text role="status">{t.insert.editing(t.insert.entryKind[list], label ?? "")}</Text>
        <Button
          size="small"
          onClick={() => {
            stopEditing(list);
            reset();
          }}
        >
          {t.insert.cancelEdit}
        </Button>
      </div>
    ) : null;

  const editedBezug = v?.bezuege.find((x) => x.id === editing.bezug);
  const editedVerteiler = v?.verteiler.find((x) => x.id === editing.verteiler);
  const editedZeichnung = v?.zeichnungen.find((x) => x.id === editing.zeichnung);
  return (
    <>
      <fieldset className={styles.group}>
        <legend>{t.insert.bezug}</legend>
        {entries(
          "bezug",
          (v?.bezuege ?? []).map((x) => ({ id: x.id, label: bezugText(x, profile), text: bezugText(x, profile) })),
          (id) => {
            const x = v?.bezuege.find((e) => e.id === id);
            if (x) setB({ vermerk: x.vermerk, gremium: x.gremium, datum: germanDate(x.datum), bp: x.bp });
          },
          bezugDatum,
        )}
        {editingNote("bezug", editedBezug && bezugText(editedBezug, profile), () => setB(NEW_B))}
        <Field label={t.insert.vermerk}>
          <Input value={b.vermerk} onChange={(_, d) => setB({ ...b, vermerk: d.value })} />
        </Field>
        <Field label={t.insert.bezugGremium}>
          <Select value={b.gremium} onChange={(_, d) => setB({ ...b, gremium: d.value })}>
            <option value="">{t.fields.none}</option>
            {profile.gremien.map((g) => (
              <option key={g.id} value={g.name}>{g.name}</option>
            ))}
          </Select>
        </Field>
        <Field label={t.insert.bezugDatum} hint={t.fields.dateHint} {...(bDateProblem ? { validationState: "error" as const, validationMessage: t.fields.problems.date } : {})}>
          <Input ref={bezugDatum} value={b.datum} onChange={(_, d) => setB({ ...b, datum: d.value })} />
        </Field>
        <Field label={t.insert.bp}>
          <Input value={b.bp} onChange={(_, d) => setB({ ...b, bp: d.value })} />
        </Field>
        <Text>{t.insert.bezugPreview(bezugText(bezug, profile))}</Text>
        <Button disabled={doc.busy || !v || bDateProblem !== undefined || b.gremium === "" || b.datum.trim() === "" || b.bp.trim() === ""} onClick={saveBezug}>
          {editing.bezug ? t.insert.saveEntry.bezug : t.insert.addBezug}
        </Button>
      </fieldset>
      <fieldset className={styles.group}>
        <legend>{t.insert.verteiler}</legend>
        {entries(
          "verteiler",
          mainVerteiler.map((e) => ({ id: e.id, label: e.empfaenger, text: `${e.empfaenger} – ${bitteText(e.bitte)}` })),
          (id) => {
            const e = v?.verteiler.find((x) => x.id === id);
            if (!e) return;
            setEmpfaenger(e.empfaenger);
            setBitte(e.bitte ?? "kenntnisnahme");
          },
          empfaengerBox,
        )}
        {editingNote("verteiler", editedVerteiler?.empfaenger, () => setEmpfaenger(""))}
        <Field label={t.insert.empfaenger}>
          <Input ref={empfaengerBox} value={empfaenger} onChange={(_, d) => setEmpfaenger(d.value)} />
        </Field>
        <Field label={t.insert.bitte}>
          <Select value={bitte} onChange={(_, d) => setBitte(d.value as Bitte)}>
            <option value="kenntnisnahme">{t.insert.bitteKenntnisnahme}</option>
            <option value="veranlassung">{t.insert.bitteVeranlassung}</option>
          </Select>
        </Field>
        <Button disabled={doc.busy || !v || empfaenger.trim() === ""} onClick={saveVerteiler}>
          {editing.verteiler ? t.insert.saveEntry.verteiler : t.insert.addVerteiler}
        </Button>
      </fieldset>
      <fieldset className={styles.group}>
        <legend>{t.insert.zeichnung}</legend>
        {entries(
          "zeichnung",
          (v?.zeichnungen ?? []).map((x) => ({ id: x.id, label: zeichnungText(x, profile), text: zeichnungText(x, profile) })),
          (id) => {
            const x = v?.zeichnungen.find((e) => e.id === id);
            if (!x) return;
            setZ({ absender: x.absender ?? "", absenderNummer: x.absenderNummer ?? "", ort: x.ort, datum: germanDate(x.datum), zusatz: x.zusatz, name: x.name });
            setUnder((v?.verteiler ?? []).filter((e) => e.zeichnung === id).map((e) => ({ empfaenger: e.empfaenger, bitte: e.bitte ?? "kenntnisnahme" })));
          },
          zeichnungFirst,
        )}
        {editingNote("zeichnung", editedZeichnung && zeichnungText(editedZeichnung, profile), () => {
          setZ(NEW_Z(profile.ort));
          setUnder([]);
        })}
        <Field label={t.insert.absender}>
          <Input ref={zeichnungFirst} value={z.absender} onChange={(_, d) => setZ({ ...z, absender: d.value })} />
        </Field>
        <Field label={t.insert.absenderNummer} hint={t.insert.absenderNummerHint}>
          <Input value={z.absenderNummer} disabled={z.absender.trim() === ""} onChange={(_, d) => setZ({ ...z, absenderNummer: d.value })} />
        </Field>
        <Field label={t.insert.ort}>
          <Input value={z.ort} onChange={(_, d) => setZ({ ...z, ort: d.value })} />
        </Field>
        <Field label={t.insert.datum} hint={t.fields.dateHint} {...(zDateProblem ? { validationState: "error" as const, validationMessage: t.fields.problems.date } : {})}>
          <Input value={z.datum} onChange={(_, d) => setZ({ ...z, datum: d.value })} />
        </Field>
        <Field label={t.insert.zusatz}>
          <Input value={z.zusatz} onChange={(_, d) => setZ({ ...z, zusatz: d.value })} />
        </Field>
        <Field label={t.insert.name}>
          <Input value={z.name} onChange={(_, d) => setZ({ ...z, name: d.value })} />
        </Field>
        <Text weight="semibold">{t.insert.zeichnungVerteiler}</Text>
        {under.map((u, i) => (
          <div key={`${u.empfaenger}-${i}`} className={styles.entry}>
            <Text className={styles.entryText}>{`${u.empfaenger} – ${bitteText(u.bitte)}`}</Text>
            <Button size="small" appearance="subtle" onClick={() => setUnder(under.filter((_, j) => j !== i))}>
              {t.insert.removeZeichnungVerteiler(u.empfaenger)}
            </Button>
          </div>
        ))}
        <Field label={t.insert.zeichnungEmpfaenger}>
          <Input
            ref={underBox}
            value={underEmpfaenger}
            onChange={(_, d) => setUnderEmpfaenger(d.value)}
            onKeyDown={(e) => {
              if (e.key !== "Enter") return;
              e.preventDefault();
              addUnder();
            }}
          />
        </Field>
        <Field label={t.insert.zeichnungBitte}>
          <Select value={underBitte} onChange={(_, d) => setUnderBitte(d.value as Bitte)}>
            <option value="kenntnisnahme">{t.insert.bitteKenntnisnahme}</option>
            <option value="veranlassung">{t.insert.bitteVeranlassung}</option>
          </Select>
        </Field>
        <Button disabled={underEmpfaenger.trim() === ""} onClick={addUnder}>
          {t.insert.addZeichnungVerteiler}
        </Button>
        <Button disabled={doc.busy || !v || z.name.trim() === "" || zDateProblem !== undefined} onClick={saveZeichnung}>
          {editing.zeichnung ? t.insert.saveEntry.zeichnung : t.insert.addZeichnung}
        </Button>
      </fieldset>
    </>
  );
}
