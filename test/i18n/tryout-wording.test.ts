import { WIESBADEN } from "../../src/core/profile/builtin-profiles";
import type { Finding } from "../../src/core/validation/finding";
import { formatFinding } from "../../src/i18n/format-finding";

const unassigned = (auszug: string): Finding => ({ code: "recognize-unassigned", severity: "info", location: { type: "document" }, params: { auszug } });

describe("wording a new-user tryout found wanting", () => {
  it("says of a paragraph no part took that its text stays in the document, and what to do", () => {
    const de = formatFinding(unassigned("Die Maßnahme ist eilbedürftig."), "de", WIESBADEN);
    expect(de).toMatch(/^Der Absatz „Die Maßnahme ist eilbedürftig\.“ wurde keinem Teil der Vorlage zugeordnet; er bleibt unverändert im Dokument/u);
    expect(de).toMatch(/Überschrift/u);
    expect(formatFinding(unassigned("Urgent."), "en", WIESBADEN)).toMatch(/stays unchanged in the document.*heading/u);
  });

  it("quotes a quote inside a quote with single German quotation marks („…‚2.3‘…“)", () => {
    const de = formatFinding(unassigned("Die Umsetzung folgt Ziffer „2.3“ und dem Beschluss „Radwege“."), "de", WIESBADEN);
    expect(de).toContain("„Die Umsetzung folgt Ziffer ‚2.3‘ und dem Beschluss ‚Radwege‘.“");
    // A quote the excerpt cut open is not mistaken for a nested one.
    expect(formatFinding(unassigned("Der Verein „NExT"), "de", WIESBADEN)).toContain("„Der Verein „NExT“");
    expect(formatFinding(unassigned("Der Verein „NExT“"), "en", WIESBADEN)).toContain('"Der Verein „NExT“"');
  });
});
