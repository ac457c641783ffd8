/**
 * @jest-environment jsdom
 */
import { FluentProvider, webLightTheme } from "@fluentui/react-components";
import { render } from "@testing-library/react";
import { WIESBADEN } from "../../src/core/profile/builtin-profiles";
import { summarize } from "../../src/core/report/report-model";
import { SummaryCounts } from "../../src/desk/components/SummaryPanel";
import { readEntry } from "../../src/desk/read-entry";
import { DocxDocument } from "../../src/document/docx/docx-document";
import { DESK_MESSAGES } from "../../src/i18n/desk-messages";
import { completeVorlage } from "../fixtures/builders";

const version = (id: number, at: string) => readEntry(id, `fassung-${id}.docx`, DocxDocument.create(completeVorlage(), WIESBADEN, at).save(), WIESBADEN);

describe("the counts above the table", () => {
  it("count a Vorlage that is there in several versions once, and say how many versions were left out", () => {
    const summary = summarize([version(0, "2025-03-01T09:00:00Z"), version(1, "2025-04-01T09:00:00Z"), version(2, "2025-02-01T09:00:00Z")].map((e) => e.row));
    const view = render(
      <FluentProvider theme={webLightTheme}>
        <SummaryCounts summary={summary} t={DESK_MESSAGES.de} />
      </FluentProvider>,
    );
    expect(view.getByTestId("summary-counts").textContent).toBe("1 Vorlage: 1 vollständig, 0 unvollständig, 0 nicht lesbar; 2 weitere Fassungen mehrfach vorhandener Vorlagen nicht mitgezählt");
    expect(view.getByTestId("superseded").textContent).toBe("2 weitere Fassungen mehrfach vorhandener Vorlagen nicht mitgezählt");
  });
});
