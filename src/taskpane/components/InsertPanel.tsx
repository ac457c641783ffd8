import { Button, Field, makeStyles, Select, Text, Textarea, tokens } from "@fluentui/react-components";
import { useEffect, useRef, useState, type KeyboardEvent } from "react";
import { fillPhrase } from "../../core/phrases/fill-phrase";
import type { Profile } from "../../core/profile/profile";
import type { UiMessages } from "../../i18n/ui-messages";
import type { PaneTarget } from "../clause-place";
import { clauseNumbers } from "../clause-number";
import type { DocumentActions, DocumentState } from "../use-document";
import { BlockTools } from "./BlockTools";
import { useDraft } from "./drafts";
import { EntriesFields } from "./EntriesFields";
import { ReferencePanel } from "./ReferencePanel";
import { useAfterFirstPaint } from "./use-after-first-paint";

const useStyles = makeStyles({
  root: { display: "flex", flexDirection: "column", gap: tokens.spacingVerticalM },
  row: { display: "flex", gap: tokens.spacingHorizontalS, flexWrap: "wrap" },
  outline: { listStyleType: "none", margin: 0, padding: 0, display: "flex", flexDirection: "column", gap: tokens.spacingVerticalXS },
  item: { display: "flex", alignItems: "center", gap: tokens.spacingHorizontalXS, minWidth: 0 },
  clause: { paddingLeft: tokens.spacingHorizontalM },
  unterpunkt: { paddingLeft: tokens.spacingHorizontalXXL },
  text: { overflow: "hidden", textOverflow: "ellipsis", whiteSpace: "nowrap", flexGrow: 1, flexShrink: 1, minWidth: 0 },
  pick: { flexGrow: 1, flexShrink: 1, minWidth: 0, justifyContent: "flex-start", fontWeight: tokens.fontWeightRegular, textAlign: "start" },
  tool: { minWidth: "28px", flexShrink: 0, paddingLeft: 0, paddingRight: 0 },
  adopt: { flexShrink: 0, minWidth: 0 },
  confirm: { display: "flex", flexDirection: "column", gap: tokens.spacingVerticalS, padding: tokens.spacingHorizontalS, border: `1px solid ${tokens.colorPaletteRedBorder2}`, borderRadius: tokens.borderRadiusMedium },
});

export interface InsertPanelProps {
  readonly doc: DocumentState & DocumentActions;
  readonly profile: Profile;
  readonly t: UiMessages;
}

/** The outline element of a clause, so that the focus can go to a clause just inserted. */
export const clauseElementId = (id: string) => `bv-clause-${id}`;
/** A section's delete button, where the focus goes back when its confirmation is cancelled. */
const deleteButtonId = (id: string) => `bv-delete-${id}`;
/** The outline element of a sub-point, for the same reason. */
export const unterpunktElementId = (id: string) => `bv-unterpunkt-${id}`;

const ctrlEnter = (run: () => void) => (e: KeyboardEvent<HTMLTextAreaElement>) => {
  if (e.key === "Enter" && (e.ctrlKey || e.metaKey)) {
    e.preventDefault();
    run();
  }
};

/**
 * Einfügen: sections in the profile's order, clauses at the cursor or after the chosen one (Strg+Eingabe; the pane
 * says where each went), sub-points under the chosen clause, both moved up and down, deleted (a section with
 * clauses only after a confirmation), the last action undone; the outline with its numbers and letters.
 */
