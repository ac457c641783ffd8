import { formatTag } from "../tags";

/**
 * `xml` (our rendering of entries) with the Bitte of each recipient in `ids` shown: the hidden text of its
 * Verteiler control (`w:vanish`, which render-vorlage writes only on the Bitte of a recipient whose next one
 * asks the same) taken out, so that it reads as `renderVerteiler(e, profile, true)` writes it.
 *
 * Why: a Zeichnung written whole renders its recipients afresh, and the renderer hides the Bitte of every
 * recipient whose next one shares it. In Word the pane writes one recipient at a time and never hides a
 * neighbour's Bitte, so a Bitte the document prints must stay printed when the Zeichnung around it is
 * rewritten (its Zusatz removed, say): otherwise that recipient's print changes although nobody edited it,
 * and a later change of the next recipient has to show it again, editing a recipient the user did not touch.
 */
export function withBitteShown(xml: string, ids: ReadonlySet<string>): string {
  let out = xml;
  for (const id of ids) {
    const open = out.indexOf(`<w:tag w:val="${formatTag({ kind: "verteiler", id })}"/>`);
    if (open < 0) continue;
    const start = out.lastIndexOf("<w:sdt>", open);
    const end = closeOf(out, start);
    const shown = out
      .slice(start, end)
      .replaceAll("<w:vanish/>", "")
      .replaceAll("<w:rPr></w:rPr>", "");
    out = out.slice(0, start) + shown + out.slice(end);
  }
  return out;
}

/** The index just past the `</w:sdt>` that closes the `<w:sdt>` at `start` (nested controls counted). */
function closeOf(xml: string, start: number): number {
  const token = /<w:sdt>|<\/w:sdt>/g;
  token.lastIndex = start;
  let depth = 0;
  for (let m = token.exec(xml); m; m = token.exec(xml)) {
    depth += m[0] === "<w:sdt>" ? 1 : -1;
    if (depth === 0) return m.index + m[0].length;
  }
  throw new Error(`Unbalanced content control in rendered entry XML at ${start}.`);
}
