import { EMPTY_HEADER } from "../model/builders";
import type { Header, Vorlage } from "../model/vorlage";
import { layoutOf, parseTemplate } from "../profile/layout";

/**
 * What a city's house style keeps but does not print (`houseStyle.layout.verborgen`), and
 * where it lives: in the metadata part, Word's place for a document's data, never as hidden
 * text in the body. Hidden text is what Word's Document Inspector asks to remove before
 * publishing, what a user who prints with hidden text on puts on paper, and a second copy
 * beside the metadata part that can drift from it. Documents of earlier versions keep these
 * values in hidden paragraphs of ours; they are still read from there (the body wins where
 * it holds them) and move to the metadata part the next time we write the document.
 */
export interface NotPrinted {
  /** Header fields with no line of the layout's Kopf (Wiesbaden: Vorlagenart, Sitzungsart …), when the Angaben are not printed. */
  readonly header: readonly (keyof Header)[];
  readonly zustaendigkeit: boolean;
  readonly finanzierung: boolean;
  /** The Beratungsfolge stands among the Angaben: not printed with them. */
  readonly beratungsfolge: boolean;
}

const HEADER_KEYS = Object.keys(EMPTY_HEADER) as (keyof Header)[];

/** What the profile's house style does not print. */
export function notPrinted(profile: Parameters<typeof layoutOf>[0]): NotPrinted {
  const layout = layoutOf(profile);
  const hidden = new Set(layout.verborgen);
  const shown = new Set(layout.kopf.flatMap((l) => parseTemplate(l.text).flatMap((p) => ("field" in p ? [p.field] : []))));
  return {
    header: hidden.has("angaben") ? HEADER_KEYS.filter((k) => !shown.has(`header.${k}`)) : [],
    zustaendigkeit: hidden.has("zustaendigkeit"),
    finanzierung: hidden.has("finanzierung"),
    beratungsfolge: hidden.has("angaben"),
  };
}

/** Whether the house style prints everything (then nothing lives only in the metadata part). */
export const printsEverything = (np: NotPrinted): boolean => np.header.length === 0 && !np.zustaendigkeit && !np.finanzierung && !np.beratungsfolge;

/** What a structured body holds of its own: field controls (outside entries) and our containers. */
export interface BodyHolds {
  readonly fields: ReadonlySet<string>;
  readonly containers: ReadonlySet<string>;
}

/**
 * The Vorlage read from a body, with what the house style does not print taken from the
 * stored metadata where the body does not hold it. A body of an earlier version that still
 * holds a value (a hidden paragraph of ours) keeps it: the body wins, as everywhere.
 */
export function withStoredNotPrinted(body: Vorlage, stored: Vorlage, np: NotPrinted, holds: BodyHolds): Vorlage {
  const header = { ...body.header } as Record<keyof Header, Header[keyof Header]>;
  for (const k of np.header) if (!holds.fields.has(`header.${k}`)) header[k] = stored.header[k];
  const z = np.zustaendigkeit && !holds.containers.has("zustaendigkeit");
  return {
    ...body,
    header: header as unknown as Header,
    zustaendigkeit: {
      federfuehrend: z && !holds.fields.has("zustaendigkeit.federfuehrend") ? stored.zustaendigkeit.federfuehrend : body.zustaendigkeit.federfuehrend,
      beteiligt: z && !holds.fields.has("zustaendigkeit.beteiligt") ? stored.zustaendigkeit.beteiligt : body.zustaendigkeit.beteiligt,
    },
    finanzierung: np.finanzierung && !holds.containers.has("finanzierung") && body.finanzierung === undefined ? stored.finanzierung : body.finanzierung,
    beratungsfolge: np.beratungsfolge && body.beratungsfolge.length === 0 ? stored.beratungsfolge : body.beratungsfolge,
  };
}

/**
 * `target` with the not-printed values of `source`: what the metadata part gets when the
 * user changes a value that is not printed (the pane's Angaben), everything else as the
 * body holds it.
 */
export function withNotPrintedOf(target: Vorlage, source: Vorlage, np: NotPrinted): Vorlage {
  const header = { ...target.header } as Record<keyof Header, Header[keyof Header]>;
  for (const k of np.header) header[k] = source.header[k];
  return {
    ...target,
    header: header as unknown as Header,
    zustaendigkeit: np.zustaendigkeit ? source.zustaendigkeit : target.zustaendigkeit,
    finanzierung: np.finanzierung ? source.finanzierung : target.finanzierung,
    beratungsfolge: np.beratungsfolge ? source.beratungsfolge : target.beratungsfolge,
  };
}
