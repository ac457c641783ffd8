import type { Rule } from "../rule";
import { amountsInText } from "./amounts-in-text";
import { bezuege } from "./bezuege";
import { blocks } from "./blocks";
import { dates } from "./dates";
import { dezernatShares } from "./dezernat-shares";
import { dezernate } from "./dezernate";
import { finanzierungRule } from "./finanzierung";
import { invisibleCharacters } from "./invisible-characters";
import { numbering } from "./numbering";
import { personalData } from "./personal-data";
import { references } from "./references";
import { requiredFields } from "./required-fields";
import { sections } from "./sections";
import { verteiler } from "./verteiler";
import { vorlagenNr } from "./vorlagen-nr";

/** Every rule, in the order their findings are listed for a reviewer (header first). */
export const RULES: readonly Rule[] = [
  requiredFields,
  vorlagenNr,
  dezernate,
  dates,
  sections,
  numbering,
  finanzierungRule,
  amountsInText,
  dezernatShares,
  references,
  bezuege,
  verteiler,
  blocks,
  personalData,
  invisibleCharacters,
];
