/**
 * What the accessibility check needs to know about a document, as plain values. An adapter
 * reads them from the package (src/document/ooxml/accessibility-facts.ts); the rules
 * (./rules.ts) decide on them without knowing WordprocessingML, so that they are tested with
 * facts written by hand and stay the same for every way a document is read.
 */

/** A section heading of the Vorlage ("1. Es wird zur Kenntnis genommen, dass"). */
export interface HeadingFact {
  /** The section's id, so that the finding points at it (pane, comments). */
  readonly sectionId?: string;
  /** The heading's text as shown, for the finding. */
  readonly text: string;
  /** The paragraph style's name (w:name), or its id when the style has none; undefined without a style. */
  readonly style?: string;
  /**
   * The outline level (0 = level 1) the paragraph has through its style: the style's own
   * w:outlineLvl, one inherited through w:basedOn, or that of the built-in „heading n“ it is
   * (or is based on). Undefined when the style gives none (body text, level 9 included).
   */
  readonly outlineLevel?: number;
}

/** A table of the body (nested tables too), in document order. */
export interface TableFact {
  /** 1-based, in document order, for the finding („Tabelle 2“). */
  readonly number: number;
  readonly rows: number;
  /** The first row repeats as header row (w:trPr/w:tblHeader). */
  readonly headerRow: boolean;
  /** A layout table: Word's „Table Normal“ (no table style, or the default one) and no borders drawn. */
  readonly layout: boolean;
  /** The beginning of the first cell's text, for the finding. */
  readonly excerpt: string;
  /**
   * Present when every row has exactly two cells: the first cell's text of each row and the second cell's of the
   * first row (each its first 80 characters or so), so that a key–value table („Vorlagen-Nr. | 25-V-03-0012“),
   * whose header is its first column, is told from a data table whose first row heads its columns.
   */
  readonly twoColumns?: { readonly labels: readonly string[]; readonly firstValue: string };
}

/** A picture, chart or shape of the body (DrawingML w:drawing or VML v:shape) that is not a text box. */
export interface ImageFact {
  readonly number: number;
  /** The object's name in Word (wp:docPr/@name), if any. */
  readonly name: string;
  /** A text alternative: wp:docPr/@descr or @title (VML: @alt or @title), not blank. */
  readonly alternative: boolean;
  /** Marked „decorative“ in Word (adec:decorative): it needs no text alternative. */
  readonly decorative: boolean;
}

/** A text box: DrawingML (wps:txbx) or VML (v:textbox), each only once (mc:Fallback copies are not counted). */
export interface TextBoxFact {
  readonly number: number;
  /** Positioned on the page (wp:anchor, or VML position:absolute) rather than in line with the text. */
  readonly floating: boolean;
  /** Its text (w:txbxContent), blank when it holds none. */
  readonly text: string;
}

/** A content control that shows its prompt (w:showingPlcHdr) instead of a value. */
export interface PlaceholderFact {
  /** The prompt it shows. */
  readonly text: string;
  /** One of our field controls (bv:feld:…): an empty field, which validation judges (required → error). */
  readonly ownField: boolean;
}

export interface AccessibilityFacts {
  /**
   * The document's default language as Word determines it: w:lang of the default paragraph
   * style, else of the document defaults (styles.xml), else dc:language (docProps/core.xml).
   * Undefined when none is set.
   */
  readonly language?: string;
  /** dc:title in docProps/core.xml, as written (blank counts as missing). */
  readonly title?: string;
  readonly headings: readonly HeadingFact[];
  readonly tables: readonly TableFact[];
  readonly images: readonly ImageFact[];
  readonly textBoxes: readonly TextBoxFact[];
  readonly placeholders: readonly PlaceholderFact[];
}
