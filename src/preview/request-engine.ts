/**
 * Requests the .docx engine's chunk. `index.tsx` imports this module first, so the request
 * goes out as soon as the preview's entry script starts to run, before React's and Fluent
 * UI's modules are evaluated: the engine downloads while they run and the pane first
 * renders. It is not preloaded from the HTML: four preloaded files (230 kB) downloading
 * beside the entry script delayed the entry itself, the one file the first screen needs
 * (bench:ui: entry received after a median 250 ms with the preloads, 115 ms without).
 * The Preview's own import() of the engine gets the same chunk.
 */
void import(/* webpackChunkName: "engine" */ "./engine");
