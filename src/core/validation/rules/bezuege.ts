import type { Hit, Rule } from "../rule";

/** A reference to an earlier decision is only useful if it can be found: Gremium, date and BP number. */
export const bezuege: Rule = {
  id: "bezuege",
  codes: { "bezug-incomplete": "warning" },
  check: ({ vorlage }) =>
    vorlage.bezuege
      .filter((b) => b.gremium.trim() === "" || b.datum === "" || b.bp.trim() === "")
      .map((b): Hit => ({ code: "bezug-incomplete", location: { type: "entry", list: "bezuege", id: b.id } })),
};
