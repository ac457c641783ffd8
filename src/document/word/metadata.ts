import { planProperties, toDocumentProperties } from "../../core/metadata/document-properties";
import { METADATA_NAMESPACE, toMetadataXml } from "../../core/metadata/metadata-xml";
import { readMetadataXml, type MetadataRead } from "../../core/metadata/read-metadata-xml";
import type { Vorlage } from "../../core/model/vorlage";
import type { Finding } from "../../core/validation/finding";
import { validate } from "../../core/validation/validate";
import type { MetadataWrite } from "../port";
import { WordError } from "./word-error";
import { promised, type CommonXmlPart } from "./word-host";
import type { WordSession } from "./word-session";

/** Custom XML parts over 1 MB fail on Word on the web. */
const MAX_XML_PART = 1024 * 1024;

/**
 * Writes the custom XML part and the document properties, all or nothing: a part too
 * large for Word on the web is refused before anything is written; properties of ours
 * that the Vorlage no longer has are deleted (clearing a field does not clear a property
 * written earlier: CustomProperty.delete). WordApi 1.4 hosts take the part through
 * document.customXmlParts; older ones (Office 2019/2021) through the Common API
 * (Office.context.document.customXmlParts, requirement set CustomXmlParts, Office 2013+).
 */
export async function writeMetadata(session: WordSession, vorlage: Vorlage): Promise<MetadataWrite> {
  const xml = toMetadataXml(vorlage, session.profile);
  if (new TextEncoder().encode(xml).length > MAX_XML_PART) throw new WordError("too-large", "MetadataPartOver1MB");
  const withPart = session.host.supports("WordApi", "1.4");
  const common = withPart ? undefined : session.host.customXmlParts?.();
  // Common API first: add the new part; the old ones go only after the properties are written.
  const oldCommon = common ? await promised<readonly CommonXmlPart[]>((cb) => common.getByNamespaceAsync(METADATA_NAMESPACE, cb)) : [];
  const added = common ? await promised<CommonXmlPart | undefined>((cb) => common.addAsync(xml, cb)) : undefined;
  let kept: readonly string[] = [];
  try {
    await session.write(async (context) => {
      const prepare = loadMetadataWrite(session, context);
      await context.sync();
      const prepared = prepare(vorlage);
      prepared.queue();
      await context.sync();
      kept = prepared.kept;
    });
  } catch (e) {
    if (added) await promised<undefined>((cb) => added.deleteAsync(cb));
    throw e;
  }
  for (const old of oldCommon) await promised<undefined>((cb) => old.deleteAsync(cb));
  return { xmlPart: withPart || common ? "written" : "unsupported", properties: "written", kept };
}

/** A metadata write prepared inside an action's Word.run (see {@link loadMetadataWrite}). */
export interface PreparedMetadata {
  /** Queues the properties and, on WordApi 1.4, the part (replacing ours) for the caller's next sync. */
  queue(): void;
  /** After the Word.run: on hosts before WordApi 1.4 the part through the Common API (not a Word.run). */
  after(): Promise<MetadataWrite>;
  /** Names of ours left out: the document holds a property of that name we did not write (`planProperties`). */
  readonly kept: readonly string[];
}

/**
 * The metadata write as part of an action's one Word.run (issue 21: one Word.run per action): queues the
 * loads of what it replaces (our properties, our part) into the caller's next sync; after it, `prepare` checks
 * the Vorlage (a part over 1 MB is refused before anything is queued: all or nothing) and answers the writes.
 */
export function loadMetadataWrite(session: WordSession, context: Word.RequestContext): (vorlage: Vorlage) => PreparedMetadata {
  const withPart = session.host.supports("WordApi", "1.4");
  const existing = context.document.properties.customProperties;
  // The values too: our mark („Eigenschaften der Vorlage“) names the properties we wrote.
  existing.load("items/key,items/value");
  const parts = withPart ? context.document.customXmlParts.getByNamespace(METADATA_NAMESPACE) : undefined;
  parts?.load("items");
  return (vorlage) => {
    const xml = toMetadataXml(vorlage, session.profile);
    const properties = toDocumentProperties(vorlage, session.profile, validate(vorlage, session.profile));
    if (new TextEncoder().encode(xml).length > MAX_XML_PART) throw new WordError("too-large", "MetadataPartOver1MB");
    // A property of our name that we did not write is somebody else's and stays (as the .docx writer does).
    const plan = planProperties(properties, new Map(existing.items.map((p) => [p.key, p.value as string | number | boolean])));
    return {
      kept: plan.kept,
      queue: () => {
        for (const p of existing.items) if (plan.remove.has(p.key.toLowerCase())) p.delete();
        for (const p of plan.write) context.document.properties.customProperties.add(p.name, p.value);
        if (parts) {
          // Replace rather than edit: one part of ours, always the whole current state.
            for (const part of parts.items) part.delete();
          context.document.customXmlParts.add(xml);
        }
      },
      after: async () => {
        const common = withPart ? undefined : session.host.customXmlParts?.();
        if (common) {
          const old = await promised<readonly CommonXmlPart[]>((cb) => common.getByNamespaceAsync(METADATA_NAMESPACE, cb));
          await promised<CommonXmlPart | undefined>((cb) => common.addAsync(xml, cb));
          for (const o of old) await promised<undefined>((cb) => o.deleteAsync(cb));
        }
        return { xmlPart: withPart || common ? "written" : "unsupported", properties: "written", kept: plan.kept };
      },
    };
  };
}

