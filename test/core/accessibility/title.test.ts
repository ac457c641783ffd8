import { titleFromBetreff } from "../../../src/core/accessibility/title";

describe("the document's title follows the Betreff", () => {
  it("is given where the document has none or a blank one", () => {
    expect(titleFromBetreff("", " Neubau der Kita Süd ")).toBe("Neubau der Kita Süd");
    expect(titleFromBetreff("  ", "Neubau")).toBe("Neubau");
  });

  it("follows a changed Betreff where the title was the Betreff before", () => {
    expect(titleFromBetreff("Alter Betreff", "Neuer Betreff", "Alter Betreff")).toBe("Neuer Betreff");
  });

  it("keeps a title the user set, an equal one, and any title when the Betreff is empty", () => {
    expect(titleFromBetreff("Mein Titel", "Neuer Betreff", "Alter Betreff")).toBeUndefined();
    expect(titleFromBetreff("Neubau", "Neubau")).toBeUndefined();
    expect(titleFromBetreff("", "  ")).toBeUndefined();
  });
});
