import { Button, Checkbox, Field, Input, makeStyles, Select, Text, tokens } from "@fluentui/react-components";
import { useEffect, useRef, useState } from "react";
import { useDraft } from "./drafts";
import { rebaseDraft } from "./rebase-draft";
import { shareOfPercent } from "../../core/german/digits";
import { parseTypedAmount } from "../../core/german/typed-amount";
import { randomIds } from "../../core/model/ids";
import type { Finanzierung, Sitzungsart, Vorlage } from "../../core/model/vorlage";
import type { Profile } from "../../core/profile/profile";
import { deepEqual } from "../../core/model/deep-equal";
import type { Catalogue } from "../../i18n/catalogue";
import type { UiMessages } from "../../i18n/ui-messages";
import { layoutOf, parseTemplate } from "../../core/profile/layout";
import { showAmount, showDezernate, showSitzungsart, showSitzungsartKurz, showSitzungsdatum } from "../../document/field-values";
import type { DocumentActions, DocumentState } from "../use-document";
import { checkField, germanDate, readGermanDate, type FieldProblem } from "./field-checks";
import { fieldId, finanzierungProblems, FinanzierungFields, type FinanzierungForm } from "./FinanzierungFields";

const useStyles = makeStyles({
  root: { display: "flex", flexDirection: "column", gap: tokens.spacingVerticalM },
  // Side by side only where each field has room for its label's longest word („Tagesordnungspunkt“): stacked at 320 px.
  row: { display: "flex", gap: tokens.spacingHorizontalS, flexWrap: "wrap", "& > *": { flex: "1 1 150px", minWidth: 0 } },
  checks: { display: "flex", flexWrap: "wrap", columnGap: tokens.spacingHorizontalS, border: `1px solid ${tokens.colorNeutralStroke2}`, padding: tokens.spacingHorizontalS, borderRadius: tokens.borderRadiusMedium },
  group: { display: "flex", flexDirection: "column", gap: tokens.spacingVerticalS, border: `1px solid ${tokens.colorNeutralStroke2}`, padding: tokens.spacingHorizontalM, borderRadius: tokens.borderRadiusMedium },
});

export interface FieldsPanelProps {
  readonly doc: DocumentState & DocumentActions;
  readonly profile: Profile;
  readonly t: UiMessages;
  readonly catalogue: Catalogue;
  /** The id of a field to focus when the panel opens (a finding was clicked). */
  readonly focus?: string | undefined;
}

/** The header lines and the Zuständigkeit, as typed. */
const HEADER_KEYS = [
  "header.tagesordnung",
  "header.tagesordnungspunkt",
  "header.sitzungsart",
  "header.sitzungsdatum",
  "header.gremium",
  "header.vorlagenNr",
  "header.betreff",
  "header.beschlussNr",
  "header.vorlagenart",
  "zustaendigkeit.federfuehrend",
] as const;
type HeaderKey = (typeof HEADER_KEYS)[number];
type Header = Record<HeaderKey, string>;

interface Form {
  readonly header: Header;
  readonly beteiligt: readonly string[];
  readonly finanzierung: FinanzierungForm;
}

