import { Button, Field, Input, makeStyles, Select, tokens } from "@fluentui/react-components";
import { useEffect, useState } from "react";
import type { Profile } from "../../core/profile/profile";
import type { Catalogue } from "../../i18n/catalogue";
import type { UiMessages } from "../../i18n/ui-messages";
import { showDate } from "../../document/field-values";
import type { DocumentActions, DocumentState } from "../use-document";

const useStyles = makeStyles({ root: { display: "flex", flexDirection: "column", gap: tokens.spacingVerticalM } });

export interface FieldsPanelProps {
  readonly doc: DocumentState & DocumentActions;
  readonly profile: Profile;
  readonly t: UiMessages;
  readonly catalogue: Catalogue;
}

type Form = Record<"header.vorlagenNr" | "header.betreff" | "header.gremium" | "header.sitzungsdatum" | "zustaendigkeit.federfuehrend", string>;

/** Angaben: the header fields, written into the document's field controls in one step. */
export function FieldsPanel({ doc, profile, t, catalogue }: FieldsPanelProps) {
  const styles = useStyles();
  const v = doc.vorlage;
  const fromDocument = (): Form => ({
    "header.vorlagenNr": v?.header.vorlagenNr ?? "",
    "header.betreff": v?.header.betreff ?? "",
    "header.gremium": v?.header.gremium ?? "",
    "header.sitzungsdatum": v?.header.sitzungsdatum ?? "",
    "zustaendigkeit.federfuehrend": v?.zustaendigkeit.federfuehrend ?? "",
  });
  const [form, setForm] = useState<Form>(fromDocument);
  // Whenever the document changes, the form shows what it now holds.
  useEffect(() => setForm(fromDocument()), [v]);
  const set = (name: keyof Form) => (value: string) => setForm((f) => ({ ...f, [name]: value }));
  const changed = Object.fromEntries(
    (Object.keys(form) as (keyof Form)[])
      .filter((k) => form[k] !== fromDocument()[k])
      .map((k) => [k, k === "header.sitzungsdatum" ? showDate(form[k], profile) : form[k]]),
  );
  return (
    <form
      className={styles.root}
      onSubmit={(e) => {
        e.preventDefault();
        void doc.setFields(changed);
      }}
    >
      <Field label={catalogue.fields["header.vorlagenNr"]} hint={profile.vorlagenNr.example}>
        <Input value={form["header.vorlagenNr"]} onChange={(_, d) => set("header.vorlagenNr")(d.value)} />
      </Field>
      <Field label={catalogue.fields["header.betreff"]}>
        <Input value={form["header.betreff"]} onChange={(_, d) => set("header.betreff")(d.value)} />
      </Field>
      <Field label={catalogue.fields["header.gremium"]}>
        <Select value={form["header.gremium"]} onChange={(_, d) => set("header.gremium")(d.value)}>
          <option value="">{t.fields.none}</option>
          {profile.gremien.map((g) => (
            <option key={g.id} value={g.name}>{g.name}</option>
          ))}
        </Select>
      </Field>
      <Field label={catalogue.fields["header.sitzungsdatum"]}>
        <Input type="date" value={form["header.sitzungsdatum"]} onChange={(_, d) => set("header.sitzungsdatum")(d.value)} />
      </Field>
      <Field label={catalogue.fields["zustaendigkeit.federfuehrend"]}>
        <Select value={form["zustaendigkeit.federfuehrend"]} onChange={(_, d) => set("zustaendigkeit.federfuehrend")(d.value)}>
          <option value="">{t.fields.none}</option>
          {profile.dezernate.list.map((d) => (
            <option key={d.id} value={d.id}>{`${profile.dezernate.prefix} ${d.id}`}</option>
          ))}
        </Select>
      </Field>
      <Button type="submit" appearance="primary" disabled={doc.busy || Object.keys(changed).length === 0}>
        {t.fields.apply}
      </Button>
    </form>
  );
}
