import { detectHost, languageOf } from "../../src/taskpane/host";

const office = (opts: { lang?: string; sets?: string[]; background?: string }) => ({
  context: {
    host: "Word",
    displayLanguage: opts.lang ?? "de-DE",
    officeTheme: { bodyBackgroundColor: opts.background ?? "#ffffff" },
    requirements: { isSetSupported: (name: string, v?: string) => (opts.sets ?? []).includes(`${name} ${v}`) },
  },
});

describe("detectHost", () => {
  it("reports a browser when office.js is absent or not in Office, in the browser's language", () => {
    expect(detectHost(undefined, "en-GB")).toEqual({ kind: "browser", lang: "en", dark: false });
    expect(detectHost({ context: {} }, "de-AT")).toEqual({ kind: "browser", lang: "de", dark: false });
  });

  it("reports Office 2019 (WordApi 1.3 only) so that the pane can explain what is missing", () => {
    expect(detectHost(office({ sets: ["WordApi 1.3"] }))).toMatchObject({ kind: "word", wordApi13: true, wordApi14: false });
  });

  it("reports the Common API's custom XML parts, which Office 2019/2021 have", () => {
    expect(detectHost(office({ sets: ["WordApi 1.3", "CustomXmlParts 1.1"] }))).toMatchObject({ wordApi14: false, customXmlParts: true });
    expect(detectHost(office({ sets: ["WordApi 1.3"] }))).not.toHaveProperty("customXmlParts");
  });

  it("follows Office's display language and dark theme", () => {
    expect(detectHost(office({ lang: "en-US", sets: ["WordApi 1.3", "WordApi 1.4"], background: "#1f1f1f" }))).toEqual({
      kind: "word",
      lang: "en",
      wordApi13: true,
      wordApi14: true,
      dark: true,
    });
  });
});

describe("languageOf", () => {
  it("is German unless the language is English", () => {
    expect(["de-DE", "fr-FR", undefined, "EN-us"].map(languageOf)).toEqual(["de", "de", "de", "en"]);
  });
});
