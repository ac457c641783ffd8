import type { ProfileProblem, SchemaProblem, VorlageJsonProblem } from "../core/errors";

/**
 * Why a profile or a Vorlage JSON is refused, in the user's language. The core states the
 * problem as a value (the JSON Schema keyword and its parameters, or a check of its own);
 * the validator's English message never reaches a German user.
 */
type Lang = "de" | "en";

const TYPE_WORDS: Record<Lang, Record<string, string>> = {
  de: { string: "ein Text", number: "eine Zahl", integer: "eine ganze Zahl", boolean: "true oder false", object: "ein Objekt ({ … })", array: "eine Liste ([ … ])", null: "null" },
  en: { string: "a string", number: "a number", integer: "a whole number", boolean: "true or false", object: "an object ({ … })", array: "a list ([ … ])", null: "null" },
};

const list = (values: unknown, lang: Lang): string =>
  (Array.isArray(values) ? values : [values]).map((v) => (lang === "de" ? `„${String(v)}“` : `"${String(v)}"`)).join(", ");

function schemaText(p: SchemaProblem, lang: Lang): string {
  const q = p.params as Record<string, unknown>;
  const de = lang === "de";
  const types = String(q.type ?? "")
    .split(",")
    .map((t) => TYPE_WORDS[lang][t] ?? t)
    .join(de ? " oder " : " or ");
  const n = Number(q.limit);
  switch (p.keyword) {
    case "required":
      return de ? "diese Pflichtangabe fehlt" : "this required value is missing";
    case "additionalProperties":
      return de ? "diese Angabe ist hier nicht vorgesehen (Schreibweise prüfen)" : "this value is not expected here (check the spelling)";
    case "type":
      return de ? `muss ${types} sein` : `must be ${types}`;
    case "enum":
      return de ? `muss einer dieser Werte sein: ${list(q.allowedValues, lang)}` : `must be one of: ${list(q.allowedValues, lang)}`;
    case "const":
      return de ? `muss ${list(q.allowedValue, lang)} sein` : `must be ${list(q.allowedValue, lang)}`;
    case "pattern":
      return de ? "hat nicht die erwartete Form" : "does not have the expected form";
    case "format":
      return q.format === "date" ? (de ? "ist kein Datum der Form JJJJ-MM-TT" : "is not a date of the form YYYY-MM-DD") : de ? `ist kein gültiger Wert der Form „${String(q.format)}“` : `is not a valid "${String(q.format)}"`;
    case "minimum":
    case "exclusiveMinimum":
    case "maximum":
    case "exclusiveMaximum":
      return de ? `muss ${String(q.comparison)} ${String(q.limit)} sein` : `must be ${String(q.comparison)} ${String(q.limit)}`;
    case "minLength":
      return n <= 1 ? (de ? "darf nicht leer sein" : "must not be empty") : de ? `muss mindestens ${n} Zeichen lang sein` : `must be at least ${n} characters long`;
    case "maxLength":
      return de ? `darf höchstens ${n} Zeichen lang sein` : `must be at most ${n} characters long`;
    case "minItems":
      return de ? `muss mindestens ${n} ${n === 1 ? "Eintrag" : "Einträge"} haben` : `must have at least ${n} ${n === 1 ? "entry" : "entries"}`;
    case "maxItems":
      return de ? `darf höchstens ${n} ${n === 1 ? "Eintrag" : "Einträge"} haben` : `must have at most ${n} ${n === 1 ? "entry" : "entries"}`;
    case "uniqueItems":
      return de ? `Einträge ${String(q.j)} und ${String(q.i)} sind gleich; jeder darf nur einmal vorkommen` : `entries ${String(q.j)} and ${String(q.i)} are the same; each may appear once`;
    case "oneOf":
    case "anyOf":
      return de ? "passt zu keiner der erlaubten Formen" : "matches none of the allowed forms";
    default:
      return de ? `entspricht nicht dem Schema (Regel „${p.keyword}“)` : `does not match the schema (rule "${p.keyword}")`;
  }
}

