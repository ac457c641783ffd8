/** The reviewers' report: one row per file, the summary, and the CSV and HTML made from them. */
export * from "./report-model";
export * from "./report-text";
export * from "./report-csv";
export * from "./report-html";
export * from "./escape-html";
