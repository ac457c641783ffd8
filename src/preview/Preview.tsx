import { makeStyles, tokens } from "@fluentui/react-components";
import { memo, useCallback, useMemo, useRef, useState } from "react";
import type { Profile } from "../core/profile/profile";
import { UI_MESSAGES } from "../i18n/ui-messages";
import { App } from "../taskpane/components/App";
import type { HostInfo } from "../taskpane/host";
import type { DocxPort } from "../document/docx/docx-port";
import { afterPaint } from "../taskpane/after-paint";
import { readComments } from "./comments";
import { lazyPort } from "../document/lazy-port";
import { PANE_PROFILES } from "../taskpane/pane-profile";
import { DocumentView } from "./DocumentView";
import { PREVIEW_START } from "./preview-start";
import { PreviewBar, type OpenedDocument } from "./PreviewBar";

const useStyles = makeStyles({
  page: { backgroundColor: tokens.colorNeutralBackground3, minHeight: "100vh", boxSizing: "border-box" },
  // Pane and page side by side; where the window is too narrow for both, the page goes below the pane.
  root: {
    display: "flex",
    flexWrap: "wrap",
    gap: tokens.spacingHorizontalXXL,
    alignItems: "flex-start",
    padding: tokens.spacingHorizontalL,
    boxSizing: "border-box",
    "@media (max-width: 480px)": { padding: 0, gap: tokens.spacingVerticalM },
  },
  // Word's task pane: as narrow as 320 px; the pane must never scroll sideways in it, nor be wider than the window.
  pane: { flexShrink: 0, maxWidth: "100%", backgroundColor: tokens.colorNeutralBackground1, boxShadow: tokens.shadow4, overflowX: "auto", boxSizing: "border-box" },
  // The page takes the room left beside the pane (at least a phone's width, else it goes below) and is scaled to it
  // (DocumentView): the window never scrolls sideways (tryout 3, item 9: at 1280 px the comments were cut off).
  document: { flexGrow: 1, flexBasis: 0, minWidth: "280px", display: "flex", justifyContent: "center" },
});

// The pane does not render again when only the page changes (the first drawing of the page comes after the pane's).
const Pane = memo(App);

export interface PreviewProps {
  readonly host: HostInfo;
  readonly profile: Profile;
  /** Width of the task pane in CSS pixels (Word's narrowest is 320). */
  readonly paneWidth?: number;
}

/**
 * The product without Word: the real pane, driving the real .docx adapter, beside a live
 * rendering of that document. A newcomer inserts blocks, fills fields, sees findings and
 * downloads the .docx — nothing leaves the browser.
 */
export function Preview({ host, profile: fallback, paneWidth = 360 }: PreviewProps) {
  const styles = useStyles();
  // ?profile=karlsruhe shows another built-in city's house style (reviews and tests of its layout).
  const asked = useMemo(() => PANE_PROFILES[new URLSearchParams(location.search).get("profile") ?? ""], []);
  const start = asked ?? fallback;
  const t = UI_MESSAGES[host.lang];
  // A document the user opened („Öffnen …“): the pane starts afresh on it (a new key) and reads it, as in Word.
  const [opened, setOpened] = useState<OpenedDocument | undefined>(undefined);
  // An opened document is edited with the profile it names (a Karlsruhe draft as Karlsruhe's), unless the address chose one.
  const profile = opened?.profile ?? start;
  // The .docx engine is a chunk of its own, requested once the pane has been drawn: the pane starts from the document
  // it knows (PREVIEW_START) and is usable at once; an action taken before the engine has arrived waits for it.
  // The page shows what prints: hidden text stays in the file but not on the page (src/preview/printed.ts).
  const printed = useRef<(ps: ReturnType<DocxPort["paragraphs"]>) => ReturnType<DocxPort["paragraphs"]>>((ps) => ps);
  const lazy = useMemo(
    () =>
      opened
        ? lazyPort(() => Promise.resolve(opened.port))
        : lazyPort(() =>
            new Promise<void>((drawn) => afterPaint(drawn))
              .then(() => import(/* webpackChunkName: "engine" */ "./engine"))
              .then((m) => {
                // Which styles hide their text matters only for drawing the page: worked out at its first drawing.
                let hidden: ReadonlySet<string> | undefined;
                printed.current = (ps) => m.printedParagraphs(ps, (hidden ??= m.previewHiddenStyles(profile)));
                return m.createPreviewPort(profile);
              }),
          ),
    [profile, opened],
  );
  const [paragraphs, setParagraphs] = useState<ReturnType<DocxPort["paragraphs"]>>([]);
  const [selected, setSelected] = useState<string | undefined>(undefined);
  const [comments, setComments] = useState(() => readComments(undefined));
  const drawn = useRef(false);
  const onChange = useCallback(() => {
    const draw = () => {
      // The port as it stands when the page is drawn: a draw that waited shows every change made meanwhile.
      const port = lazy.current();
      if (!port) return;
      setParagraphs(printed.current(port.paragraphs()));
      setSelected(port.selection());
      setComments(readComments(port.commentsXml()));
    };
    if (drawn.current) return draw();
    // The first drawing of the page (parsing document.xml into a tree, laying out the A4 sheets) waits until the
    // pane has been drawn with its buttons enabled: the user can start while the page appears. Every later change
    // is drawn in the same update as the pane, so the page never lags behind what the pane shows.
    drawn.current = true;
    afterPaint(draw);
  }, [lazy]);
  const docx = useCallback(() => lazy.current()?.bytes() ?? new Uint8Array(), [lazy]);
  const onOpened = useCallback((doc: OpenedDocument) => {
    printed.current = doc.printed;
    setOpened(doc);
  }, []);
  return (
    <div className={styles.page}>
      <PreviewBar lang={host.lang} profile={start} profileChosen={asked !== undefined} onOpened={onOpened} />
      <div className={styles.root}>
        <div className={styles.pane} style={{ width: `${paneWidth}px` }} data-testid="pane">
          <Pane key={opened?.generation ?? 0} host={host} profile={profile} port={lazy.port} onChange={onChange} docx={docx} start={opened ? undefined : PREVIEW_START} />
        </div>
        <div className={styles.document}>
          <DocumentView onPick={(id) => void lazy.port.select(id).then(onChange)} paragraphs={paragraphs} selected={selected} label={t.preview.document} comments={comments} commentsLabel={t.preview.comments} pageLabel={t.preview.page} />
        </div>
      </div>
    </div>
  );
}
