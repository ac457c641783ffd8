/** Two versions of one Vorlage compared: clauses, fields and findings. */
export * from "./word-diff";
export * from "./similarity";
export * from "./match-clauses";
export * from "./field-diff";
export * from "./findings-diff";
export * from "./vorlage-diff";
