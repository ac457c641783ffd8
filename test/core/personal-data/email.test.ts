import { findPersonalEmails } from "../../../src/core/personal-data/email";
import { ownContactsOf } from "../../../src/core/personal-data/own-contacts";

const own = ownContactsOf({ domains: ["wiesbaden.de"], functionalMailboxes: ["amt[0-9]+"] });
const found = (text: string) => findPersonalEmails(text, own).map((h) => text.slice(h.start, h.end));

describe("e-mail addresses of persons", () => {
  it("finds a person's address, without the full stop that ends the sentence", () => {
    expect(found("Rückfragen an anna.meier@gmx.de.")).toEqual(["anna.meier@gmx.de"]);
    expect(found("(k.schulz@t-online.de)")).toEqual(["k.schulz@t-online.de"]);
    expect(found("frank.zimmer@ib-zimmer.de und lisa_neumann@yahoo.co.uk")).toEqual(["frank.zimmer@ib-zimmer.de", "lisa_neumann@yahoo.co.uk"]);
  });

  it("leaves addresses at the administration's domains alone, subdomains included", () => {
    expect(found("anna.schmidt@wiesbaden.de, poststelle@stadtarchiv.wiesbaden.de")).toEqual([]);
    expect(found("someone@notwiesbaden.de")).toEqual(["someone@notwiesbaden.de"]);
  });

  it("leaves functional mailboxes alone: generic ones anywhere, the profile's own too", () => {
    expect(found("info@tsv-biebrich.de, Kontakt@buergerstiftung.de, amt20@example.org")).toEqual([]);
    expect(found("amt20x@example.org")).toEqual(["amt20x@example.org"]);
  });

  it("without a profile knows only the generic mailboxes", () => {
    const bare = ownContactsOf(undefined);
    expect(findPersonalEmails("anna.schmidt@wiesbaden.de", bare)).toHaveLength(1);
    expect(findPersonalEmails("info@wiesbaden.de", bare)).toEqual([]);
  });
});
