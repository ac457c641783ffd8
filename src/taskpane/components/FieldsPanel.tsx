import { Button, Checkbox, Field, Input, makeStyles, Select, tokens } from "@fluentui/react-components";
import { useEffect, useState } from "react";
import { parseAmount } from "../../core/german/money";
import { randomIds } from "../../core/model/ids";
import type { Finanzierung, Vorlage } from "../../core/model/vorlage";
import type { Profile } from "../../core/profile/profile";
import { deepEqual } from "../../core/model/deep-equal";
import type { Catalogue } from "../../i18n/catalogue";
import type { UiMessages } from "../../i18n/ui-messages";
import { showAmount, showDate, showList } from "../../document/field-values";
import type { DocumentActions, DocumentState } from "../use-document";
import { FinanzierungFields, type FinanzierungForm } from "./FinanzierungFields";

const useStyles = makeStyles({ root: { display: "flex", flexDirection: "column", gap: tokens.spacingVerticalM } });

export interface FieldsPanelProps {
  readonly doc: DocumentState & DocumentActions;
  readonly profile: Profile;
  readonly t: UiMessages;
  readonly catalogue: Catalogue;
}

type Header = Record<"header.vorlagenNr" | "header.betreff" | "header.gremium" | "header.sitzungsdatum" | "zustaendigkeit.federfuehrend", string>;

interface Form {
  readonly header: Header;
  readonly beteiligt: readonly string[];
  readonly finanzierung: FinanzierungForm;
}

function formOf(v: Vorlage | undefined, profile: Profile): Form {
  const f = v?.finanzierung;
  return {
    header: {
      "header.vorlagenNr": v?.header.vorlagenNr ?? "",
      "header.betreff": v?.header.betreff ?? "",
      "header.gremium": v?.header.gremium ?? "",
      "header.sitzungsdatum": v?.header.sitzungsdatum ?? "",
      "zustaendigkeit.federfuehrend": v?.zustaendigkeit.federfuehrend ?? "",
    },
    beteiligt: v?.zustaendigkeit.beteiligt ?? [],
    finanzierung: {
      auswirkungen: f?.auswirkungen ?? false,
      betrag: f?.betragCent === undefined ? "" : showAmount(f.betragCent, profile).replace(/\u00a0/g, " "),
      turnus: f?.turnus ?? "",
      haushaltsjahr: f?.haushaltsjahr === undefined ? "" : String(f.haushaltsjahr),
      quellen: (f?.quellen ?? []).map((q) => ({ id: q.id, dezernat: q.stelle.dezernat, prozent: q.anteil === undefined ? "" : String(Math.round(q.anteil * 1e10) / 1e8).replace(".", ",") })),
      bewirtschaftung: f?.bewirtschaftung ?? "",
    },
  };
}

/** The Finanzierung the form describes; Produkt and Kostenstelle of existing sources are kept. */
function finanzierungOf(form: FinanzierungForm, before: Finanzierung | undefined): Finanzierung {
  const cents = parseAmount(form.betrag)?.cents;
  const jahr = Number(form.haushaltsjahr);
  return {
    auswirkungen: form.auswirkungen,
    ...(cents !== undefined ? { betragCent: cents } : {}),
    ...(form.turnus !== "" ? { turnus: form.turnus } : {}),
    ...(Number.isInteger(jahr) && form.haushaltsjahr !== "" ? { haushaltsjahr: jahr } : {}),
    quellen: form.quellen.map((q) => {
      const old = before?.quellen.find((x) => x.id === q.id);
      const share = Number(q.prozent.replace(",", "."));
      return {
        id: q.id,
        stelle: { dezernat: q.dezernat, produkt: old?.stelle.produkt ?? "", kostenstelle: old?.stelle.kostenstelle ?? "" },
        ...(q.prozent.trim() !== "" && Number.isFinite(share) ? { anteil: share / 100 } : {}),
      };
    }),
    bewirtschaftung: form.bewirtschaftung.trim(),
  };
}

