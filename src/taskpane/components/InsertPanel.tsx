import { Button, Field, makeStyles, Select, Text, Textarea, tokens } from "@fluentui/react-components";
import { useEffect, useRef, useState } from "react";
import { fillPhrase } from "../../core/phrases/fill-phrase";
import type { Profile } from "../../core/profile/profile";
import type { UiMessages } from "../../i18n/ui-messages";
import type { DocumentActions, DocumentState } from "../use-document";
import { EntriesFields } from "./EntriesFields";

const useStyles = makeStyles({
  root: { display: "flex", flexDirection: "column", gap: tokens.spacingVerticalM },
  row: { display: "flex", gap: tokens.spacingHorizontalS, flexWrap: "wrap" },
  outline: { listStyleType: "none", margin: 0, padding: 0, display: "flex", flexDirection: "column", gap: tokens.spacingVerticalXS },
  item: { display: "flex", alignItems: "center", gap: tokens.spacingHorizontalXS, minWidth: 0 },
  clause: { paddingLeft: tokens.spacingHorizontalM },
  text: { overflow: "hidden", textOverflow: "ellipsis", whiteSpace: "nowrap", flexGrow: 1, flexShrink: 1, minWidth: 0 },
  pick: { flexGrow: 1, flexShrink: 1, minWidth: 0, justifyContent: "flex-start", fontWeight: tokens.fontWeightRegular, textAlign: "start" },
  tool: { minWidth: "28px", flexShrink: 0, paddingLeft: 0, paddingRight: 0 },
  confirm: { display: "flex", flexDirection: "column", gap: tokens.spacingVerticalS, padding: tokens.spacingHorizontalS, border: `1px solid ${tokens.colorPaletteRedBorder2}`, borderRadius: tokens.borderRadiusMedium },
});

export interface InsertPanelProps {
  readonly doc: DocumentState & DocumentActions;
  readonly profile: Profile;
  readonly t: UiMessages;
}

/** The outline element of a clause, so that the focus can go to a clause just inserted. */
export const clauseElementId = (id: string) => `bv-clause-${id}`;

/**
 * Einfügen: sections in the profile's order, clauses after the chosen one (Strg+Eingabe), moved up and down,
 * deleted (a section with clauses only after a confirmation), the last action undone; the outline with its numbers.
 */
