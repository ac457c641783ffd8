import { escapeHtml as e } from "./escape-html";
import { reasonsOf, type Report, type ReportRow } from "./report-model";
import { REPORT_COLUMNS, type ReportColumn, type ReportText } from "./report-text";

/**
 * The page forbids everything but its own inline style: no script runs even if a text
 * slipped through unescaped, nothing is fetched, so the file opens offline and stays inert.
 */
const CSP = "default-src 'none'; style-src 'unsafe-inline'; img-src data:; form-action 'none'; base-uri 'none'";

const STYLE = `
:root { color-scheme: light dark; --fg: #1b1b1b; --bg: #fff; --muted: #5c5c5c; --line: #c8c8c8; --head: #f0f0f0;
  --ok: #0e6b2f; --warn: #8a5a00; --bad: #a4262c; --bar: #2f5f9e; }
@media (prefers-color-scheme: dark) { :root { --fg: #eee; --bg: #1e1e1e; --muted: #b0b0b0; --line: #555; --head: #2b2b2b;
  --ok: #6ccb8b; --warn: #e5b454; --bad: #f1707a; --bar: #7aa7e0; } }
* { box-sizing: border-box; }
body { font: 10.5pt/1.4 "Segoe UI", Arial, sans-serif; color: var(--fg); background: var(--bg); margin: 1.5rem; }
h1 { font-size: 16pt; margin: 0 0 .2rem; } h2 { font-size: 12.5pt; margin: 1.2rem 0 .4rem; } h3 { font-size: 11pt; margin: .8rem 0 .2rem; }
p.meta { color: var(--muted); margin: 0 0 1rem; }
table { border-collapse: collapse; width: 100%; }
th, td { border: 1px solid var(--line); padding: .25rem .4rem; text-align: left; vertical-align: top; hyphens: auto; }
th { hyphens: manual; }
.status { white-space: nowrap; } .reason { white-space: normal; font-weight: normal; }
thead th { background: var(--head); }
td.num, th.num { text-align: right; font-variant-numeric: tabular-nums; white-space: nowrap; }
.s-vollstaendig { color: var(--ok); font-weight: 600; } .s-unvollstaendig { color: var(--warn); font-weight: 600; } .s-nicht-lesbar { color: var(--bad); font-weight: 600; } .s-keine-vorlage { font-weight: 600; }
.summary { display: flex; flex-wrap: wrap; gap: 1.5rem; } .summary > section { flex: 1 1 22rem; }
.bar { background: var(--bar); height: .8rem; min-width: 1px; print-color-adjust: exact; -webkit-print-color-adjust: exact; }
ul.findings { margin: .2rem 0 .6rem 1.2rem; padding: 0; }
ul.reasons { margin: 0; padding: 0 0 0 1em; list-style: none; font-weight: normal; color: var(--fg); } ul.reasons li { display: inline; } ul.reasons li + li::before { content: " · "; }
tr.why td { border-top: none; padding-top: 0; } tbody.doc tr:first-child td { border-bottom-style: dotted; } tbody.doc tr:only-child td { border-bottom-style: solid; }
.error { color: var(--bad); } .warning { color: var(--warn); } .dup { color: var(--warn); font-size: .9em; }
table.rows th { white-space: normal; }
@page { size: A4 landscape; margin: 12mm; }
@media print { body { margin: 0; font-size: 8.5pt; color: #000; background: #fff; } thead { display: table-header-group; }
  .summary { display: block; } th, td { padding: .15rem .2rem; } th { font-size: 8pt; }
  tr, tbody.doc { break-inside: avoid; } section.details { break-before: page; } }
`;

/**
 * The columns of the printed table: the reasons stand under the status they explain (as an
 * unreadable file's reason always has), so that A4 landscape keeps room for them.
 */
type HtmlColumn = Exclude<ReportColumn, "reasons" | "duplicate">;
const HTML_COLUMNS: readonly HtmlColumn[] = REPORT_COLUMNS.filter((c): c is HtmlColumn => c !== "reasons" && c !== "duplicate");

/** No German word is longer: a longer run without a space is a path, an address or pasted code. */
const LONGEST_WORD = 30;

/**
 * A cell's text, escaped, where a run without a space longer than any word may break after its
 * separators and, failing that, every LONGEST_WORD characters: the table is laid out by its
 * longest words, and a pasted URL must not push it off the page. Words themselves break only
 * at spaces, hyphens and soft hyphens.
 */
