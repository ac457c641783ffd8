import type { Clause, Vorlage } from "../model/vorlage";
import type { Profile } from "../profile/profile";
import type { Finding } from "../validation/finding";
import type { Role } from "../recognize/decode/roles";
import { normalizeNumber } from "../numbering/derive-numbers";
import { detectReferences, type TypedReference } from "./detect-references";
import { identities, sharedNumberAfter, sharedNumbers, shownNumbering, typedResolver, type Pairing } from "./typed-targets";

/**
 * References typed anywhere in a document's text, not only in its clauses: a Begründung that
 * says „Die in Ziffer 2.3 genannte Wartung …“, a Finanzierung „(Ziffer 1 und 2)“, a clause „den
 * Beschluss zu c) zu fassen“ where the clauses are lettered. The Vorlage holds no Sachverhalt,
 * Begründung or table text, so these are read from the lines recognition read: `recognize
 * --renumber` refuses where renumbering would make one name another clause, and `check` warns
 * where one names a number the document does not show. Linear in the text.
 */

/** A line of the document with the role recognition gave it (see personal-data's ReadLine). */
export interface TextLine {
  readonly text: string;
  readonly decoded: { readonly role: Role; readonly head?: boolean };
}

/** Where a line stands, in the words a reader finds it by (the params personal-data findings use too). */
export type TextPlace =
  | { readonly stelle: "teil"; readonly teil: string; readonly absatz: number }
  | { readonly stelle: "absatz"; readonly absatz: number }
  | { readonly stelle: "ziffer"; readonly ziffer: string }
  | { readonly stelle: "kopf" }
  | { readonly stelle: "beratungsfolge" };

/** A reference typed in a line, with the words as they stand („Ziffer 2.3“, „zu c)“) and its place. */
export interface ReferenceInText {
  readonly reference: TypedReference;
  readonly text: string;
  readonly place: TextPlace;
  /** The line is a clause or a sub-point's (their own references are also read from the model, with their owner). */
  readonly inClause: boolean;
}

/** A reference typed outside our links whose target a renumbering gives another number. */
export interface MovedReferenceInText {
  readonly text: string;
  readonly place: TextPlace;
  /** The number its target shows before, and would show after („“ when it shows none). */
  readonly before: string;
  readonly after: string;
  /** The number stood on several clauses: see MovedTypedReference's `shared`. */
  readonly shared?: true;
}

/**
 * A clause named by its letter after a preposition: „zu c)“, „unter a)“, „von a) und b)“. Only
 * where the document's clauses themselves are lettered does this name a clause (the resolver
 * decides); a sub-point's letter under its clause is „Buchstabe b“ in detect-references.
 */
const LETTERED = /(?<![\p{L}\d§.])(?:[Zz]u|[Uu]nter|[Nn]ach|[Gg]emäß|[Gg]em\.|[Ii]n|[Aa]us|[Vv]on|[Ss]iehe|[Vv]gl\.|s\.|[Bb]ei)\s+(\(?[a-z]\)(?:(?:\s*,\s*|\s+(?:und|sowie|oder|bis)\s+)\(?[a-z]\))*)/gu;

/** The lettered references of a text, as detect-references gives them (kind „ziffer“: a clause that shows a letter). */
export function letteredReferences(text: string): readonly TypedReference[] {
  const out: TypedReference[] = [];
  LETTERED.lastIndex = 0;
  for (let m = LETTERED.exec(text); m !== null; m = LETTERED.exec(text)) {
    const list = m[1] as string;
    const from = m.index + m[0].length - list.length;
    for (const x of list.matchAll(/\(?([a-z])\)/gu)) {
      const start = from + (x.index ?? 0) + (x[0].startsWith("(") ? 1 : 0);
      out.push({ start, end: start + 2, number: x[1] as string, kind: "ziffer", certain: true });
    }
  }
  return out;
}

const PARTS: ReadonlySet<Role> = new Set<Role>(["sachverhalt", "finanzierung", "anlagen"]);

/** A part's heading as the reader sees it: „Begründung:“ → „Begründung“. */
function headingWords(text: string): string {
  const t = text.trim();
  const colon = t.indexOf(":");
  const words = (colon > 0 ? t.slice(0, colon) : t).trim();
  return words.length > 60 ? `${words.slice(0, 59)}…` : words;
}

/** The reference with the word before it, as a reader finds it in the text: „Ziffer 2.3“, „zu c)“. */
function quoted(text: string, r: TypedReference): string {
  const start = text.lastIndexOf(" ", Math.max(0, r.start - 2)) + 1;
  return text.slice(start, r.end).replace(/^\(/u, "");
}

/** The number a clause line starts with („b)“, „2.1“), which names the clause to its reader. */
const CLAUSE_START = /^\s*(\(?[a-z]\)|\d{1,2}(?:\.\d{1,2})*\.?\)?)(?=\s)/u;

/**
 * Every typed reference in the lines, with its place: in clause and sub-point lines only the
 * lettered forms (the others are read from the model with their owner clause), elsewhere every
 * form detect-references knows and the lettered ones.
 */
