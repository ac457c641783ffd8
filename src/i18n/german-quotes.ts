/**
 * German quotation marks nested as German typesetting nests them: a quote inside a quote takes the single marks
 * (‚…‘), so that a message quoting a paragraph that itself quotes („Die Umsetzung folgt Ziffer ‚2.3‘.“) does not read
 * „…„2.3“…“. Only a text whose double marks pair up is changed: where an excerpt cut a quote open, which mark closes
 * which cannot be told, and the text is left as it is.
 */
export function nestGermanQuotes(text: string): string {
  if (!text.includes("„")) return text;
  const open: number[] = [];
  const nested: number[] = [];
  for (let i = 0; i < text.length; i++) {
    const c = text[i];
    if (c === "„") open.push(i);
    else if (c === "“") {
      const start = open.pop();
      if (start === undefined) return text;
      if (open.length > 0) nested.push(start, i);
    }
  }
  if (open.length > 0 || nested.length === 0) return text;
  // Offsets are UTF-16 code units; the marks are single units, so index the string's units, not code points.
  const units = text.split("");
  for (const i of nested) units[i] = units[i] === "„" ? "‚" : "‘";
  return units.join("");
}
