import type { Vorlage } from "../../model/vorlage";
import type { RequirableField } from "../../profile/profile";
import { field, type Hit, type Rule } from "../rule";

function isMissing(v: Vorlage, name: RequirableField): boolean {
  switch (name) {
    case "finanzierung":
      return v.finanzierung === undefined;
    case "zeichnungen":
      return v.zeichnungen.length === 0;
    case "zustaendigkeit.federfuehrend":
      return v.zustaendigkeit.federfuehrend.trim() === "";
    case "header.sitzungsart":
      return v.header.sitzungsart === undefined;
    default: {
      const value = v.header[name.slice("header.".length) as keyof Vorlage["header"]];
      return typeof value !== "string" || value.trim() === "";
    }
  }
}

/** The fields a profile lists as required must be filled; which ones is data, not code. */
export const requiredFields: Rule = {
  id: "required-fields",
  codes: { "field-missing": "error" },
  check: ({ vorlage, profile }) =>
    profile.requiredFields.filter((name) => isMissing(vorlage, name)).map((name): Hit => ({
      code: "field-missing",
      location: field(name),
      params: { field: name },
    })),
};
