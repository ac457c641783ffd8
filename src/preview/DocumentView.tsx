import { makeStyles, tokens } from "@fluentui/react-components";
import type { BodyParagraph } from "../document/docx/read-body";

const useStyles = makeStyles({
  page: {
    backgroundColor: tokens.colorNeutralBackground1,
    color: tokens.colorNeutralForeground1,
    boxShadow: tokens.shadow16,
    padding: "48px 56px",
    maxWidth: "720px",
    minHeight: "900px",
    fontFamily: "Arial, sans-serif",
    fontSize: "15px",
    lineHeight: 1.45,
  },
  p: { margin: "0 0 8px 0", whiteSpace: "pre-wrap", minHeight: "1em" },
  clause: { paddingLeft: "40px", textIndent: "-40px" },
  heading: { fontWeight: "bold", marginTop: "16px" },
  selected: { outline: `2px solid ${tokens.colorBrandStroke1}`, outlineOffset: "2px" },
  number: { fontWeight: "bold" },
});

export interface DocumentViewProps {
  readonly paragraphs: readonly BodyParagraph[];
  readonly selected: string | undefined;
  readonly label: string;
}

/** A live rendering of the .docx the preview works on: its paragraphs as they stand, numbers as the document shows them. */
export function DocumentView({ paragraphs, selected, label }: DocumentViewProps) {
  const styles = useStyles();
  return (
    <section className={styles.page} aria-label={label} data-testid="document">
      {paragraphs.map((p, i) => {
        const clause = p.blocks.some((b) => b.kind === "ziffer");
        const heading = !clause && p.blocks.some((b) => b.kind === "abschnitt");
        const isSelected = selected !== undefined && p.blocks.some((b) => "id" in b && b.id === selected);
        const cls = [styles.p, clause ? styles.clause : "", heading ? styles.heading : "", isSelected ? styles.selected : ""].join(" ");
        return (
          <p key={i} className={cls}>
            {p.segments.map((s, j) =>
              s.tag?.kind === "nr" ? (
                <span key={j} className={styles.number} data-number={s.text}>{s.text}</span>
              ) : (
                <span key={j}>{s.text.replace(/\v/g, "\n")}</span>
              ),
            )}
          </p>
        );
      })}
    </section>
  );
}
