export * from "./metadata-xml";
export * from "./read-metadata-xml";
export * from "./document-properties";
export * from "./vorlage-json";
export * from "./vorlage-json-import";
export * from "./oparl-paper";
export * from "./reconcile";
export * from "./beschluss-text";
