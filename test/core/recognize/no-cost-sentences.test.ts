import { sequentialIds } from "../../../src/core/model/ids";
import { WIESBADEN } from "../../../src/core/profile/builtin-profiles";
import { recognize } from "../../../src/core/recognize/recognize";

/**
 * A Finanzierung part that says in a sentence that the budget bears nothing — „Dem Haushalt der Stadt entstehen
 * keine Kosten.“, „Haushaltsmittel werden nicht benötigt.“ — states that the Vorlage has no financial effects, as
 * „Finanzielle Auswirkungen: keine“ does. A sentence that only says some cost is borne by others, or that names
 * an amount the Stadt bears, does not.
 */
const read = (effects: readonly string[]) =>
  recognize(
    ["Beschlussvorlage Nr. BV 12/2027", "Betreff: Bebauungsplan Nr. 09", "Beschlussvorschlag:", "Der Entwurf wird gebilligt.", "Finanzielle Auswirkungen", ...effects],
    WIESBADEN,
    sequentialIds("n"),
  ).vorlage.finanzierung?.auswirkungen;

describe("sentences that the budget bears nothing", () => {
  it("„Dem Haushalt der Stadt entstehen keine Kosten.“ after who bears the cost says there are no financial effects", () => {
    expect(read(["Die Kosten der Planung trägt der Vorhabenträger nach dem städtebaulichen Vertrag vom 30.06.2027. Dem Haushalt der Stadt entstehen keine Kosten."])).toBe(false);
  });

  it("„Haushaltsmittel werden nicht benötigt.“ says there are no financial effects", () => {
    expect(read(["Haushaltsmittel werden nicht benötigt."])).toBe(false);
  });

  it("„Der Gemeinde entstehen keine weiteren Kosten“ beside an amount she bears says nothing of the kind", () => {
    expect(read(["Die Planung kostet 12.000 €. Der Gemeinde entstehen darüber hinaus keine weiteren Kosten."])).not.toBe(false);
  });
});
