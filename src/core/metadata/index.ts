export * from "./metadata-xml";
export * from "./read-metadata-xml";
export * from "./document-properties";
export * from "./vorlage-json";
export * from "./oparl-paper";
export * from "./reconcile";