export function InsertPanel({ doc, profile, t }: InsertPanelProps) {
  const styles = useStyles();
  // Clauses check reads from text typed outside our controls (`structure-clause-uncontrolled`): offered for taking over.
  const typed = new Set(doc.findings.flatMap((f) => (f.code === "structure-clause-uncontrolled" && f.location.type === "clause" ? [f.location.id] : [])));
  const later = useAfterFirstPaint();
  // Typed and not yet inserted: kept above the tabs (see drafts.tsx).
  const [text, setText] = useDraft("insert.text", "");
  // "cursor" (the default, and again after each insert), or a place the user chose: "end:<section>", "after:<section>:<clause>".
  const [position, setPosition] = useState<string>("cursor");
  // The pane's own target when the cursor has not moved: the clause just inserted or picked, or the section just inserted.
  const [target, setTarget] = useState<PaneTarget | undefined>(undefined);
  // The clause that takes sub-points, and the sub-point a new one follows (picked in the outline, or just inserted).
  const [subClause, setSubClause] = useState<string | undefined>(undefined);
  const [subAfter, setSubAfter] = useState<string | undefined>(undefined);
  const [subText, setSubText] = useDraft("insert.subText", "");
  const [confirming, setConfirming] = useState<string | undefined>(undefined);
  const cancelRef = useRef<HTMLButtonElement>(null);
  const clauseBox = useRef<HTMLTextAreaElement>(null);
  const subBox = useRef<HTMLTextAreaElement>(null);
  const sections = doc.vorlage?.sections ?? [];
  const phrase = (kind: string) => profile.sectionKinds.find((k) => k.kind === kind)?.phrase ?? kind;
  // One label per clause, as in „Verweis auf“: the printed number, and the derived one where they differ.
  const numbers = doc.vorlage ? clauseNumbers(doc.vorlage, profile, t.insert.numberDiffers) : new Map<string, string>();
  // Where a new clause goes: "end:<section>" or "after:<section>:<clause>".
  const positions = sections.flatMap((s) => [
    ...s.clauses.map((c) => ({ value: `after:${s.id}:${c.id}`, label: t.insert.afterClause(numbers.get(c.id) ?? "") })),
    { value: `end:${s.id}`, label: t.insert.atEnd(s.writtenNumber ?? "") },
  ]);
  const chosen = positions.some((p) => p.value === position) ? position : "cursor";
  const [kind, sectionId = "", after] = chosen.split(":");
  // Textbausteine for clauses, shown and inserted filled from the known fields. The Verteiler phrases are chosen
  // below and the Bezug („antragsgemäß … BP …“) is an unnumbered note with its own fields, never a clause.
  const phrases = Object.entries(profile.phrases).filter(([key, template]) => !key.startsWith("bitte") && !template.includes("{bp}"));
  const filled = (template: string) => (doc.vorlage ? fillPhrase(template, doc.vorlage, profile) : template.replace(/\{\w+\}/g, "…"));
  const canInsert = !doc.busy && sections.length > 0 && text.trim() !== "";
  const insert = () => {
    if (!canInsert) return;
    const place: PaneTarget | undefined = kind === "after" && after ? { after } : kind === "end" ? { end: sectionId } : target;
    // A refused insert (the pane shows why) keeps the typed text and the chosen place.
    void doc.insertClauseAtCursor(text.trim(), place, kind !== "cursor").then((ok) => {
      if (!ok) return;
      setText("");
      setPosition("cursor");
    });
  };
  const clauses = sections.flatMap((s) => s.clauses);
  const subOwner = clauses.find((c) => c.id === subClause);
  const subLabel = subOwner ? t.insert.clause(subOwner.writtenNumber ?? "") : undefined;
  const canInsertSub = !doc.busy && subOwner !== undefined && subText.trim() !== "";
  const insertSub = () => {
    if (!canInsertSub || !subOwner) return;
    const afterSub = subOwner.unterpunkte?.some((u) => u.id === subAfter) ? subAfter : undefined;
    void doc.insertUnterpunkt(subOwner.id, subText.trim(), afterSub).then(() => setSubText(""));
  };
  // Where the last clause went, in words (the user may not see the document change).
  const placed = (() => {
    const p = doc.placed;
    const inserted = clauses.find((c) => c.id === doc.insertedClause);
    if (!p || !inserted) return undefined;
    const n = inserted.writtenNumber ?? "";
    const prev = clauses.find((c) => c.id === p.after)?.writtenNumber ?? "";
    const sec = sections.find((s) => s.id === p.sectionId)?.writtenNumber ?? "";
    if (p.source === "cursor") return p.after ? t.insert.placedCursor(n, prev) : t.insert.placedCursorEnd(n, sec);
    return p.after ? t.insert.placedPane(n, prev) : t.insert.placedEnd(n, sec);
  })();

  // After an insert, the new clause is the place for the next one, and the focus goes to it.
  useEffect(() => {
    const id = doc.insertedClause;
    if (!id) return;
    setTarget({ after: id });
    setSubClause(id);
    setSubAfter(undefined);
    // The next keystroke belongs to the next clause: the focus goes back to the clause box (the live region says where it went).
    clauseBox.current?.focus();
  }, [doc.insertedClause]); // only a new insert moves the focus, not every re-render
  useEffect(() => {
    const id = doc.insertedUnterpunkt;
    if (!id) return;
    setSubAfter(id);
    subBox.current?.focus();
  }, [doc.insertedUnterpunkt]);
  useEffect(() => {
    if (confirming) cancelRef.current?.focus();
  }, [confirming]);
  // A section just inserted is where the next clause goes.
  const known = useRef<ReadonlySet<string> | undefined>(undefined);
  useEffect(() => {
    const ids = new Set(sections.map((s) => s.id));
    const added = known.current ? sections.find((s) => !known.current?.has(s.id)) : undefined;
    known.current = ids;
    if (added) setTarget({ end: added.id });
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
          ref={clauseBox}
          value={text}
          onChange={(_, d) => setText(d.value)}
          resize="vertical"
          onKeyDown={ctrlEnter(insert)}
        />
      </Field>
      <Field label={t.insert.position}>
        <Select value={chosen} onChange={(_, d) => setPosition(d.value)} disabled={sections.length === 0}>
          <option value="cursor">{t.insert.atCursor}</option>
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
      <div aria-live="polite">{placed ? <Text>{placed}</Text> : null}</div>
      <Field label={t.insert.unterpunktText} hint={subLabel ? t.insert.unterpunktUnder(subLabel) : t.insert.unterpunktNoClause}>
        <Textarea ref={subBox} value={subText} onChange={(_, d) => setSubText(d.value)} resize="vertical" disabled={!subOwner} onKeyDown={ctrlEnter(insertSub)} />
      </Field>
      <div className={styles.row}>
        <Button disabled={!canInsertSub} onClick={insertSub}>
          {t.insert.addUnterpunkt}
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
                  id={deleteButtonId(s.id)}
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
                <div
                  className={styles.confirm}
                  role="group"
                  aria-label={t.insert.deleteBlock(label)}
                  onKeyDown={(e) => {
                    // Escape cancels, as in every dialog, and the focus goes back to the ✕ it came from.
                    if (e.key !== "Escape") return;
                    e.preventDefault();
                    setConfirming(undefined);
                    document.getElementById(deleteButtonId(s.id))?.focus();
                  }}
                >
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
                  const picked = chosen === `after:${s.id}:${c.id}` || (subClause === c.id && subAfter === undefined);
                  const subs = c.unterpunkte ?? [];
                  return (
                    <li key={c.id}>
                    <div className={`${styles.item} ${styles.clause}`}>
                      <Button
                        id={clauseElementId(c.id)}
                        className={styles.pick}
                        size="small"
                        appearance={picked ? "secondary" : "transparent"}
                        aria-pressed={picked}
                        title={t.insert.choose(clauseLabel)}
                        onClick={() => {
                          setPosition(`after:${s.id}:${c.id}`);
                          setTarget({ after: c.id });
                          setSubClause(c.id);
                          setSubAfter(undefined);
                          void doc.select(c.id);
                        }}
                      >
                        <span className={styles.text}>{`${c.writtenNumber ?? ""} ${c.text}`}</span>
                      </Button>
                      {doc.clausesAdoptable && typed.has(c.id) ? (
                        // Typed by hand outside our controls: move and delete reach it only once it is in one of ours.
                        <Button className={styles.adopt} size="small" appearance="secondary" disabled={doc.busy} aria-label={t.insert.adoptLabel(clauseLabel)} title={t.insert.adoptLabel(clauseLabel)} onClick={() => void doc.adoptClause(c.id)}>
                          {t.insert.adopt}
                        </Button>
                      ) : (
                        <BlockTools label={clauseLabel} first={i === 0} last={i === s.clauses.length - 1} busy={doc.busy} className={styles.tool} onMove={(d) => void doc.moveClause(c.id, d)} onDelete={() => void doc.deleteBlock(c.id)} t={t} />
                      )}
                    </div>
                    {subs.length > 0 ? (
                      <ul className={styles.outline} aria-label={clauseLabel}>
                        {subs.map((u, j) => {
                          const uLabel = t.insert.unterpunkt(`${c.writtenNumber ?? ""} ${u.writtenNumber ?? ""}`.trim());
                          const uPicked = subClause === c.id && subAfter === u.id;
                          return (
                            <li key={u.id} className={`${styles.item} ${styles.unterpunkt}`}>
                              <Button
                                id={unterpunktElementId(u.id)}
                                className={styles.pick}
                                size="small"
                                appearance={uPicked ? "secondary" : "transparent"}
                                aria-pressed={uPicked}
                                title={t.insert.choose(uLabel)}
                                onClick={() => {
                                  setSubClause(c.id);
                                  setSubAfter(u.id);
                                  void doc.select(u.id);
                                }}
                              >
                                <span className={styles.text}>{`${u.writtenNumber ?? ""} ${u.text}`}</span>
                              </Button>
                              <BlockTools label={uLabel} first={j === 0} last={j === subs.length - 1} busy={doc.busy} className={styles.tool} onMove={(d) => void doc.moveUnterpunkt(u.id, d)} onDelete={() => void doc.deleteBlock(u.id)} t={t} />
                            </li>
                          );
                        })}
                      </ul>
                    ) : null}
                    </li>
                  );
                })}
              </ul>
            </li>
          );
        })}
      </ul>
      {doc.referencesInsertable ? <ReferencePanel doc={doc} profile={profile} t={t} /> : null}
      {later ? <EntriesFields doc={doc} profile={profile} t={t} /> : null}
    </div>
  );
}