function formOf(v: Vorlage | undefined, profile: Profile): Form {
  const f = v?.finanzierung;
  const h = v?.header;
  return {
    header: {
      "header.tagesordnung": h?.tagesordnung ?? "",
      "header.tagesordnungspunkt": h?.tagesordnungspunkt ?? "",
      "header.sitzungsart": h?.sitzungsart ?? "",
      "header.sitzungsdatum": germanDate(h?.sitzungsdatum ?? ""),
      "header.gremium": h?.gremium ?? "",
      "header.vorlagenNr": h?.vorlagenNr ?? "",
      "header.betreff": h?.betreff ?? "",
      "header.beschlussNr": h?.beschlussNr ?? "",
      "header.vorlagenart": h?.vorlagenart ?? "",
      "zustaendigkeit.federfuehrend": v?.zustaendigkeit.federfuehrend ?? "",
    },
    beteiligt: v?.zustaendigkeit.beteiligt ?? [],
    finanzierung: {
      auswirkungen: f?.auswirkungen ?? false,
      betrag: f?.betragCent === undefined ? "" : showAmount(f.betragCent, profile).replace(/\u00a0/g, " "),
      turnus: f?.turnus ?? "",
      haushaltsjahr: f?.haushaltsjahr === undefined ? "" : String(f.haushaltsjahr),
      quellen: (f?.quellen ?? []).map((q) => ({
        id: q.id,
        dezernat: q.stelle.dezernat,
        prozent: q.anteil === undefined ? "" : String(Math.round(q.anteil * 1e10) / 1e8).replace(".", ","),
        produkt: q.stelle.produkt,
        kostenstelle: q.stelle.kostenstelle,
        sachkonto: q.stelle.sachkonto ?? "",
      })),
      bewirtschaftung: f?.bewirtschaftung ?? "",
    },
  };
}

/** The Finanzierung the form describes; only called when the form has no input problems. */
function finanzierungOf(form: FinanzierungForm): Finanzierung {
  const typed = parseTypedAmount(form.betrag);
  const cents = typed?.ok ? typed.cents : undefined;
  return {
    auswirkungen: form.auswirkungen,
    ...(cents !== undefined ? { betragCent: cents } : {}),
    ...(form.turnus !== "" ? { turnus: form.turnus } : {}),
    ...(form.haushaltsjahr.trim() !== "" ? { haushaltsjahr: Number(form.haushaltsjahr.trim()) } : {}),
    quellen: form.quellen.map((q) => ({
      id: q.id,
      stelle: { dezernat: q.dezernat, produkt: q.produkt.trim(), kostenstelle: q.kostenstelle.trim(), ...(q.sachkonto.trim() !== "" ? { sachkonto: q.sachkonto.trim() } : {}) },
      ...(q.prozent.trim() !== "" ? { anteil: shareOfPercent(q.prozent) } : {}),
    })),
    bewirtschaftung: form.bewirtschaftung.trim(),
  };
}

/** What the document shows for a header field, from what the form holds (dates as the profile writes them). */
function shown(key: HeaderKey, value: string, profile: Profile): string {
  // The Sitzungsdatum in the profile's house style for the header line („21. März 2024“ in Wiesbaden).
  if (key === "header.sitzungsdatum") return value.trim() === "" ? "" : showSitzungsdatum(readGermanDate(value) ?? "", profile);
  if (key === "header.sitzungsart") {
    const art = value === "" ? undefined : (value as Sitzungsart);
    // The form the profile's header line asks for: „Ö“/„N“ where it writes {header.sitzungsart:kurz} (Karlsruhe).
    const kurz = layoutOf(profile).kopf.some((l) => parseTemplate(l.text).some((p) => "field" in p && p.field === "header.sitzungsart" && p.variant === "kurz"));
    return kurz ? showSitzungsartKurz(art) : showSitzungsart(art);
  }
  return value.trim();
}