export function referencesInText(lines: readonly TextLine[]): readonly ReferenceInText[] {
  const out: ReferenceInText[] = [];
  let teil: string | undefined;
  let absatzImTeil = 0;
  let absatz = 0;
  for (const line of lines) {
    if (line.text.trim() === "") continue;
    absatz += 1;
    const { role, head } = line.decoded;
    const inPart = PARTS.has(role);
    if (head === true && inPart) {
      teil = headingWords(line.text);
      absatzImTeil = 0;
    } else if (inPart && teil !== undefined) absatzImTeil += 1;
    else if (!inPart) teil = undefined;
    const inClause = role === "clause" || role === "sub-point";
    const found = inClause ? letteredReferences(line.text) : [...detectReferences(line.text), ...letteredReferences(line.text)];
    if (found.length === 0) continue;
    const ziffer = inClause ? CLAUSE_START.exec(line.text)?.[1] : undefined;
    const place: TextPlace =
      ziffer !== undefined
        ? { stelle: "ziffer", ziffer }
        : role === "header-field" || role === "letterhead"
        ? { stelle: "kopf" }
        : role === "beratungsfolge"
          ? { stelle: "beratungsfolge" }
          : inPart && teil !== undefined
            ? { stelle: "teil", teil, absatz: absatzImTeil }
            : { stelle: "absatz", absatz };
    for (const reference of found) out.push({ reference, text: quoted(line.text, reference), place, inClause });
  }
  return out;
}

/** Where each clause and sub-point stands: renumbering changes no order, but a sub-point read from typed letters gets a fresh id on every reading. */
function positions(v: Vorlage): { readonly keyOf: ReadonlyMap<string, string>; readonly idOf: ReadonlyMap<string, string> } {
  const keyOf = new Map<string, string>();
  const idOf = new Map<string, string>();
  const put = (id: string, key: string) => {
    keyOf.set(id, key);
    idOf.set(key, id);
  };
  v.sections.forEach((s, si) =>
    s.clauses.forEach((c, ci) => {
      put(c.id, `${si}/${ci}`);
      (c.unterpunkte ?? []).forEach((u, ui) => put(u.id, `${si}/${ci}/${ui}`));
    }),
  );
  return { keyOf, idOf };
}

/**
 * The references typed in the text whose target shows another number in `after` than in
 * `before`: what a renumbering that leaves the user's words alone would make point elsewhere.
 * Only forms that always mean a clause count (see detect-references' `certain`); a letter
 * alone („Buchstabe b“) outside a clause names no clause for certain and is left out.
 */
export function movedReferencesInText(lines: readonly TextLine[], before: Vorlage, after: Vorlage, profile: Pick<Profile, "numbering">, pairing: Pairing = "by-place"): readonly MovedReferenceInText[] {
  const found = referencesInText(lines).filter((r) => r.reference.certain && (r.reference.kind === "ziffer" || r.reference.clause !== undefined));
  if (found.length === 0) return [];
  const shownBefore = shownNumbering(before, profile);
  const shownAfter = shownNumbering(after, profile);
  const resolve = typedResolver(before, shownBefore);
  const shared = sharedNumbers(before, shownBefore);
  const pair = pairing === "by-id" ? identities : positions;
  const was = pair(before);
  const now = pair(after);
  const moved: MovedReferenceInText[] = [];
  for (const f of found) {
    const ziel = resolve(f.reference.kind, f.reference.number, undefined as Clause | undefined, f.reference.clause);
    const sharedBy = f.reference.kind === "ziffer" && f.reference.clause === undefined ? shared.get(f.reference.number) : undefined;
    if (ziel === undefined && sharedBy !== undefined) {
      const afterNumbers = sharedNumberAfter(sharedBy, f.reference.number, was.keyOf, now.idOf, shownAfter);
      if (afterNumbers !== undefined) moved.push({ text: f.text, place: f.place, before: f.reference.number, after: afterNumbers, shared: true });
      continue;
    }
    if (ziel === undefined) continue;
    const afterId = now.idOf.get(was.keyOf.get(ziel) ?? "");
    const shown = afterId === undefined ? undefined : shownAfter.byId.get(afterId);
    if (shown !== undefined && normalizeNumber(shown) === normalizeNumber(shownBefore.byId.get(ziel) ?? "")) continue;
    moved.push({ text: f.text, place: f.place, before: shownBefore.byId.get(ziel) ?? f.reference.number, after: shown ?? "" });
  }
  return moved;
}

/** Codes of the check on references typed outside the clauses (the catalogues hold their words). */
export const TEXT_REFERENCE_FINDING_CODES = { "verweis-ziel-fehlt-text": "warning" } as const;

/**
 * `check`: a reference typed outside the clauses in a certain form („Ziffer 4“, „unter 1.3“)
 * to a clause number the document does not show is a warning, with its place. Lettered forms
 * and letters („Buchstabe b“) are not checked here: outside a clause they name nothing for certain.
 */
export function missingTargetsInText(lines: readonly TextLine[], v: Vorlage, profile: Pick<Profile, "numbering">): readonly Finding[] {
  const found = detectedOutsideClauses(lines);
  if (found.length === 0 || v.sections.every((s) => s.clauses.length === 0)) return [];
  const shown = shownNumbering(v, profile);
  const numbers = new Set(v.sections.flatMap((s) => s.clauses.map((c) => normalizeNumber(shown.byId.get(c.id) ?? ""))));
  return found
    .filter((f) => !numbers.has(f.reference.number))
    .map((f) => ({ code: "verweis-ziel-fehlt-text", severity: "warning", location: { type: "document" }, params: { verweis: f.reference.number, wortlaut: f.text, ...f.place } }) satisfies Finding);
}

/** The certain clause references of detect-references in the lines outside clauses (no lettered forms). */
function detectedOutsideClauses(lines: readonly TextLine[]): readonly ReferenceInText[] {
  return referencesInText(lines).filter((f) => !f.inClause && f.reference.certain && f.reference.kind === "ziffer" && !/^[a-z]$/u.test(f.reference.number));
}
