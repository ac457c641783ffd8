/**
 * What Word's `Range.compareLocationWith` answers (WordApi 1.3): one of the 14 values of
 * Word.LocationRelation (https://learn.microsoft.com/javascript/api/word/word.locationrelation).
 * Code that tests only for "Before" misreads two blocks with nothing between them
 * (AdjacentBefore), a caret right after a control (InsideEnd, office-js #495) and a range in
 * another story such as a header (Unrelated).
 */
export type LocationRelation =
  | "Before"
  | "AdjacentBefore"
  | "After"
  | "AdjacentAfter"
  | "Equal"
  | "Inside"
  | "InsideStart"
  | "InsideEnd"
  | "Contains"
  | "ContainsStart"
  | "ContainsEnd"
  | "OverlapsBefore"
  | "OverlapsAfter"
  | "Unrelated";

/** For `a.compareLocationWith(b)`: whether a starts before b (document order of their starts). */
export function startsBefore(relation: string): boolean {
  return relation === "Before" || relation === "AdjacentBefore" || relation === "OverlapsBefore" || relation === "Contains" || relation === "ContainsEnd";
}

/**
 * For `a.compareLocationWith(b)`: whether a block placed right after b comes after all of a —
 * a ends where b ends or earlier, in the same story.
 */
export function endsByEndOf(relation: string): boolean {
  return (
    relation === "Before" ||
    relation === "AdjacentBefore" ||
    relation === "Equal" ||
    relation === "Inside" ||
    relation === "InsideStart" ||
    relation === "InsideEnd" ||
    relation === "OverlapsBefore" ||
    relation === "ContainsEnd"
  );
}
