// jsdom (the environment of the pane's tests) has no TextDecoder/TextEncoder; browsers and Node do,
// and the .docx engine and the Word simulator decode parts with them.
import { TextDecoder, TextEncoder } from "node:util";

globalThis.TextDecoder ??= TextDecoder as unknown as typeof globalThis.TextDecoder;
globalThis.TextEncoder ??= TextEncoder as unknown as typeof globalThis.TextEncoder;
