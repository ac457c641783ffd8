/**
 * What the Word adapter needs from its host: Word.run, which requirement sets it has, and
 * the two Common API pieces the Word API lacks on older hosts. Production passes office.js
 * (`officeHost`); tests pass the simulator.
 */
export interface WordHost {
  run<T>(batch: (context: Word.RequestContext) => Promise<T>): Promise<T>;
  /**
   * Word.run(object, batch): a batch in the RequestContext that `object` was made in. Event
   * handlers must be removed from the context that added them (OfficeExtension.EventHandlers.remove).
   */
  resume<T>(object: OfficeExtension.ClientObject, batch: (context: Word.RequestContext) => Promise<T>): Promise<T>;
  /** `WordApi` versions, or the Common API set `CustomXmlParts`. */
  supports(set: "WordApi" | "WordApiDesktop" | "CustomXmlParts", version: string): boolean;
  /** Office.context.document.customXmlParts (requirement set CustomXmlParts, Office 2013 and later). */
  customXmlParts?(): CommonXmlParts | undefined;
  /** Office.EventType.DocumentSelectionChanged: the cue on hosts without document events. Returns how to stop. */
  onSelectionChanged?(handler: () => void): () => void;
  /**
   * Whether Word raises its paragraph events for undo and redo: on Windows, where the reporter of office-js #5089
   * saw them; not on the web (#5089: no onParagraphAdded/Deleted on Ctrl+Z or Ctrl+Y), and on the Mac no source
   * says. Where it is not known to, every action checks the ids of our block controls (kept-edits.ts, block-ids.ts).
   */
  undoRaisesEvents?(): boolean;
}

/** The callback shape of the Common API (Office.AsyncResult). */
export interface CommonResult<T> {
  readonly status: "succeeded" | "failed";
  readonly value: T;
  readonly error?: { readonly name: string; readonly message: string };
}

export interface CommonXmlPart {
  getXmlAsync(callback: (result: CommonResult<string>) => void): void;
  deleteAsync(callback: (result: CommonResult<undefined>) => void): void;
}

export interface CommonXmlParts {
  getByNamespaceAsync(namespace: string, callback: (result: CommonResult<readonly CommonXmlPart[]>) => void): void;
  addAsync(xml: string, callback: (result: CommonResult<CommonXmlPart | undefined>) => void): void;
}

/** The Common API's callback as a promise; a failure is an Office error with its name as code. */
export function promised<T>(call: (callback: (result: CommonResult<T>) => void) => void): Promise<T> {
  return new Promise((resolve, reject) =>
    call((result) => {
      if (result.status === "succeeded") resolve(result.value);
      else reject(Object.assign(new Error(result.error?.message ?? "Office refused."), { code: result.error?.name ?? "GeneralException", debugInfo: {} }));
    }),
  );
}

/** office.js as the host. Only call once Office.onReady has resolved. */
export const officeHost: WordHost = {
  run: (batch) => Word.run(batch),
  resume: (object, batch) => Word.run(object, batch),
  supports: (set, version) => Office.context.requirements.isSetSupported(set, version),
  customXmlParts: () => (Office.context.requirements.isSetSupported("CustomXmlParts", "1.1") ? (Office.context.document.customXmlParts as unknown as CommonXmlParts) : undefined),
  onSelectionChanged: (handler) => {
    Office.context.document.addHandlerAsync(Office.EventType.DocumentSelectionChanged, handler);
    return () => Office.context.document.removeHandlerAsync(Office.EventType.DocumentSelectionChanged, { handler });
  },
  undoRaisesEvents: () => Office.context.platform === Office.PlatformType.PC,
};