export function InsertPanel({ doc, profile, t }: InsertPanelProps) {
  const styles = useStyles();
  const [text, setText] = useState("");
  const [position, setPosition] = useState<string>("");
  const [confirming, setConfirming] = useState<string | undefined>(undefined);
  const cancelRef = useRef<HTMLButtonElement>(null);
  const sections = doc.vorlage?.sections ?? [];
  const phrase = (kind: string) => profile.sectionKinds.find((k) => k.kind === kind)?.phrase ?? kind;
  // Where a new clause goes: "end:<section>" or "after:<section>:<clause>".
  const positions = sections.flatMap((s) => [
    ...s.clauses.map((c) => ({ value: `after:${s.id}:${c.id}`, label: t.insert.afterClause(c.writtenNumber ?? "") })),
    { value: `end:${s.id}`, label: t.insert.atEnd(s.writtenNumber ?? "") },
  ]);
  const lastSection = sections[sections.length - 1];
  const chosen = positions.some((p) => p.value === position) ? position : lastSection ? `end:${lastSection.id}` : "";
  const [, sectionId = "", after] = chosen.split(":");
  // Textbausteine for clauses, shown and inserted filled from the known fields. The Verteiler phrases are chosen
  // below and the Bezug („antragsgemäß … BP …“) is an unnumbered note with its own fields, never a clause.
  const phrases = Object.entries(profile.phrases).filter(([key, template]) => !key.startsWith("bitte") && !template.includes("{bp}"));
  const filled = (template: string) => (doc.vorlage ? fillPhrase(template, doc.vorlage, profile) : template.replace(/\{\w+\}/g, "…"));
  const canInsert = !doc.busy && sectionId !== "" && text.trim() !== "";
  const insert = () => {
    if (!canInsert) return;
    void doc.insertClauseAfter(sectionId, text.trim(), after).then(() => setText(""));
  };

  // After an insert, the new clause is the place for the next one, and the focus goes to it.
  useEffect(() => {
    const id = doc.insertedClause;
    if (!id) return;
    const section = sections.find((s) => s.clauses.some((c) => c.id === id));
    if (section) setPosition(`after:${section.id}:${id}`);
    document.getElementById(clauseElementId(id))?.focus();
  }, [doc.insertedClause]); // only a new insert moves the focus, not every re-render
  useEffect(() => {
    if (confirming) cancelRef.current?.focus();
  }, [confirming]);
  // A section just inserted is where the next clause goes.
  const known = useRef<ReadonlySet<string> | undefined>(undefined);
  useEffect(() => {
    const ids = new Set(sections.map((s) => s.id));
    const added = known.current ? sections.find((s) => !known.current?.has(s.id)) : undefined;
    known.current = ids;
    if (added) setPosition(`end:${added.id}`);
  }, [sections]);

  return (
    <div className={styles.root}>
      <div className={styles.row}>
        {profile.sectionKinds.map((k) => (
          <Button key={k.kind} disabled={doc.busy} onClick={() => void doc.insertSectionInOrder(k.kind)}>
            {k.kind === "kenntnisnahme" ? t.insert.kenntnisnahme : k.kind === "beschluss" ? t.insert.beschluss : k.phrase}
          </Button>
        ))}
      </div>
      {phrases.length > 0 ? (
        <Field label={t.insert.phrase}>
          <Select value="" onChange={(_, d) => d.value !== "" && setText(filled(profile.phrases[d.value] as string))}>
            <option value="">{t.insert.phraseUse}</option>
            {phrases.map(([key, template]) => (
              <option key={key} value={key}>{filled(template)}</option>
            ))}
          </Select>
        </Field>
      ) : null}
      <Field label={t.insert.clauseText} hint={t.insert.ctrlEnter}>
        <Textarea
          value={text}
          onChange={(_, d) => setText(d.value)}
          resize="vertical"
          onKeyDown={(e) => {
            if (e.key === "Enter" && (e.ctrlKey || e.metaKey)) {
              e.preventDefault();
              insert();
            }
          }}
        />
      </Field>
      <Field label={t.insert.position}>
        <Select value={chosen} onChange={(_, d) => setPosition(d.value)} disabled={sections.length === 0}>
          {positions.map((p) => (
            <option key={p.value} value={p.value}>{p.label}</option>
          ))}
        </Select>
      </Field>
      <div className={styles.row}>
        <Button appearance="primary" disabled={!canInsert} onClick={insert}>
          {t.insert.addClause}
        </Button>
        <Button disabled={doc.busy || !doc.undoable} onClick={() => void doc.undo()}>
          {t.insert.undo}
        </Button>
      </div>
      <Text as="h2" weight="semibold">{t.insert.outline}</Text>
      {sections.length === 0 ? <Text>{t.insert.empty}</Text> : null}
      <ul className={styles.outline} aria-label={t.insert.outline}>
        {sections.map((s) => {
          const label = t.insert.section(s.writtenNumber ?? "");
          return (
            <li key={s.id}>
              <div className={styles.item}>
                <Text className={styles.text} weight="semibold">{`${s.writtenNumber ?? ""} ${phrase(s.kind)}`}</Text>
                <Button
                  className={styles.tool}
                  size="small"
                  appearance="subtle"
                  disabled={doc.busy}
                  aria-label={t.insert.deleteBlock(label)}
                  title={t.insert.deleteBlock(label)}
                  onClick={() => (s.clauses.length > 0 ? setConfirming(s.id) : void doc.deleteBlock(s.id))}
                >
                  ✕
                </Button>
              </div>
              {confirming === s.id ? (
                <div className={styles.confirm} role="group" aria-label={t.insert.deleteBlock(label)}>
                  <Text>{t.insert.confirmDelete(label, s.clauses.length)}</Text>
                  <div className={styles.row}>
                    <Button
                      appearance="primary"
                      onClick={() => {
                        setConfirming(undefined);
                        void doc.deleteBlock(s.id);
                      }}
                    >
                      {t.insert.confirmYes}
                    </Button>
                    <Button ref={cancelRef} onClick={() => setConfirming(undefined)}>
                      {t.insert.confirmNo}
                    </Button>
                  </div>
                </div>
              ) : null}
              <ul className={styles.outline}>
                {s.clauses.map((c, i) => {
                  const clauseLabel = t.insert.clause(c.writtenNumber ?? "");
                  const picked = chosen === `after:${s.id}:${c.id}`;
                  return (
                    <li key={c.id} className={`${styles.item} ${styles.clause}`}>
                      <Button
                        id={clauseElementId(c.id)}
                        className={styles.pick}
                        size="small"
                        appearance={picked ? "secondary" : "transparent"}
                        aria-pressed={picked}
                        title={t.insert.choose(clauseLabel)}
                        onClick={() => {
                          setPosition(`after:${s.id}:${c.id}`);
                          void doc.select(c.id);
                        }}
                      >
                        <span className={styles.text}>{`${c.writtenNumber ?? ""} ${c.text}`}</span>
                      </Button>
                      <Button className={styles.tool} size="small" appearance="subtle" disabled={doc.busy || i === 0} aria-label={t.insert.moveUp(clauseLabel)} title={t.insert.moveUp(clauseLabel)} onClick={() => void doc.moveClause(c.id, -1)}>
                        ↑
                      </Button>
                      <Button className={styles.tool} size="small" appearance="subtle" disabled={doc.busy || i === s.clauses.length - 1} aria-label={t.insert.moveDown(clauseLabel)} title={t.insert.moveDown(clauseLabel)} onClick={() => void doc.moveClause(c.id, 1)}>
                        ↓
                      </Button>
                      <Button className={styles.tool} size="small" appearance="subtle" disabled={doc.busy} aria-label={t.insert.deleteBlock(clauseLabel)} title={t.insert.deleteBlock(clauseLabel)} onClick={() => void doc.deleteBlock(c.id)}>
                        ✕
                      </Button>
                    </li>
                  );
                })}
              </ul>
            </li>
          );
        })}
      </ul>
      <EntriesFields doc={doc} profile={profile} t={t} />
    </div>
  );
}
