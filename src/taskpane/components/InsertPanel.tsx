import { Button, Field, makeStyles, Select, Text, Textarea, tokens } from "@fluentui/react-components";
import { useState } from "react";
import { fillPhrase } from "../../core/phrases/fill-phrase";
import type { Profile } from "../../core/profile/profile";
import type { UiMessages } from "../../i18n/ui-messages";
import type { DocumentActions, DocumentState } from "../use-document";
import { EntriesFields } from "./EntriesFields";

const useStyles = makeStyles({
  root: { display: "flex", flexDirection: "column", gap: tokens.spacingVerticalM },
  row: { display: "flex", gap: tokens.spacingHorizontalS, flexWrap: "wrap" },
  outline: { listStyleType: "none", margin: 0, padding: 0, display: "flex", flexDirection: "column", gap: tokens.spacingVerticalXS },
  item: { display: "flex", alignItems: "baseline", justifyContent: "space-between", gap: tokens.spacingHorizontalS },
  clause: { paddingLeft: tokens.spacingHorizontalL },
  text: { overflow: "hidden", textOverflow: "ellipsis", whiteSpace: "nowrap", flexGrow: 1 },
});

export interface InsertPanelProps {
  readonly doc: DocumentState & DocumentActions;
  readonly profile: Profile;
  readonly t: UiMessages;
}

/** Einfügen: sections and clauses, inserted at the cursor and numbered at once; the outline with its numbers. */
export function InsertPanel({ doc, profile, t }: InsertPanelProps) {
  const styles = useStyles();
  const [text, setText] = useState("");
  const sections = doc.vorlage?.sections ?? [];
  const [chosen, setChosen] = useState<string>("");
  const target = sections.some((s) => s.id === chosen) ? chosen : (sections[sections.length - 1]?.id ?? "");
  const phrase = (kind: string) => profile.sectionKinds.find((k) => k.kind === kind)?.phrase ?? kind;
  // Textbausteine for clauses; the Verteiler phrases are chosen below, not typed.
  const phrases = Object.entries(profile.phrases).filter(([key]) => !key.startsWith("bitte"));
  return (
    <div className={styles.root}>
      <div className={styles.row}>
        <Button disabled={doc.busy} onClick={() => void doc.insertSection("kenntnisnahme")}>{t.insert.kenntnisnahme}</Button>
        <Button disabled={doc.busy} onClick={() => void doc.insertSection("beschluss")}>{t.insert.beschluss}</Button>
      </div>
      {phrases.length > 0 ? (
        <Field label={t.insert.phrase}>
          <Select value="" onChange={(_, d) => doc.vorlage && d.value !== "" && setText(fillPhrase(profile.phrases[d.value] as string, doc.vorlage, profile))}>
            <option value="">{t.insert.phraseUse}</option>
            {phrases.map(([key, template]) => (
              <option key={key} value={key}>{template.length > 60 ? `${template.slice(0, 57)}…` : template}</option>
            ))}
          </Select>
        </Field>
      ) : null}
      <Field label={t.insert.clauseText}>
        <Textarea value={text} onChange={(_, d) => setText(d.value)} resize="vertical" />
      </Field>
      <Field label={t.insert.clauseSection}>
        <Select value={target} onChange={(_, d) => setChosen(d.value)} disabled={sections.length === 0}>
          {sections.map((s) => (
            <option key={s.id} value={s.id}>{`${s.writtenNumber ?? ""} ${phrase(s.kind)}`}</option>
          ))}
        </Select>
      </Field>
      <div className={styles.row}>
        <Button
          appearance="primary"
          disabled={doc.busy || target === "" || text.trim() === ""}
          onClick={() => void doc.insertClause(target, text.trim()).then(() => setText(""))}
        >
          {t.insert.addClause}
        </Button>
      </div>
      <EntriesFields doc={doc} profile={profile} t={t} />
      <Text as="h2" weight="semibold">{t.insert.outline}</Text>
      {sections.length === 0 ? <Text>{t.insert.empty}</Text> : null}
      <ul className={styles.outline} aria-label={t.insert.outline}>
        {sections.map((s) => (
          <li key={s.id}>
            <div className={styles.item}>
              <Text className={styles.text} weight="semibold">{`${s.writtenNumber ?? ""} ${phrase(s.kind)}`}</Text>
              <Button size="small" appearance="subtle" disabled={doc.busy} onClick={() => void doc.deleteBlock(s.id)}>
                {t.insert.deleteBlock(t.insert.section(s.writtenNumber ?? ""))}
              </Button>
            </div>
            <ul className={styles.outline}>
              {s.clauses.map((c) => (
                <li key={c.id} className={`${styles.item} ${styles.clause}`}>
                  <Text className={styles.text}>{`${c.writtenNumber ?? ""} ${c.text}`}</Text>
                  <Button size="small" appearance="subtle" disabled={doc.busy} onClick={() => void doc.deleteBlock(c.id)}>
                    {t.insert.deleteBlock(t.insert.clause(c.writtenNumber ?? ""))}
                  </Button>
                </li>
              ))}
            </ul>
          </li>
        ))}
      </ul>
    </div>
  );
}