/** Angaben: header, Zuständigkeit and Finanzierung, written into the document's blocks in one step. */
export function FieldsPanel({ doc, profile, t, catalogue }: FieldsPanelProps) {
  const styles = useStyles();
  const v = doc.vorlage;
  const [form, setForm] = useState<Form>(() => formOf(v, profile));
  // Whenever the document changes, the form shows what it now holds.
  useEffect(() => setForm(formOf(v, profile)), [v, profile]);
  const base = formOf(v, profile);
  const setHeader = (name: keyof Header) => (value: string) => setForm((f) => ({ ...f, header: { ...f.header, [name]: value } }));
  const fields: Record<string, string> = Object.fromEntries(
    (Object.keys(form.header) as (keyof Header)[])
      .filter((k) => form.header[k] !== base.header[k])
      .map((k) => [k, k === "header.sitzungsdatum" ? showDate(form.header[k], profile) : form.header[k]]),
  );
  if (!deepEqual(form.beteiligt, base.beteiligt)) fields["zustaendigkeit.beteiligt"] = showList(form.beteiligt);
  const finanzierungChanged = !deepEqual(form.finanzierung, base.finanzierung);
  const next = (): Vorlage | undefined =>
    v && {
      ...v,
      header: {
        ...v.header,
        vorlagenNr: form.header["header.vorlagenNr"],
        betreff: form.header["header.betreff"],
        gremium: form.header["header.gremium"],
        sitzungsdatum: form.header["header.sitzungsdatum"],
      },
      zustaendigkeit: { federfuehrend: form.header["zustaendigkeit.federfuehrend"], beteiligt: form.beteiligt },
      finanzierung: finanzierungChanged || v.finanzierung ? finanzierungOf(form.finanzierung, v.finanzierung) : undefined,
    };
  return (
    <form
      className={styles.root}
      onSubmit={(e) => {
        e.preventDefault();
        const target = next();
        if (target) void doc.saveDetails(fields, target, finanzierungChanged);
      }}
    >
      <Field label={catalogue.fields["header.vorlagenNr"]} hint={profile.vorlagenNr.example}>
        <Input value={form.header["header.vorlagenNr"]} onChange={(_, d) => setHeader("header.vorlagenNr")(d.value)} />
      </Field>
      <Field label={catalogue.fields["header.betreff"]}>
        <Input value={form.header["header.betreff"]} onChange={(_, d) => setHeader("header.betreff")(d.value)} />
      </Field>
      <Field label={catalogue.fields["header.gremium"]}>
        <Select value={form.header["header.gremium"]} onChange={(_, d) => setHeader("header.gremium")(d.value)}>
          <option value="">{t.fields.none}</option>
          {profile.gremien.map((g) => (
            <option key={g.id} value={g.name}>{g.name}</option>
          ))}
        </Select>
      </Field>
      <Field label={catalogue.fields["header.sitzungsdatum"]}>
        <Input type="date" value={form.header["header.sitzungsdatum"]} onChange={(_, d) => setHeader("header.sitzungsdatum")(d.value)} />
      </Field>
      <Field label={catalogue.fields["zustaendigkeit.federfuehrend"]}>
        <Select value={form.header["zustaendigkeit.federfuehrend"]} onChange={(_, d) => setHeader("zustaendigkeit.federfuehrend")(d.value)}>
          <option value="">{t.fields.none}</option>
          {profile.dezernate.list.map((d) => (
            <option key={d.id} value={d.id}>{`${profile.dezernate.prefix} ${d.id}`}</option>
          ))}
        </Select>
      </Field>
      <fieldset>
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
      <Button type="submit" appearance="primary" disabled={doc.busy || (Object.keys(fields).length === 0 && !finanzierungChanged)}>
        {t.fields.apply}
      </Button>
    </form>
  );
}