function profileText(p: ProfileProblem, lang: Lang): string {
  const de = lang === "de";
  switch (p.kind) {
    case "schema":
      return schemaText(p, lang);
    case "unknown-field":
      return de ? `das Feld „{${p.field}}“ gibt es nicht` : `there is no field "{${p.field}}"`;
    case "unknown-variant":
      return de ? `„{${p.field}:${p.variant}}“: diese Form des Feldes gibt es nicht` : `"{${p.field}:${p.variant}}": the field has no such form`;
    case "not-a-pattern":
      return de ? "ist kein gültiger regulärer Ausdruck" : "is not a valid regular expression";
    case "example-does-not-match":
      return de ? `das Beispiel „${p.example}“ passt nicht zum eigenen Muster` : `the example "${p.example}" does not match its own pattern`;
    case "duplicate":
      return de ? `${p.what === "dezernat" ? "Dezernat" : "Abschnittsart"} „${p.value}“ ist doppelt angegeben` : `${p.what === "dezernat" ? "Dezernat" : "section kind"} "${p.value}" is given twice`;
    case "unknown-reference":
      return de
        ? `${{ dezernat: "ein Dezernat", "section-kind": "eine Abschnittsart", field: "ein Feld" }[p.what]} „${p.value}“ ist nicht erklärt`
        : `${{ dezernat: "a Dezernat", "section-kind": "a section kind", field: "a field" }[p.what]} "${p.value}" is not declared`;
    case "no-beschluss-kind":
      return de ? "ein Profil muss die Abschnittsart „beschluss“ erklären" : 'a profile must declare the section kind "beschluss"';
    case "not-an-address":
      return de ? `„${p.text}“ wird nicht als Straße und Hausnummer gelesen` : `"${p.text}" is not read as street and house number`;
  }
}

/** „an der Stelle /dezernate/list/0/id: … “ — where in the file, then why. */
function at(path: string, text: string, lang: Lang): string {
  if (path === "") return text;
  return lang === "de" ? `an der Stelle ${path}: ${text}` : `at ${path}: ${text}`;
}

/** The reason a profile is refused; without a problem value (a check added later), a German sentence with the place. */
export function profileProblemText(path: string, problem: ProfileProblem | undefined, lang: Lang): string {
  return at(path, problem ? profileText(problem, lang) : lang === "de" ? "Wert nicht zulässig" : "value not allowed", lang);
}

function vorlageJsonText(p: VorlageJsonProblem, lang: Lang): string {
  const de = lang === "de";
  switch (p.kind) {
    case "schema":
      return schemaText(p, lang);
    case "verweis-ziel-unbekannt":
      return de
        ? `der Verweis nennt die Kennung „${p.ziel}“, aber keine Ziffer und kein Unterpunkt dieser Vorlage hat sie`
        : `the reference names the id "${p.ziel}", but no clause or sub-point of this Vorlage has it`;
    case "verweis-ausserhalb":
      return de
        ? `die Stelle ${p.start} bis ${p.end} liegt nicht im Text (er hat ${p.length} Zeichen)`
        : `the place ${p.start} to ${p.end} is not within the text (it has ${p.length} characters)`;
    case "verweis-ueberlappend":
      return de
        ? "der Verweis überschneidet sich mit dem vorigen oder steht vor ihm; Verweise stehen in der Reihenfolge des Textes"
        : "the reference overlaps the previous one or stands before it; references are listed in text order";
    case "verweis-keine-nummer":
      return de
        ? `an dieser Stelle steht „${p.shows}“, keine Nummer einer Ziffer oder eines Unterpunkts`
        : `the text at this place is "${p.shows}", not the number of a clause or sub-point`;
  }
}

/** The reason a Vorlage JSON (new --from) is refused. */
export function schemaProblemText(path: string, problem: VorlageJsonProblem | undefined, lang: Lang): string {
  return at(path, problem ? vorlageJsonText(problem, lang) : lang === "de" ? "entspricht nicht dem Schema" : "does not match the schema", lang);
}
