import { createContext, useCallback, useContext, useRef, useState, type Dispatch, type ReactNode, type SetStateAction } from "react";

/**
 * What the user has typed and not yet written into the document (Angaben not yet „übernommen“,
 * a clause text not yet inserted, an Empfänger), kept above the tabs: a tab switch unmounts a
 * panel, and its own state would go with it. Nothing typed is thrown away without the user's word.
 */
export type Drafts = Map<string, unknown>;

const DraftsContext = createContext<Drafts | undefined>(undefined);

/** Holds the drafts of the panels below it for as long as it is mounted (the pane's life). */
export function DraftsProvider({ children }: { readonly children: ReactNode }) {
  const drafts = useRef<Drafts>(new Map()).current;
  return <DraftsContext.Provider value={drafts}>{children}</DraftsContext.Provider>;
}

/**
 * `useState` whose value outlives the component: it starts from the draft kept under `key`
 * (else from `initial`) and every change is kept there. Outside a `DraftsProvider` it is
 * plain `useState`.
 */
export function useDraft<T>(key: string, initial: T | (() => T)): [T, Dispatch<SetStateAction<T>>] {
  const drafts = useContext(DraftsContext);
  const [value, setValue] = useState<T>(() => {
    if (drafts?.has(key)) return drafts.get(key) as T;
    const first = typeof initial === "function" ? (initial as () => T)() : initial;
    drafts?.set(key, first);
    return first;
  });
  const set = useCallback<Dispatch<SetStateAction<T>>>(
    (next) =>
      setValue((old) => {
        const value = typeof next === "function" ? (next as (old: T) => T)(old) : next;
        drafts?.set(key, value);
        return value;
      }),
    [drafts, key],
  );
  return [value, set];
}
