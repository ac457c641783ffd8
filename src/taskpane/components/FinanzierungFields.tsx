import { Button, Checkbox, Field, Input, makeStyles, Select, Text, tokens } from "@fluentui/react-components";
import type { Profile } from "../../core/profile/profile";
import type { UiMessages } from "../../i18n/ui-messages";

/** The Finanzierung as the form edits it: text as typed, parsed when written. */
export interface FinanzierungForm {
  readonly auswirkungen: boolean;
  readonly betrag: string;
  readonly turnus: "" | "einmalig" | "jaehrlich";
  readonly haushaltsjahr: string;
  readonly quellen: readonly { readonly id: string; readonly dezernat: string; readonly prozent: string }[];
  readonly bewirtschaftung: string;
}

const useStyles = makeStyles({
  root: { display: "flex", flexDirection: "column", gap: tokens.spacingVerticalS, border: `1px solid ${tokens.colorNeutralStroke2}`, padding: tokens.spacingHorizontalM, borderRadius: tokens.borderRadiusMedium },
  row: { display: "flex", gap: tokens.spacingHorizontalS, alignItems: "flex-end" },
});

/** Sum of the shares as typed, in per cent (German decimal comma accepted). */
export function shareSum(form: FinanzierungForm): number {
  return form.quellen.reduce((sum, q) => sum + (Number(q.prozent.replace(",", ".")) || 0), 0);
}

export interface FinanzierungFieldsProps {
  readonly value: FinanzierungForm;
  readonly onChange: (next: FinanzierungForm) => void;
  readonly profile: Profile;
  readonly t: UiMessages;
  readonly newId: () => string;
}

/** Betrag, Turnus, Haushaltsjahr, Deckungsquellen with shares that must add up to 100 %, and who books it. */
export function FinanzierungFields({ value, onChange, profile, t, newId }: FinanzierungFieldsProps) {
  const styles = useStyles();
  const set = (patch: Partial<FinanzierungForm>) => onChange({ ...value, ...patch });
  const setQuelle = (i: number, patch: Partial<FinanzierungForm["quellen"][number]>) =>
    set({ quellen: value.quellen.map((q, j) => (i === j ? { ...q, ...patch } : q)) });
  const sum = shareSum(value);
  const sumOk = value.quellen.length === 0 || Math.abs(sum - 100) < 1e-9;
  return (
    <fieldset className={styles.root}>
      <legend>{t.fields.finanzierung}</legend>
      <Checkbox label={t.fields.auswirkungen} checked={value.auswirkungen} onChange={(_, d) => set({ auswirkungen: d.checked === true })} />
      {value.auswirkungen ? (
        <>
          <Field label={t.fields.betrag} hint={t.fields.betragHint}>
            <Input value={value.betrag} onChange={(_, d) => set({ betrag: d.value })} />
          </Field>
          <Field label={t.fields.turnus}>
            <Select value={value.turnus} onChange={(_, d) => set({ turnus: d.value as FinanzierungForm["turnus"] })}>
              <option value="">{t.fields.none}</option>
              <option value="einmalig">{t.fields.einmalig}</option>
              <option value="jaehrlich">{t.fields.jaehrlich}</option>
            </Select>
          </Field>
          <Field label={t.fields.haushaltsjahr}>
            <Input inputMode="numeric" value={value.haushaltsjahr} onChange={(_, d) => set({ haushaltsjahr: d.value })} />
          </Field>
          <Text weight="semibold">{t.fields.quellen}</Text>
          {value.quellen.map((q, i) => (
            <div key={q.id} className={styles.row}>
              <Field label={t.fields.quelleDezernat(i + 1)}>
                <Select value={q.dezernat} onChange={(_, d) => setQuelle(i, { dezernat: d.value })}>
                  <option value="">{t.fields.none}</option>
                  {profile.dezernate.list.map((d) => (
                    <option key={d.id} value={d.id}>{`${profile.dezernate.prefix} ${d.id}`}</option>
                  ))}
                </Select>
              </Field>
              <Field label={t.fields.quelleAnteil(i + 1)}>
                <Input inputMode="decimal" value={q.prozent} onChange={(_, d) => setQuelle(i, { prozent: d.value })} />
              </Field>
              <Button aria-label={t.fields.removeQuelle(i + 1)} onClick={() => set({ quellen: value.quellen.filter((_, j) => j !== i) })}>
                −
              </Button>
            </div>
          ))}
          <Button onClick={() => set({ quellen: [...value.quellen, { id: newId(), dezernat: "", prozent: "" }] })}>{t.fields.addQuelle}</Button>
          <Text role="status">{sumOk ? t.fields.summe(String(sum).replace(".", ",")) : `${t.fields.summe(String(sum).replace(".", ","))} – ${t.fields.summeFalsch}`}</Text>
          <Field label={t.fields.bewirtschaftung}>
            <Input value={value.bewirtschaftung} onChange={(_, d) => set({ bewirtschaftung: d.value })} />
          </Field>
        </>
      ) : null}
    </fieldset>
  );
}
