import { Button, makeStyles, MessageBar, MessageBarBody, Text, tokens } from "@fluentui/react-components";
import type { Profile } from "../../core/profile/profile";
import { foldHints } from "../../core/validation/fold-hints";
import { isComplete, type Finding } from "../../core/validation/finding";
import type { Catalogue } from "../../i18n/catalogue";
import { formatFinding, type Lang } from "../../i18n/format-finding";
import type { UiMessages } from "../../i18n/ui-messages";
import type { DocumentActions, DocumentState } from "../use-document";
import { fieldId } from "./FinanzierungFields";
import { MoreHints } from "./MoreHints";

const useStyles = makeStyles({
  root: { display: "flex", flexDirection: "column", gap: tokens.spacingVerticalM },
  list: { listStyleType: "none", margin: 0, padding: 0, display: "flex", flexDirection: "column", gap: tokens.spacingVerticalS },
  finding: { display: "flex", flexDirection: "column", gap: tokens.spacingVerticalXXS, alignItems: "stretch", minWidth: 0 },
  actions: { display: "flex", gap: tokens.spacingHorizontalS, flexWrap: "wrap" },
});

export interface CheckPanelProps {
  readonly doc: DocumentState & DocumentActions;
  readonly profile: Profile;
  readonly t: UiMessages;
  readonly catalogue: Catalogue;
  readonly lang: Lang;
  /** Opens a field in Angaben (the id of its input) for a finding about it. */
  readonly openField?: (id: string) => void;
}

const intent = { error: "error", warning: "warning", info: "info" } as const;
const blockOf = (f: Finding): string | undefined => (f.location.type === "clause" || f.location.type === "section" ? f.location.id : undefined);

/** The Angaben input a finding is about, if it has one: a header, Zuständigkeit or Finanzierung field, or a Deckungsquelle. */
export function fieldOf(f: Finding): string | undefined {
  const l = f.location;
  if (l.type === "field") {
    if (l.field === "finanzierung" || l.field.startsWith("header.") || l.field.startsWith("zustaendigkeit.") || l.field.startsWith("finanzierung.")) {
      return fieldId(l.field === "header.vorlagenart" ? "header.vorlagenNr" : l.field);
    }
    return undefined;
  }
  if (l.type === "entry" && l.list === "quellen") {
    const part = f.code === "finanzierung-quelle-stelle-incomplete" ? (f.params?.["fehlt"] === "kostenstelle" ? "kostenstelle" : "produkt") : f.code.startsWith("finanzierung-anteil") ? "anteil" : "dezernat";
    return fieldId(`quelle:${l.id}:${part}`);
  }
  return undefined;
}

/** Prüfen: the live checklist — counts, every finding with its place, the safe fixes, and the "complete" state. */
export function CheckPanel({ doc, profile, t, catalogue, lang, openField }: CheckPanelProps) {
  const styles = useStyles();
  const count = (s: Finding["severity"]) => doc.findings.filter((f) => f.severity === s).length;
  const complete = isComplete(doc.findings);
  const numbering = doc.findings.some((f) => f.code.startsWith("numbering-"));
  // The body the Vorlage goes to, as the document names it (not always the Magistrat).
  const gremium = doc.vorlage?.header.gremium.trim() ?? "";
  const item = (f: Finding, key: string) => {
    const block = blockOf(f);
    const field = openField ? fieldOf(f) : undefined;
    return (
      <li key={key} className={styles.finding}>
        <MessageBar intent={intent[f.severity]} layout="multiline">
          <MessageBarBody>
            <strong>{catalogue.severity[f.severity]}:</strong> {formatFinding(f, lang, profile)}
          </MessageBarBody>
        </MessageBar>
        {block ? (
          <Button size="small" appearance="subtle" disabled={doc.busy} onClick={() => void doc.select(block)}>
            {t.check.show}
          </Button>
        ) : null}
        {field && openField ? (
          <Button size="small" appearance="subtle" onClick={() => openField(field)}>
            {t.check.openField}
          </Button>
        ) : null}
      </li>
    );
  };
  // Hints of one kind beyond the first few behind one button (a long plain Vorlage gives one per unassigned paragraph),
  // by the rule of check's text report and the reviewers' page; the counts above still count them all.
  return (
    <div className={styles.root}>
      <MessageBar intent={complete ? "success" : "warning"} layout="multiline">
        <MessageBarBody>{complete ? (gremium ? t.check.completeFor(gremium) : t.check.complete) : t.check.incomplete}</MessageBarBody>
      </MessageBar>
      <Text role="status">{t.check.counts(count("error"), count("warning"), count("info"))}</Text>
      {!doc.structured && doc.vorlage ? <Text>{t.check.recognized}</Text> : null}
      {numbering ? (
        <Button appearance="primary" disabled={doc.busy} onClick={() => void doc.renumber()}>
          {t.check.renumber}
        </Button>
      ) : null}
      <div className={styles.actions}>
        <Button disabled={doc.busy || doc.findings.length === 0} onClick={() => void doc.commentFindings(lang)}>
          {t.check.comment}
        </Button>
        <Button disabled={doc.busy} onClick={() => void doc.removeFindingComments()}>
          {t.check.uncomment}
        </Button>
      </div>
      {doc.comments !== undefined ? (
        <MessageBar intent={doc.comments === "unsupported" ? "warning" : "info"} layout="multiline">
          <MessageBarBody>{doc.comments === "unsupported" ? t.check.commentsUnsupported : t.check.commented(doc.comments)}</MessageBarBody>
        </MessageBar>
      ) : null}
      <ul className={styles.list} aria-label={t.tabs.check}>
        {foldHints(doc.findings).map((line, i) =>
          line.kind === "more" ? (
            <MoreHints key={`more-${line.code}`} showLabel={t.check.moreHints(line.hidden.length)} hideLabel={t.check.fewerHints(line.hidden.length)}>
              {() => line.hidden.map((f, j) => item(f, `${f.code}-${i}-${j}`))}
            </MoreHints>
          ) : (
            item(line.finding, `${line.finding.code}-${i}`)
          ),
        )}
      </ul>
    </div>
  );
}
