/**
 * What a recognised document prints where our model derives: the heading of each section as
 * the document words it („Der Rat der Stadt beschließt:“, not the profile's phrase). With it,
 * an export says what the document says — its headings, and the clause numbers it shows
 * (`writtenNumber`) — instead of our profile's wording and numbering. A document of ours, with
 * its controls, has none: there the derived numbers and the profile's phrases are what it prints.
 */
export interface PrintedForm {
  /** Section id → the heading paragraph as printed. */
  readonly headings: ReadonlyMap<string, string>;
}

/**
 * A number as the export writes it: for a recognised document the number it prints, and none
 * where it prints none (an export must not number what the record leaves unnumbered, and
 * `check --json` shows the same); for a model without a printed form, the derived one.
 */
export const exportedNumber = (node: { readonly writtenNumber?: string }, derived: string | undefined, printed: PrintedForm | undefined): string | undefined =>
  printed !== undefined ? node.writtenNumber : derived;
