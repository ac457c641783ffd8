import { Button, Field, makeStyles, Select, Text, tokens } from "@fluentui/react-components";
import { useState } from "react";
import { deriveNumbers } from "../../core/numbering/derive-numbers";
import { clauseNumbers } from "../clause-number";
import type { Profile } from "../../core/profile/profile";
import { referenceTargets, type ReferenceTarget } from "../../core/references/insert-reference";
import type { UiMessages } from "../../i18n/ui-messages";
import type { DocumentActions, DocumentState } from "../use-document";

const useStyles = makeStyles({
  root: { display: "flex", flexDirection: "column", gap: tokens.spacingVerticalS, minWidth: 0 },
  select: { minWidth: 0, maxWidth: "100%" },
});

export interface ReferencePanelProps {
  readonly doc: DocumentState & DocumentActions;
  readonly profile: Profile;
  readonly t: UiMessages;
}

/** How long a clause's text may be in a list entry, so that the list stays readable at 320 px. */
const SHORT = 48;
const short = (text: string) => (text.length > SHORT ? `${text.slice(0, SHORT - 1)}…` : text);

/**
 * „Verweis einfügen“: the user chooses, from lists of the Vorlage's clauses and sub-points, where
 * the reference goes (at the end of that text) and what it refers to; the reference („Ziffer
 * 2.1“, „Buchstabe b“) then follows its target's number through every insert, move and delete.
 * Two native selects and a button: usable by keyboard alone, and at 320 px wide. Shown only
 * where the port can insert references (`referencesInsertable`).
 */
export function ReferencePanel({ doc, profile, t }: ReferencePanelProps) {
  const styles = useStyles();
  const [owner, setOwner] = useState("");
  const [ziel, setZiel] = useState("");
  const [said, setSaid] = useState<string | undefined>(undefined);
  const targets: readonly ReferenceTarget[] = doc.vorlage ? referenceTargets(doc.vorlage, deriveNumbers(doc.vorlage, profile.numbering)) : [];
  // The same label for a clause as in the position list: the printed number, and the derived one where they differ.
  const numbers = doc.vorlage ? clauseNumbers(doc.vorlage, profile, t.insert.numberDiffers) : new Map<string, string>();
  const label = (x: ReferenceTarget) => {
    const clause = targets.find((c) => c.id === x.clause);
    return x.kind === "clause" ? t.reference.clause(numbers.get(x.id) ?? x.number, short(x.text)) : t.reference.unterpunkt(`${(clause && numbers.get(clause.id)) ?? clause?.number ?? ""} ${x.number}`.trim(), short(x.text));
  };
  const ownerOk = targets.some((x) => x.id === owner);
  const chosen = targets.find((x) => x.id === ziel && x.id !== owner);
  const canInsert = !doc.busy && ownerOk && chosen !== undefined;
  const insert = () => {
    if (!canInsert || !chosen) return;
    void doc.insertReference(owner, chosen.id).then(() => setSaid(t.reference.inserted(chosen.word, chosen.shown)));
  };
  return (
    <section className={styles.root} aria-labelledby="bv-reference-heading">
      <Text as="h2" weight="semibold" id="bv-reference-heading">
        {t.reference.heading}
      </Text>
      <Field label={t.reference.owner} hint={t.reference.ownerHint}>
        <Select className={styles.select} value={owner} onChange={(_, d) => setOwner(d.value)} disabled={targets.length === 0}>
          <option value="">{t.reference.choose}</option>
          {targets.map((x) => (
            <option key={x.id} value={x.id}>
              {label(x)}
            </option>
          ))}
        </Select>
      </Field>
      <Field label={t.reference.target} hint={t.reference.targetHint}>
        <Select className={styles.select} value={ziel} onChange={(_, d) => setZiel(d.value)} disabled={targets.length < 2}>
          <option value="">{t.reference.choose}</option>
          {targets
            .filter((x) => x.id !== owner)
            .map((x) => (
              <option key={x.id} value={x.id}>
                {label(x)}
              </option>
            ))}
        </Select>
      </Field>
      <div>
        <Button disabled={!canInsert} onClick={insert}>
          {t.reference.insert}
        </Button>
      </div>
      <div aria-live="polite">{said ? <Text>{said}</Text> : null}</div>
    </section>
  );
}
