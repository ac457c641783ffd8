import { Button, Checkbox, Field, Input, makeStyles, Select, Text, tokens } from "@fluentui/react-components";
import { useEffect, useRef } from "react";
import { parseTypedAmount } from "../../core/german/typed-amount";
import type { Profile } from "../../core/profile/profile";
import { showAmount } from "../../document/field-values";
import type { UiMessages } from "../../i18n/ui-messages";
import { checkField, type FieldProblem } from "./field-checks";

/** A Deckungsquelle as the form edits it. */
export interface QuelleForm {
  readonly id: string;
  readonly dezernat: string;
  readonly prozent: string;
  readonly produkt: string;
  readonly kostenstelle: string;
  readonly sachkonto: string;
}

/** The Finanzierung as the form edits it: text as typed, parsed when written. */
export interface FinanzierungForm {
  readonly auswirkungen: boolean;
  readonly betrag: string;
  readonly turnus: "" | "einmalig" | "jaehrlich";
  readonly haushaltsjahr: string;
  readonly quellen: readonly QuelleForm[];
  readonly bewirtschaftung: string;
}

/** The DOM id of a form field, so that a finding can open it (`quelle:<id>:produkt` for a source's field). */
export const fieldId = (name: string): string => `bv-field-${name.replace(/[^A-Za-z0-9_-]/g, "-")}`;

const useStyles = makeStyles({
  root: { display: "flex", flexDirection: "column", gap: tokens.spacingVerticalS, border: `1px solid ${tokens.colorNeutralStroke2}`, padding: tokens.spacingHorizontalM, borderRadius: tokens.borderRadiusMedium },
  quelle: { display: "flex", flexDirection: "column", gap: tokens.spacingVerticalS, border: `1px solid ${tokens.colorNeutralStroke2}`, padding: tokens.spacingHorizontalS, borderRadius: tokens.borderRadiusMedium },
  row: { display: "flex", gap: tokens.spacingHorizontalS, flexWrap: "wrap", "& > *": { flex: "1 1 120px", minWidth: 0 } },
});

/** Sum of the shares as typed, in per cent (German decimal comma accepted). */
export function shareSum(form: FinanzierungForm): number {
  return form.quellen.reduce((sum, q) => sum + (Number(q.prozent.replace(",", ".")) || 0), 0);
}

/** The input problems of the Finanzierung, keyed by field id; only while it has financial effects. */
export function finanzierungProblems(form: FinanzierungForm): Readonly<Record<string, FieldProblem>> {
  if (!form.auswirkungen) return {};
  const out: Record<string, FieldProblem> = {};
  const put = (id: string, p: FieldProblem | undefined) => {
    if (p) out[id] = p;
  };
  put(fieldId("finanzierung.betrag"), checkField("amount", form.betrag));
  put(fieldId("finanzierung.haushaltsjahr"), checkField("year", form.haushaltsjahr));
  for (const q of form.quellen) put(fieldId(`quelle:${q.id}:anteil`), checkField("share", q.prozent));
  return out;
}

export interface FinanzierungFieldsProps {
  readonly value: FinanzierungForm;
  readonly onChange: (next: FinanzierungForm) => void;
  readonly profile: Profile;
  readonly t: UiMessages;
  readonly newId: () => string;
}

