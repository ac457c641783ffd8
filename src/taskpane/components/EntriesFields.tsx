import { Button, Field, Input, makeStyles, Select, tokens } from "@fluentui/react-components";
import { useState } from "react";
import { randomIds } from "../../core/model/ids";
import type { Bitte } from "../../core/model/vorlage";
import type { Profile } from "../../core/profile/profile";
import type { UiMessages } from "../../i18n/ui-messages";
import type { DocumentActions, DocumentState } from "../use-document";

const useStyles = makeStyles({ group: { display: "flex", flexDirection: "column", gap: tokens.spacingVerticalS, border: `1px solid ${tokens.colorNeutralStroke2}`, padding: tokens.spacingHorizontalM, borderRadius: tokens.borderRadiusMedium } });

export interface EntriesFieldsProps {
  readonly doc: DocumentState & DocumentActions;
  readonly profile: Profile;
  readonly t: UiMessages;
}

/** Verteiler recipients and Zeichnungen, appended after the last of their kind. */
export function EntriesFields({ doc, profile, t }: EntriesFieldsProps) {
  const styles = useStyles();
  const [empfaenger, setEmpfaenger] = useState("");
  const [bitte, setBitte] = useState<Bitte>("kenntnisnahme");
  const [z, setZ] = useState({ ort: profile.ort, datum: "", zusatz: "im Auftrag", name: "" });
  const v = doc.vorlage;
  return (
    <>
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
        <Field label={t.insert.ort}>
          <Input value={z.ort} onChange={(_, d) => setZ({ ...z, ort: d.value })} />
        </Field>
        <Field label={t.insert.datum}>
          <Input type="date" value={z.datum} onChange={(_, d) => setZ({ ...z, datum: d.value })} />
        </Field>
        <Field label={t.insert.zusatz}>
          <Input value={z.zusatz} onChange={(_, d) => setZ({ ...z, zusatz: d.value })} />
        </Field>
        <Field label={t.insert.name}>
          <Input value={z.name} onChange={(_, d) => setZ({ ...z, name: d.value })} />
        </Field>
        <Button
          disabled={doc.busy || !v || z.name.trim() === ""}
          onClick={() => {
            if (!v) return;
            const id = randomIds();
            void doc.insertEntry("zeichnung", { ...v, zeichnungen: [...v.zeichnungen, { id, ort: z.ort.trim(), datum: z.datum, zusatz: z.zusatz.trim(), name: z.name.trim() }] }, id);
          }}
        >
          {t.insert.addZeichnung}
        </Button>
      </fieldset>
    </>
  );
}
