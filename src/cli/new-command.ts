import { existsSync } from "node:fs";
import { InvalidValueError } from "../core/errors";
import { fromVorlageJson, InvalidVorlageJsonError } from "../core/metadata/vorlage-json-import";
import { schemaProblemText } from "../i18n/schema-problems";
import { clause, section, vorlage as emptyVorlage } from "../core/model/builders";
import { randomIds } from "../core/model/ids";
import type { Vorlage } from "../core/model/vorlage";
import { BUILTIN_PROFILES } from "../core/profile/builtin-profiles";
import type { Profile } from "../core/profile/profile";
import { DocxDocument } from "../document/docx/docx-document";
import { UnwritableTextError } from "../document/ooxml/writable-text";
import { UsageError, type Command } from "./command";
import { readInput, sameFile, saved, writeOutput } from "./user-files";

/** `beschluss new -o OUT [--from vorlage.json]`: a new Vorlage, empty or from its JSON. */
export const newCommand: Command = ({ values, profile, io, t, lang }) => {
  const out = values.out;
  if (!out) throw new UsageError(t.needsOut);
  if (existsSync(out) && !values.force) throw new UsageError(t.exists(out));
  if (values.from && sameFile(values.from, out)) throw new UsageError(t.outputIsInput);
  let v: Vorlage;
  let p = profile;
  if (values.from) {
    const text = new TextDecoder().decode(readInput(values.from, t));
    let json: unknown;
    try {
      json = JSON.parse(text);
    } catch {
      throw new UsageError(t.notJson(values.from));
    }
    try {
      const read = fromVorlageJson(json);
      v = read.vorlage;
      if (!values.profile && BUILTIN_PROFILES[read.profil]) p = BUILTIN_PROFILES[read.profil] as Profile;
    } catch (e) {
      if (e instanceof InvalidVorlageJsonError) throw new UsageError(t.badJson(schemaProblemText(e.path, e.problem, lang)));
      throw e;
    }
  } else {
    const id = randomIds;
    const kinds = p.sectionKinds.map((k) => k.kind);
    // Every block the profile requires is there to be filled in (Karlsruhe's CO2-Relevanz), as are the sections.
    const bloecke = Object.fromEntries(p.blocks.filter((b) => b.required).map((b) => [b.id, {}]));
    // And the close a Vorlage is filed with: one Verteiler entry under one Zeichnung, each field's prompt to be filled in.
    const zeichnung = { id: id(), ort: "", datum: "", zusatz: "", name: "" };
    const verteiler = [{ id: id(), empfaenger: "", bitte: undefined, zeichnung: zeichnung.id }];
    v = emptyVorlage({ sections: kinds.map((kind) => section(id(), kind, [clause(id(), "")])), bloecke, verteiler, zeichnungen: [zeichnung] });
  }
  let doc: DocxDocument;
  try {
    doc = DocxDocument.create(v, p, new Date().toISOString());
  } catch (e) {
    // Text XML cannot hold (control characters in the JSON) is the user's input, not our bug.
    if (e instanceof UnwritableTextError) throw new UsageError(t.unwritable(e.where));
    if (e instanceof InvalidValueError) throw new UsageError(t.badJson(e.message));
    throw e;
  }
  writeOutput(out, saved(doc, t, out), t);
  io.err(t.written(out));
  return 0;
};
