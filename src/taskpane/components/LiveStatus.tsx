import { Caption1, MessageBar, MessageBarBody } from "@fluentui/react-components";
import type { UiMessages } from "../../i18n/ui-messages";
import type { DocumentState } from "../use-document";

export interface LiveStatusProps {
  readonly doc: Pick<DocumentState, "checkedAt" | "tracking" | "inserted">;
  readonly t: UiMessages;
  readonly lang: "de" | "en";
}

/**
 * What the pane knows about the document's state beyond the findings: when it last
 * brought them up to date, that Word tracks changes, and where an inserted section went.
 * A polite live region, so a screen reader hears it without losing its place.
 */
export function LiveStatus({ doc, t, lang }: LiveStatusProps) {
  const time = doc.checkedAt?.toLocaleTimeString(lang === "de" ? "de-DE" : "en-GB", { hour: "2-digit", minute: "2-digit", second: "2-digit" });
  return (
    <div aria-live="polite">
      <Caption1>{time ? t.live.updated(time) : t.live.never}</Caption1>
      {doc.tracking ? (
        <MessageBar intent="info">
          <MessageBarBody>{t.live.tracking}</MessageBarBody>
        </MessageBar>
      ) : null}
      {doc.inserted ? (
        <MessageBar intent="success">
          <MessageBarBody>{t.live.inserted(doc.inserted.after)}</MessageBarBody>
        </MessageBar>
      ) : null}
    </div>
  );
}
