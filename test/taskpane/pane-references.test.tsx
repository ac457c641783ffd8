/**
 * @jest-environment jsdom
 */
import { fireEvent, screen } from "@testing-library/react";
import { deriveNumbers } from "../../src/core/numbering/derive-numbers";
import { referenceStates } from "../../src/core/references/follow-references";
import { PANE_PROFILE } from "../../src/taskpane/pane-profile";
import { renderPane, settled, SLOW } from "./render-pane";

const click = async (name: string) => {
  fireEvent.click(screen.getByRole("button", { name }));
  await settled();
};

describe("„Verweis einfügen“ in the preview, through the .docx adapter", () => {
  it("inserts „Ziffer 1.1“ at the end of the chosen clause, linked, and the reference follows a move", async () => {
    const { port } = await renderPane();
    await click("Abschnitt „Beschluss“ einfügen");
    for (const text of ["die Mittel bereitgestellt werden;", "die Mittel gesperrt bleiben, abweichend von"]) {
      fireEvent.change(screen.getByLabelText("Text der Ziffer"), { target: { value: text } });
      await click("Ziffer einfügen");
    }
    const v = (await port.read()).vorlage;
    const [first, second] = v.sections[0]?.clauses ?? [];
    if (!first || !second) throw new Error("two clauses expected");
    const owner = (await screen.findByLabelText("Verweis am Ende von", {}, SLOW)) as HTMLSelectElement;
    fireEvent.change(owner, { target: { value: second.id } });
    const target = screen.getByLabelText("Verweis auf") as HTMLSelectElement;
    // The list of targets offers every clause but the one the reference stands in.
    expect([...target.options].map((o) => o.value)).toEqual(["", first.id]);
    expect([...target.options].map((o) => o.text)[1]).toBe("Ziffer 1.1: die Mittel bereitgestellt werden;");
    fireEvent.change(target, { target: { value: first.id } });
    await click("Verweis einfügen");
    expect(await screen.findByText("Verweis „Ziffer 1.1“ eingefügt.")).toBeTruthy();
    const after = (await port.read()).vorlage;
    expect(after.sections[0]?.clauses[1]?.text).toBe("die Mittel gesperrt bleiben, abweichend von Ziffer 1.1");

    await click("Ziffer 1.1 nach unten verschieben");
    const moved = (await port.read()).vorlage;
    expect(moved.sections[0]?.clauses.map((c) => c.text)).toEqual(["die Mittel gesperrt bleiben, abweichend von Ziffer 1.2", "die Mittel bereitgestellt werden;"]);
    expect(referenceStates(moved, deriveNumbers(moved, PANE_PROFILE.numbering)).map((r) => [r.verweis.ziel, r.shows])).toEqual([[first.id, "1.2"]]);
  }, 60_000);
});
