import { NamedNodeMap, Node as DomNode, type Document as XmlDocument, type Element as XmlElement, type Node as XmlNode } from "@xmldom/xmldom";
import { W_NS } from "../../src/document/ooxml/ooxml";

/**
 * Whether a document's set of content controls may have changed since the simulator last listed them — so that its
 * list is rebuilt only then, not after every write (a batch of n writes through `getByTag(...).getFirst()` was n walks
 * of the whole DOM). xmldom counts every structural change of a document (`_inc`, what its live NodeLists check), but
 * a number written into a control changes runs, not controls. So the insertions and removals made through
 * `Node.insertBefore`/`appendChild`/`replaceChild`/`removeChild` on a watched document are looked at: one that moves an
 * sdt element into or out of the tree bumps the document's generation; attribute nodes added or removed through
 * `NamedNodeMap` (which `_inc` counts too) are accounted for as moving none. Any structural change not made through
 * these (xmldom's Document methods, `normalize`) leaves `_inc` ahead of what was accounted for: the list is rebuilt.
 * Attribute values (a control's tag) are not watched: a lookup filters the listed elements as they are now.
 */
interface Watch {
  /** `_inc` as far as watched calls account for it; unequal to `_inc`: some change went unseen. */
  accounted: number;
  /** Bumped whenever an sdt element entered or left the document's tree. */
  generation: number;
}

const watches = new WeakMap<XmlDocument, Watch>();
const modificationCount = (doc: XmlDocument): number => (doc as unknown as { readonly _inc: number })._inc;

/** A token that differs whenever the content controls in `doc` may have changed since the last {@link settleControls}. */
export function controlsVersion(doc: XmlDocument): string {
  installWatch();
  const watch = watches.get(doc);
  if (!watch) return "unwatched";
  return watch.accounted === modificationCount(doc) ? `${watch.generation}` : "changed";
}

/** Says that `doc`'s controls were just listed: from now on, only changes that move an sdt element count. */
export function settleControls(doc: XmlDocument): void {
  installWatch();
  const watch = watches.get(doc);
  if (watch) watch.accounted = modificationCount(doc);
  else watches.set(doc, { accounted: modificationCount(doc), generation: 0 });
}

const isSdt = (n: XmlNode): boolean => n.nodeType === 1 && (n as XmlElement).localName === "sdt" && (n as XmlElement).namespaceURI === W_NS;
function holdsSdt(n: XmlNode): boolean {
  if (isSdt(n)) return true;
  for (let c = n.firstChild; c; c = c.nextSibling) if (holdsSdt(c)) return true;
  return false;
}
/** Whether `n` hangs in its document's tree (a detached subtree's changes are seen when it is inserted). */
function connected(n: XmlNode): boolean {
  let p: XmlNode | null = n;
  while (p.parentNode) p = p.parentNode;
  return p.nodeType === 9;
}

let installed = false;
function installWatch(): void {
  if (installed) return;
  installed = true;
  const proto = DomNode.prototype as unknown as Record<"insertBefore" | "removeChild" | "replaceChild", (this: XmlNode, a: XmlNode, b: XmlNode | null) => unknown>;
  for (const name of ["insertBefore", "removeChild", "replaceChild"] as const) {
    const original = proto[name];
    proto[name] = function (this: XmlNode, a: XmlNode, b: XmlNode | null): unknown {
      const doc = (this.nodeType === 9 ? this : this.ownerDocument) as XmlDocument | null;
      const watch = doc ? watches.get(doc) : undefined;
      if (!doc || !watch) return original.call(this, a, b);
      const inTree = connected(this);
      // insertBefore(new, ref) and replaceChild(new, old) bring `a` in (moving it from its old place through removeChild);
      // replaceChild takes `b` out, removeChild takes `a` out.
      const moved = name === "replaceChild" ? [a, b] : [a];
      const relevant = inTree && moved.some((m) => m !== null && holdsSdt(m));
      const accounted = watch.accounted === modificationCount(doc);
      try {
        return original.call(this, a, b);
      } finally {
        if (relevant) watch.generation++;
        if (accounted) watch.accounted = modificationCount(doc);
      }
    };
  }
  const attributes = NamedNodeMap.prototype as unknown as Record<"setNamedItem" | "setNamedItemNS" | "removeNamedItem" | "removeNamedItemNS", (this: { readonly _ownerElement?: XmlElement }, ...args: unknown[]) => unknown>;
  for (const name of ["setNamedItem", "setNamedItemNS", "removeNamedItem", "removeNamedItemNS"] as const) {
    const original = attributes[name];
    attributes[name] = function (this: { readonly _ownerElement?: XmlElement }, ...args: unknown[]): unknown {
      const doc = this._ownerElement?.ownerDocument as XmlDocument | undefined;
      const watch = doc ? watches.get(doc) : undefined;
      if (!doc || !watch) return original.apply(this, args);
      const accounted = watch.accounted === modificationCount(doc);
      try {
        return original.apply(this, args);
      } finally {
        if (accounted) watch.accounted = modificationCount(doc);
      }
    };
  }
}
