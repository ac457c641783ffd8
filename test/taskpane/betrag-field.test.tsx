/**
 * @jest-environment jsdom
 */
import { FluentProvider, webLightTheme } from "@fluentui/react-components";
import { fireEvent, render, screen } from "@testing-library/react";
import { useState } from "react";
import { FinanzierungFields, type FinanzierungForm } from "../../src/taskpane/components/FinanzierungFields";
import { checkField } from "../../src/taskpane/components/field-checks";
import { PANE_PROFILE } from "../../src/taskpane/pane-profile";
import { UI_MESSAGES } from "../../src/i18n/ui-messages";

const EMPTY: FinanzierungForm = { auswirkungen: true, betrag: "", turnus: "", haushaltsjahr: "", quellen: [], bewirtschaftung: "" };

function Form() {
  const [value, setValue] = useState(EMPTY);
  let n = 0;
  return <FinanzierungFields value={value} onChange={setValue} profile={PANE_PROFILE} t={UI_MESSAGES.de} newId={() => `q${++n}`} />;
}

const betrag = () => screen.getByLabelText("Betrag") as HTMLInputElement;
/** The texts the Betrag input is described by (hint or error), as a screen reader hears them. */
const description = () =>
  (betrag().getAttribute("aria-describedby") ?? "")
    .split(" ")
    .map((id) => document.getElementById(id)?.textContent ?? "")
    .join(" ")
    .replace(/\u00a0/g, " ");

describe("the Betrag field takes amounts as people type them", () => {
  beforeEach(() =>
    render(
      <FluentProvider theme={webLightTheme}>
        <Form />
      </FluentProvider>,
    ),
  );

  it.each([
    ["1000", "= 1.000 €"],
    ["1.000", "= 1.000 €"],
    ["1.000,50", "= 1.000,50 €"],
    ["1000,00", "= 1.000 €"],
    ["1000 €", "= 1.000 €"],
    ["1.000 EUR", "= 1.000 €"],
    ["1 000 €", "= 1.000 €"],
  ])("reads %j and says what it understood (%s)", (typed, shown) => {
    fireEvent.change(betrag(), { target: { value: typed } });
    expect(description()).toContain(shown);
    expect(betrag().getAttribute("aria-invalid")).not.toBe("true");
  });

  it.each(["1.00", "1,000.50"])("refuses the ambiguous %j with a German hint", (typed) => {
    fireEvent.change(betrag(), { target: { value: typed } });
    expect(description()).toContain("Nicht eindeutig. Bitte Tausender mit Punkt und Cent mit Komma schreiben");
    expect(betrag().getAttribute("aria-invalid")).toBe("true");
  });
});

describe("the field check of a Betrag", () => {
  it("takes bare numbers and refuses ambiguous ones", () => {
    expect(checkField("amount", "1000")).toBeUndefined();
    expect(checkField("amount", "1.000")).toBeUndefined();
    expect(checkField("amount", "1.00")).toBe("amountAmbiguous");
    expect(checkField("amount", "abc")).toBe("amount");
  });
});