function breakable(text: string): string {
  return text
    .split(/(\s+)/u)
    .map((run) => {
      if ([...run].length <= LONGEST_WORD) return e(run);
      // Each piece's characters spread once: spread again per slice, a word of a million characters took hours.
      const pieces = run.split(/(?<=[_\-./\\=:;,&?])/u).flatMap((p) => {
        const chars = [...p];
        return Array.from({ length: Math.ceil(chars.length / LONGEST_WORD) }, (_, i) => chars.slice(i * LONGEST_WORD, (i + 1) * LONGEST_WORD).join(""));
      });
      return pieces.map(e).join("<wbr>");
    })
    .join("");
}

/** A file name may break after its separators („Vorlage_2025-118_|Rat.docx“), never inside a word. */
const fileName = (name: string): string => name.split(/(?<=[_\-./\\])/u).map(breakable).join("<wbr>");

function cell(row: ReportRow, column: HtmlColumn, text: ReportText): string {
  switch (column) {
    case "file":
      return `<td>${fileName(row.file)}</td>`;
    case "vorlagenNr":
      // The flag stands under the number it is about: „mehrfach vorhanden“, and which file is counted.
      return `<td>${breakable(row.vorlagenNr)}${row.duplicate ? `<br><span class="dup">${breakable(text.duplicate(row.duplicate))}</span>` : ""}</td>`;
    case "betreff":
      return `<td>${breakable(row.betreff)}</td>`;
    case "federfuehrung":
      return `<td>${row.federfuehrung === "" ? "" : e(text.dezernat(row.federfuehrung, row.profile))}</td>`;
    case "gremium":
      return `<td>${breakable(row.gremium)}</td>`;
    case "sitzungsdatum":
      return `<td class="num">${row.sitzungsdatum === "" ? "" : e(text.date(row.sitzungsdatum))}</td>`;
    case "betrag":
      return `<td class="num">${row.betragZweifel !== undefined ? e(text.amountDoubt[row.betragZweifel]) : row.betragCent === undefined ? "" : e(text.amount(row.betragCent, row.profile))}</td>`;
    case "turnus":
      return `<td>${row.turnus === undefined ? "" : e(text.turnus[row.turnus])}</td>`;
    case "status": {
      // Why it could not be read, under the status; why it is not ready is the row below (documentRows).
      return `<td class="s-${row.status}"><span class="status">${e(text.status[row.status])}</span>${row.error ? `<br><span class="reason">${breakable(row.error)}</span>` : ""}</td>`;
    }
    case "errors":
    case "warnings":
      return `<td class="num">${row[column] ?? ""}</td>`;
    case "reading":
      return `<td>${e(text.reading[row.reading])}</td>`;
  }
}

const NUMERIC: ReadonlySet<ReportColumn> = new Set(["sitzungsdatum", "betrag", "errors", "warnings"]);

/**
 * Column widths in percent, as wished for on an A4 landscape page. The table is laid out by
 * its content (no fixed layout): a column is never narrower than its longest word, so that a
 * word breaks only at a space, a hyphen or a soft hyphen (`hyphens: auto` with the page's
 * language where the browser can hyphenate), never inside („Stadtveror|dnetenversammlung“).
 */
const WIDTH: Readonly<Record<HtmlColumn, number>> = {
  file: 8,
  vorlagenNr: 7,
  betreff: 13,
  federfuehrung: 7,
  gremium: 7,
  sitzungsdatum: 9,
  betrag: 7,
  turnus: 6,
  status: 19,
  errors: 5,
  warnings: 7,
  reading: 5,
};

