import { Button, Field, Input, makeStyles, Select, Text, tokens } from "@fluentui/react-components";
import { useDraft } from "./drafts";
import { randomIds } from "../../core/model/ids";
import type { Bezug, Bitte } from "../../core/model/vorlage";
import { BLANK } from "../../core/phrases/fill-phrase";
import { showDate } from "../../document/field-values";
import type { Profile } from "../../core/profile/profile";
import type { UiMessages } from "../../i18n/ui-messages";
import type { DocumentActions, DocumentState } from "../use-document";
import { checkField, readGermanDate } from "./field-checks";

const useStyles = makeStyles({ group: { display: "flex", flexDirection: "column", gap: tokens.spacingVerticalS, border: `1px solid ${tokens.colorNeutralStroke2}`, padding: tokens.spacingHorizontalM, borderRadius: tokens.borderRadiusMedium } });

export interface EntriesFieldsProps {
  readonly doc: DocumentState & DocumentActions;
  readonly profile: Profile;
  readonly t: UiMessages;
}

/** The Bezug note (the earlier decision), Verteiler recipients and Zeichnungen, appended after the last of their kind. */
export function EntriesFields({ doc, profile, t }: EntriesFieldsProps) {
  const styles = useStyles();
  // Everything typed here is kept above the tabs until it is inserted (see drafts.tsx).
  const [empfaenger, setEmpfaenger] = useDraft("entries.empfaenger", "");
  const [bitte, setBitte] = useDraft<Bitte>("entries.bitte", "kenntnisnahme");
  const [z, setZ] = useDraft("entries.zeichnung", () => ({ absender: "", ort: profile.ort, datum: "", zusatz: "im Auftrag", name: "" }));
  // Recipients sent under the Zeichnung about to be inserted (a forwarding office's own Verteiler).
  const [under, setUnder] = useDraft<readonly { readonly empfaenger: string; readonly bitte: Bitte }[]>("entries.under", []);
  const [b, setB] = useDraft("entries.bezug", { vermerk: "antragsgemäß", gremium: "", datum: "", bp: "" });
  const v = doc.vorlage;
  const zDateProblem = checkField("date", z.datum);
  const bDateProblem = checkField("date", b.datum);
  const bezug: Bezug = { id: "", vermerk: b.vermerk.trim(), gremium: b.gremium, datum: readGermanDate(b.datum) ?? "", bp: b.bp.trim() };
  // The note as the document will show it: „(antragsgemäß Magistrat 27.02.2024 BP 0106)“, blanks as „…“.
  const bezugText = `(${[bezug.vermerk, bezug.gremium || BLANK, bezug.datum ? showDate(bezug.datum, profile) : BLANK, `BP ${bezug.bp || BLANK}`].filter((x) => x !== "").join(" ")})`;
  return (
    <>
      <fieldset className={styles.group}>
        <legend>{t.insert.bezug}</legend>
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
          <Input value={b.datum} onChange={(_, d) => setB({ ...b, datum: d.value })} />
        </Field>
        <Field label={t.insert.bp}>
          <Input value={b.bp} onChange={(_, d) => setB({ ...b, bp: d.value })} />
        </Field>
        <Text>{t.insert.bezugPreview(bezugText)}</Text>
        <Button
          disabled={doc.busy || !v || bDateProblem !== undefined || b.gremium === "" || b.datum.trim() === "" || b.bp.trim() === ""}
          onClick={() => {
            if (!v) return;
            const id = randomIds();
            void doc.insertEntry("bezug", { ...v, bezuege: [...v.bezuege, { ...bezug, id }] }, id).then(() => setB({ ...b, datum: "", bp: "" }));
          }}
        >
          {t.insert.addBezug}
        </Button>
      </fieldset>
      <fieldset className={styles.group}>
        <legend>{t.insert.verteiler}</legend>
        <Field label={t.insert.empfaenger}>
          <Input value={empfaenger} onChange={(_, d) => setEmpfaenger(d.value)} />
        </Field>
        <Field label={t.insert.bitte}>
          <Select value={bitte} onChange={(_, d) => setBitte(d.value as Bitte)}>
            <option value="kenntnisnahme">{t.insert.bitteKenntnisnahme}</option>
            <option value="veranlassung">{t.insert.bitteVeranlassung}</option>
          </Select>
        </Field>
        <Button
          disabled={doc.busy || !v || empfaenger.trim() === ""}
          onClick={() => {
            if (!v) return;
            const id = randomIds();
            void doc.insertEntry("verteiler", { ...v, verteiler: [...v.verteiler, { id, empfaenger: empfaenger.trim(), bitte }] }, id).then(() => setEmpfaenger(""));
          }}
        >
          {t.insert.addVerteiler}
        </Button>
      </fieldset>
      <fieldset className={styles.group}>
        <legend>{t.insert.zeichnung}</legend>
        <Field label={t.insert.absender}>
          <Input value={z.absender} onChange={(_, d) => setZ({ ...z, absender: d.value })} />
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
          <div key={`${u.empfaenger}-${i}`}>
            <Text>{`${u.empfaenger} – ${u.bitte === "kenntnisnahme" ? t.insert.bitteKenntnisnahme : t.insert.bitteVeranlassung}`}</Text>
            <Button size="small" appearance="subtle" onClick={() => setUnder(under.filter((_, j) => j !== i))}>
              {t.insert.removeZeichnungVerteiler(u.empfaenger)}
            </Button>
          </div>
        ))}
        <Button disabled={empfaenger.trim() === ""} onClick={() => {
          setUnder([...under, { empfaenger: empfaenger.trim(), bitte }]);
          setEmpfaenger("");
        }}>
          {t.insert.addZeichnungVerteiler}
        </Button>
        <Button
          disabled={doc.busy || !v || z.name.trim() === "" || zDateProblem !== undefined}
          onClick={() => {
            if (!v) return;
            const id = randomIds();
            const datum = readGermanDate(z.datum) ?? "";
            const verteiler = [...v.verteiler, ...under.map((u) => ({ id: randomIds(), empfaenger: u.empfaenger, bitte: u.bitte, zeichnung: id }))];
            const zeichnung = { id, ort: z.ort.trim(), datum, zusatz: z.zusatz.trim(), name: z.name.trim(), ...(z.absender.trim() !== "" ? { absender: z.absender.trim() } : {}) };
            void doc.insertEntry("zeichnung", { ...v, verteiler, zeichnungen: [...v.zeichnungen, zeichnung] }, id).then(() => {
              setUnder([]);
              setZ({ ...z, name: "", absender: "" });
            });
          }}
        >
          {t.insert.addZeichnung}
        </Button>
      </fieldset>
    </>
  );
}
