import { rebaseDraft } from "../../src/taskpane/components/rebase-draft";

describe("a form's draft on a new state of the document", () => {
  const from = { betreff: "Alt", betrag: "", quellen: [] as string[] };

  it("keeps what the user typed where the document did not change the field", () => {
    expect(rebaseDraft({ ...from, betreff: "Neu getippt" }, from, { ...from, quellen: ["II"] })).toEqual({ betreff: "Neu getippt", betrag: "", quellen: ["II"] });
  });

  it("shows the document's value where the user typed nothing, or where the document itself changed the field", () => {
    expect(rebaseDraft(from, from, { ...from, betreff: "Aus Word" })).toEqual({ ...from, betreff: "Aus Word" });
    expect(rebaseDraft({ ...from, betrag: "1000" }, from, { ...from, betrag: "1.000 €" })).toEqual({ ...from, betrag: "1.000 €" });
  });
});