/** Betrag, Turnus, Haushaltsjahr, Deckungsquellen (Dezernat, share, Produkt, Kostenstelle, Sachkonto) and who books it. */
export function FinanzierungFields({ value, onChange, profile, t, newId }: FinanzierungFieldsProps) {
  const styles = useStyles();
  // A Deckungsquelle just added is where the next keystroke belongs: the focus goes to its first field once it is drawn.
  const added = useRef<string | undefined>(undefined);
  const addButton = useRef<HTMLButtonElement>(null);
  useEffect(() => {
    const id = added.current;
    if (id === undefined || !value.quellen.some((q) => q.id === id)) return;
    added.current = undefined;
    document.getElementById(fieldId(`quelle:${id}:dezernat`))?.focus();
  }, [value.quellen]);
  const set = (patch: Partial<FinanzierungForm>) => onChange({ ...value, ...patch });
  const setQuelle = (i: number, patch: Partial<QuelleForm>) => set({ quellen: value.quellen.map((q, j) => (i === j ? { ...q, ...patch } : q)) });
  const problems = finanzierungProblems(value);
  const problem = (id: string) => {
    const p = problems[id];
    return p ? { validationState: "error" as const, validationMessage: t.fields.problems[p] } : {};
  };
  const sum = shareSum(value);
  // What the Betrag field understood, as the document will write it, so that „1.00“ or „1000“ is never a surprise.
  const typed = parseTypedAmount(value.betrag);
  const understood = typed?.ok ? showAmount(typed.cents, profile) : undefined;
  const sumOk = value.quellen.length === 0 || Math.abs(sum - 100) < 1e-9;
  return (
    <fieldset className={styles.root}>
      <legend>{t.fields.finanzierung}</legend>
      <Checkbox id={fieldId("finanzierung")} label={t.fields.auswirkungen} checked={value.auswirkungen} onChange={(_, d) => set({ auswirkungen: d.checked === true })} />
      {value.auswirkungen ? (
        <>
          <Field label={t.fields.betrag} hint={{ children: understood === undefined ? t.fields.betragHint : t.fields.betragRead(understood), "aria-live": "polite" }} {...problem(fieldId("finanzierung.betrag"))}>
            <Input id={fieldId("finanzierung.betrag")} value={value.betrag} onChange={(_, d) => set({ betrag: d.value })} />
          </Field>
          <Field label={t.fields.turnus}>
            <Select id={fieldId("finanzierung.turnus")} value={value.turnus} onChange={(_, d) => set({ turnus: d.value as FinanzierungForm["turnus"] })}>
              <option value="">{t.fields.none}</option>
              <option value="einmalig">{t.fields.einmalig}</option>
              <option value="jaehrlich">{t.fields.jaehrlich}</option>
            </Select>
          </Field>
          <Field label={t.fields.haushaltsjahr} {...problem(fieldId("finanzierung.haushaltsjahr"))}>
            <Input id={fieldId("finanzierung.haushaltsjahr")} inputMode="numeric" value={value.haushaltsjahr} onChange={(_, d) => set({ haushaltsjahr: d.value })} />
          </Field>
          <Text weight="semibold" id={fieldId("finanzierung.quellen")} tabIndex={-1}>{t.fields.quellen}</Text>
          {value.quellen.map((q, i) => (
            <fieldset key={q.id} className={styles.quelle}>
              <legend>{t.fields.quelle(i + 1)}</legend>
              {/* The Dezernat on a line of its own: at 320 px two selects side by side would both read „Dezerna…“. */}
              <Field label={t.fields.quelleDezernat(i + 1)}>
                <Select id={fieldId(`quelle:${q.id}:dezernat`)} value={q.dezernat} onChange={(_, d) => setQuelle(i, { dezernat: d.value })}>
                  <option value="">{t.fields.none}</option>
                  {profile.dezernate.list.map((d) => (
                    <option key={d.id} value={d.id}>{`${profile.dezernate.prefix} ${d.id}`}</option>
                  ))}
                </Select>
              </Field>
              <Field label={t.fields.quelleAnteil(i + 1)} {...problem(fieldId(`quelle:${q.id}:anteil`))}>
                <Input id={fieldId(`quelle:${q.id}:anteil`)} inputMode="decimal" value={q.prozent} onChange={(_, d) => setQuelle(i, { prozent: d.value })} />
              </Field>
              <div className={styles.row}>
                <Field label={t.fields.quelleProdukt(i + 1)}>
                  <Input id={fieldId(`quelle:${q.id}:produkt`)} value={q.produkt} onChange={(_, d) => setQuelle(i, { produkt: d.value })} />
                </Field>
                <Field label={t.fields.quelleKostenstelle(i + 1)}>
                  <Input id={fieldId(`quelle:${q.id}:kostenstelle`)} value={q.kostenstelle} onChange={(_, d) => setQuelle(i, { kostenstelle: d.value })} />
                </Field>
              </div>
              <Field label={t.fields.quelleSachkonto(i + 1)}>
                <Input id={fieldId(`quelle:${q.id}:sachkonto`)} value={q.sachkonto} onChange={(_, d) => setQuelle(i, { sachkonto: d.value })} />
              </Field>
              <Button
                onClick={() => {
                  set({ quellen: value.quellen.filter((_, j) => j !== i) });
                  // The button is gone with its source: the focus waits on „Deckungsquelle hinzufügen“.
                  addButton.current?.focus();
                }}
              >
                {t.fields.removeQuelle(i + 1)}
              </Button>
            </fieldset>
          ))}
          <Button
            ref={addButton}
            onClick={() => {
              const id = newId();
              added.current = id;
              set({ quellen: [...value.quellen, { id, dezernat: "", prozent: "", produkt: "", kostenstelle: "", sachkonto: "" }] });
            }}
          >
            {t.fields.addQuelle}
          </Button>
          <Text role="status">{sumOk ? t.fields.summe(String(sum).replace(".", ",")) : `${t.fields.summe(String(sum).replace(".", ","))} – ${t.fields.summeFalsch}`}</Text>
          <Field label={t.fields.bewirtschaftung}>
            <Input id={fieldId("finanzierung.bewirtschaftung")} value={value.bewirtschaftung} onChange={(_, d) => set({ bewirtschaftung: d.value })} />
          </Field>
        </>
      ) : null}
    </fieldset>
  );
}