/** Angaben: every header line, Zuständigkeit and Finanzierung, checked at the field and written in one step. */
export function FieldsPanel({ doc, profile, t, catalogue, focus }: FieldsPanelProps) {
  const styles = useStyles();
  const v = doc.vorlage;
  // The form as typed, with the document's values it was typed over: kept above the tabs, so that a tab switch keeps it.
  const [draft, setDraft] = useDraft<{ readonly form: Form; readonly base: Form }>("fields", () => ({ form: formOf(v, profile), base: formOf(v, profile) }));
  const form = draft.form;
  const setForm = (next: (f: Form) => Form) => setDraft((d) => ({ ...d, form: next(d.form) }));
  const [tried, setTried] = useState(false);
  const root = useRef<HTMLFormElement>(null);
  // Whenever the document changes, the form shows what it now holds, except in fields the user has typed into
  // and the document has not changed since (see rebaseDraft).
  useEffect(
    () =>
      setDraft((d) => {
        const to = formOf(v, profile);
        if (deepEqual(d.base, to)) return d;
        return {
          base: to,
          form: { header: rebaseDraft(d.form.header, d.base.header, to.header), ...rebaseDraft({ beteiligt: d.form.beteiligt }, { beteiligt: d.base.beteiligt }, { beteiligt: to.beteiligt }), finanzierung: rebaseDraft(d.form.finanzierung, d.base.finanzierung, to.finanzierung) },
        };
      }),
    [v, profile, setDraft],
  );
  // A finding was clicked: open its field.
  useEffect(() => {
    if (!focus) return;
    const el = root.current?.querySelector<HTMLElement>(`#${CSS.escape(focus)}`);
    el?.scrollIntoView?.({ block: "center" });
    el?.focus();
  }, [focus]);
  const base = formOf(v, profile);
  const setHeader = (name: HeaderKey) => (value: string) => setForm((f) => ({ ...f, header: { ...f.header, [name]: value } }));

  const problems: Record<string, FieldProblem> = { ...finanzierungProblems(form.finanzierung) };
  const dateProblem = checkField("date", form.header["header.sitzungsdatum"]);
  if (dateProblem) problems[fieldId("header.sitzungsdatum")] = dateProblem;
  const punktProblem = checkField("punkt", form.header["header.tagesordnungspunkt"]);
  if (punktProblem) problems[fieldId("header.tagesordnungspunkt")] = punktProblem;
  const problem = (id: string) => {
    const p = problems[id];
    return p ? { validationState: "error" as const, validationMessage: t.fields.problems[p] } : {};
  };
  const blocked = Object.keys(problems).length > 0;

  const fields: Record<string, string> = Object.fromEntries(
    HEADER_KEYS.filter((k) => form.header[k] !== base.header[k]).map((k) => [k, shown(k, form.header[k], profile)]),
  );
  // As the document writes them („Dezernat II“, „Dez. 2 und Dez. 3“), not as bare ids.
  if (!deepEqual(form.beteiligt, base.beteiligt)) fields["zustaendigkeit.beteiligt"] = showDezernate(form.beteiligt, profile);
  const finanzierungChanged = !deepEqual(form.finanzierung, base.finanzierung);
  const next = (): Vorlage | undefined =>
    v && {
      ...v,
      header: {
        ...v.header,
        tagesordnung: form.header["header.tagesordnung"],
        tagesordnungspunkt: form.header["header.tagesordnungspunkt"].trim(),
        sitzungsart: form.header["header.sitzungsart"] === "" ? undefined : (form.header["header.sitzungsart"] as Sitzungsart),
        sitzungsdatum: readGermanDate(form.header["header.sitzungsdatum"]) ?? "",
        gremium: form.header["header.gremium"],
        vorlagenNr: form.header["header.vorlagenNr"].trim(),
        betreff: form.header["header.betreff"].trim(),
        beschlussNr: form.header["header.beschlussNr"].trim(),
        vorlagenart: form.header["header.vorlagenart"].trim(),
      },
      zustaendigkeit: { federfuehrend: form.header["zustaendigkeit.federfuehrend"], beteiligt: form.beteiligt },
      finanzierung: finanzierungChanged || v.finanzierung ? finanzierungOf(form.finanzierung) : undefined,
    };
  const input = (key: HeaderKey, extra: Record<string, unknown> = {}) => (
    <Field label={catalogue.fields[key]} {...problem(fieldId(key))} {...extra}>
      <Input id={fieldId(key)} value={form.header[key]} onChange={(_, d) => setHeader(key)(d.value)} />
    </Field>
  );
  return (
    <form
      ref={root}
      className={styles.root}
      noValidate
      onSubmit={(e) => {
        e.preventDefault();
        setTried(true);
        if (blocked) {
          // Nothing is written while an entry is wrong: the first wrong field gets the focus.
          root.current?.querySelector<HTMLElement>(`#${CSS.escape(Object.keys(problems)[0] as string)}`)?.focus();
          return;
        }
        const target = next();
        if (target) void doc.saveDetails(fields, target, finanzierungChanged);
      }}
    >
      <fieldset className={styles.group}>
        <legend>{t.fields.sitzung}</legend>
        <div className={styles.row}>
          <Field label={catalogue.fields["header.tagesordnung"]}>
            <Select id={fieldId("header.tagesordnung")} value={form.header["header.tagesordnung"]} onChange={(_, d) => setHeader("header.tagesordnung")(d.value)}>
              <option value="">{t.fields.none}</option>
              <option value="I">I</option>
              <option value="II">II</option>
            </Select>
          </Field>
          {input("header.tagesordnungspunkt")}
        </div>
        <Field label={catalogue.fields["header.sitzungsart"]}>
          <Select id={fieldId("header.sitzungsart")} value={form.header["header.sitzungsart"]} onChange={(_, d) => setHeader("header.sitzungsart")(d.value)}>
            <option value="">{t.fields.none}</option>
            <option value="oeffentlich">{t.fields.oeffentlich}</option>
            <option value="nichtoeffentlich">{t.fields.nichtoeffentlich}</option>
          </Select>
        </Field>
        {input("header.sitzungsdatum", { hint: t.fields.dateHint })}
        <Field label={catalogue.fields["header.gremium"]}>
          <Select id={fieldId("header.gremium")} value={form.header["header.gremium"]} onChange={(_, d) => setHeader("header.gremium")(d.value)}>
            <option value="">{t.fields.none}</option>
            {profile.gremien.map((g) => (
              <option key={g.id} value={g.name}>{g.name}</option>
            ))}
          </Select>
        </Field>
      </fieldset>
      {input("header.vorlagenNr", { hint: profile.vorlagenNr.example })}
      {input("header.betreff")}
      {input("header.beschlussNr")}
      {input("header.vorlagenart", { hint: profile.oparl.paperType })}
      <Field label={catalogue.fields["zustaendigkeit.federfuehrend"]}>
        <Select id={fieldId("zustaendigkeit.federfuehrend")} value={form.header["zustaendigkeit.federfuehrend"]} onChange={(_, d) => setHeader("zustaendigkeit.federfuehrend")(d.value)}>
          <option value="">{t.fields.none}</option>
          {profile.dezernate.list.map((d) => (
            <option key={d.id} value={d.id}>{`${profile.dezernate.prefix} ${d.id}`}</option>
          ))}
        </Select>
      </Field>
      <fieldset className={styles.checks} id={fieldId("zustaendigkeit.beteiligt")} tabIndex={-1}>
        <legend>{t.fields.beteiligt}</legend>
        {profile.dezernate.list.map((d) => (
          <Checkbox
            key={d.id}
            label={`${profile.dezernate.prefix} ${d.id}`}
            checked={form.beteiligt.includes(d.id)}
            onChange={(_, c) =>
              setForm((f) => ({ ...f, beteiligt: c.checked === true ? [...f.beteiligt, d.id] : f.beteiligt.filter((x) => x !== d.id) }))
            }
          />
        ))}
      </fieldset>
      <FinanzierungFields value={form.finanzierung} onChange={(fin) => setForm((f) => ({ ...f, finanzierung: fin }))} profile={profile} t={t} newId={randomIds} />
      {tried && blocked ? <Text role="alert">{t.fields.fixFirst}</Text> : null}
      <Button type="submit" appearance="primary" disabled={doc.busy || (Object.keys(fields).length === 0 && !finanzierungChanged)}>
        {t.fields.apply}
      </Button>
    </form>
  );
}