function summaryHtml(report: Report, text: ReportText): string {
  const s = report.summary;
  const errors = s.openErrors.length
    ? `<table><thead><tr><th>${e(text.openErrorsColumns.kind)}</th><th class="num">${e(text.openErrorsColumns.count)}</th><th class="num">${e(text.openErrorsColumns.files)}</th><th>${e(text.openErrorsColumns.example)}</th></tr></thead><tbody>${s.openErrors
        .map((k) => `<tr><td>${e(text.kind(k.example, k.exampleProfile))}</td><td class="num">${k.count}</td><td class="num">${k.files}</td><td>${e(text.finding(k.example, k.exampleProfile))}</td></tr>`)
        .join("")}</tbody></table>`
    : `<p>${e(text.noOpenErrors)}</p>`;
  const max = Math.max(0, ...s.moneyByDezernat.map((m) => m.totalCent));
  const c = text.moneyColumns;
  const money = s.moneyByDezernat.length
    ? `<table><thead><tr><th>${e(c.dezernat)}</th><th class="num">${e(c.einmalig)}</th><th class="num">${e(c.jaehrlich)}</th><th class="num">${e(c.ohneTurnus)}</th><th class="num">${e(c.total)}</th><th aria-hidden="true"></th></tr></thead><tbody>${s.moneyByDezernat
        .map((m) => {
          const width = max > 0 ? Math.round((m.totalCent / max) * 1000) / 10 : 0;
          const part = (cents: number): string => (cents === 0 ? "–" : e(text.amount(cents, m.profile)));
          return `<tr><td class="status">${e(text.dezernat(m.dezernat, m.profile))}</td><td class="num">${part(m.einmaligCent)}</td><td class="num">${part(m.jaehrlichCent)}</td><td class="num">${part(m.ohneTurnusCent)}</td><td class="num">${e(text.amount(m.totalCent, m.profile))}</td><td style="width:30%" aria-hidden="true"><div class="bar" style="width:${width}%"></div></td></tr>`;
        })
        .join("")}</tbody></table>`
    : `<p>${e(text.noMoney)}</p>`;
  return `<h2>${e(text.summaryHeading)}</h2><p>${e(text.counts(s.complete, s.incomplete, s.unreadable, s.total, s.superseded))}${s.keineVorlage > 0 ? ` ${e(`${s.keineVorlage} ${text.status["keine-vorlage"]}.`)}` : ""}</p><div class="summary"><section><h3>${e(text.openErrorsHeading)}</h3>${errors}</section><section><h3>${e(text.moneyHeading)}</h3>${money}</section></div>`;
}

function detailsHtml(report: Report, text: ReportText): string {
  const parts = report.rows.map((row) => {
    const title = [row.vorlagenNr, row.betreff].filter((x) => x !== "").join(" – ") || row.file;
    const body =
      row.status === "nicht-lesbar"
        ? `<p class="error">${e(text.status["nicht-lesbar"])}: ${breakable(row.error)}</p>`
        : row.findings.length === 0
          ? `<p>${e(text.noFindings)}</p>`
          : `<ul class="findings">${row.findings.map((f) => `<li class="${f.severity}">${e(text.severity[f.severity])}: ${breakable(text.finding(f, row.profile))}</li>`).join("")}</ul>`;
    // Broken as the table's cells are: one word of a pasted Betreff or file name would run off the printed page.
    return `<h3>${breakable(title)}</h3><p class="meta">${fileName(row.file)} · ${e(text.reading[row.reading])}</p>${body}`;
  });
  return `<section class="details"><h2>${e(text.detailsHeading)}</h2>${parts.join("")}</section>`;
}

/**
 * One document's rows, kept together on a page: its values, and below them, across the whole
 * width, why it is not ready (the error sentences). In the status column, a fifth of A4
 * landscape, five findings took a page per document.
 */
function documentRows(row: ReportRow, text: ReportText): string {
  const values = `<tr>${HTML_COLUMNS.map((c) => cell(row, c, text)).join("")}</tr>`;
  const reasons = reasonsOf(row);
  const why = reasons.length
    ? `\n<tr class="why"><td colspan="${HTML_COLUMNS.length}"><ul class="reasons">${reasons.map((f) => `<li>${breakable(text.finding(f, row.profile))}</li>`).join("")}</ul></td></tr>`
    : "";
  return `<tbody class="doc">${values}${why}</tbody>`;
}

/**
 * The report as one self-contained HTML file to print (A4 landscape) and file with the
 * Sitzung: inline CSS, no script at all, nothing loaded from elsewhere, every text escaped.
 */
export function reportHtml(report: Report, text: ReportText, generatedAt: string): string {
  const head = HTML_COLUMNS.map((c) => `<th scope="col"${NUMERIC.has(c) ? ' class="num"' : ""}>${e(text.printedColumns[c])}</th>`).join("");
  const rows = report.rows.map((r) => documentRows(r, text)).join("\n");
  return `<!DOCTYPE html>
<html lang="${text.lang}">
<head>
<meta charset="utf-8">
<meta http-equiv="Content-Security-Policy" content="${CSP}">
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta name="referrer" content="no-referrer">
<title>${e(text.title)}</title>
<style>${STYLE}</style>
</head>
<body>
<h1>${e(text.title)}</h1>
<p class="meta">${e(text.generated(generatedAt))}</p>
${summaryHtml(report, text)}
<h2>${e(text.tableHeading)}</h2>
<table class="rows"><colgroup>${HTML_COLUMNS.map((c) => `<col style="width:${WIDTH[c]}%">`).join("")}</colgroup><thead><tr>${head}</tr></thead>
${rows}
</table>
${detailsHtml(report, text)}
</body>
</html>
`;
}