export async function readMetadata(session: WordSession): Promise<MetadataRead | undefined> {
  if (!session.host.supports("WordApi", "1.4")) return readCommonPart(session);
  return session.run(async (context) => {
    const stored = queueStoredPart(session, context);
    await context.sync();
    return stored.read(true);
  });
}

/** Our custom XML part as the body read's sync hands it over: its text on request, and whether a file carries it more than once. */
export interface StoredPart {
  /** The part's text (`CustomXmlPart.getXml`, one more sync) only when it is `wanted` and there is a part. */
  read(wanted: boolean): Promise<MetadataRead | undefined>;
  /**
   * `metadata-duplicate`, as check says it (docx/duplicate-metadata.ts), where Word lists our namespace's part more
   * than once: only the first is read and written. Word names a part by its `id` (a GUID), not by the package's part
   * name check names (customXml/item2.xml): the finding names the ids. None below WordApi 1.4, where the Common API
   * would cost a round trip of its own.
   */
  duplicates(): Finding[];
}

/**
 * Queues the read of our custom XML part into a batch that syncs anyway (the body read), so
 * that reading what the house style does not print costs no round trip of its own: WordApi 1.4
 * `document.customXmlParts.getByNamespace` with its items' ids loaded. After that sync, `read`
 * gets the part's text (`CustomXmlPart.getXml`, one more sync) only when it
 * is `wanted` and there is a part. Hosts before WordApi 1.4 read it through the Common API
 * (Office.context.document.customXmlParts.getByNamespaceAsync, requirement set CustomXmlParts).
 */
export function queueStoredPart(session: WordSession, context: Word.RequestContext): StoredPart {
  if (!session.host.supports("WordApi", "1.4")) return { read: async (wanted) => (wanted ? readCommonPart(session) : undefined), duplicates: () => [] };
  const parts = context.document.customXmlParts.getByNamespace(METADATA_NAMESPACE);
  parts.load("items/id");
  return {
    read: async (wanted) => {
      // eslint-disable-next-line office-addins/call-sync-before-read, office-addins/load-object-before-read -- called only after the caller's sync; "items/id" loads the items
      const first = wanted ? parts.items[0] : undefined;
      if (!first) return undefined;
      const xml = first.getXml();
      await context.sync();
      // eslint-disable-next-line office-addins/load-object-before-read -- a ClientResult is filled by sync; it has no load
      return readMetadataXml(xml.value);
    },
    duplicates: () => {
      const ids = parts.items.map((p) => p.id);
      if (ids.length < 2) return [];
      const [counts, ...others] = ids as [string, ...string[]];
      return [{ code: "metadata-duplicate", severity: "warning", location: { type: "document" }, params: { gilt: counts, weitere: others.join(", "), anzahl: String(ids.length) } }];
    },
  };
}

async function readCommonPart(session: WordSession): Promise<MetadataRead | undefined> {
  const common = session.host.customXmlParts?.();
  if (!common) return undefined;
  const parts = await promised<readonly CommonXmlPart[]>((cb) => common.getByNamespaceAsync(METADATA_NAMESPACE, cb));
  const first = parts[0];
  return first ? readMetadataXml(await promised<string>((cb) => first.getXmlAsync(cb))) : undefined;
}

export async function readProperties(session: WordSession): Promise<ReadonlyMap<string, string | number | boolean>> {
  return session.run(async (context) => {
    const props = context.document.properties.customProperties;
    props.load("items/key,items/value");
    await context.sync();
    return new Map(props.items.map((p) => [p.key, p.value as string | number | boolean]));
  });
}

