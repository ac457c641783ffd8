/** Where a recognised part stands in the plain text: paragraph index and character range. */
export interface TextRange {
  readonly paragraph: number;
  readonly start: number;
  readonly end: number;
}

/**
 * What the recogniser found and where, so that a document adapter can wrap exactly those
 * characters and paragraphs in content controls without retyping anything.
 */
export interface Anchors {
  readonly sections: readonly {
    readonly id: string;
    readonly heading: number;
    readonly number?: TextRange;
    readonly clauses: readonly { readonly id: string; readonly first: number; readonly last: number; readonly number?: TextRange }[];
  }[];
  readonly fields: readonly { readonly field: string; readonly range: TextRange }[];
}
