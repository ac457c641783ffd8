// Makes a compiled bundle pure ASCII without changing what it does, for scripts/build-cli.js.
// Why: Node reads an ASCII file into a one-byte string (`latin1`, no UTF-8 decoding) and V8 keeps
// and parses it as such; a file with one character beyond Latin-1 („“, –, €) is decoded into a
// two-byte string of twice the size. For the 1 MiB command that was about 7 ms more at every start
// (bin/load-compiled.js). esbuild already writes ASCII where it can; what it leaves are characters
// in regular-expression literals, in String.raw templates (whose raw text an escape would change)
// and in comments. Each is replaced here by what means the same there:
//   regular expression, string, untagged template, identifier: a \u escape (the same pattern, value, name);
//   String.raw`…ä…`: a substitution `${"\u00e4"}`, whose cooked value String.raw inserts as it is;
//   comment: a \u escape (no meaning).
// Any other place (another tag, an escaped character in a raw template, text outside every token)
// stops the build rather than guess. The replaced literals are checked against the originals.
"use strict";
const ts = require("typescript");

const hex4 = (n) => n.toString(16).padStart(4, "0");
/** A code point as \u escapes of its UTF-16 units (a pair for one beyond the BMP: the same in a regular expression with or without the u flag). */
const unitEscapes = (cp) => (cp > 0xffff ? String.fromCodePoint(cp).split("").map((u) => `\\u${hex4(u.charCodeAt(0))}`).join("") : `\\u${hex4(cp)}`);
/** Whether the character at `at` follows an odd number of backslashes (is itself escaped). */
function escaped(text, at) {
  let n = 0;
  for (let i = at - 1; i >= 0 && text[i] === "\\"; i--) n++;
  return n % 2 === 1;
}

/** The spans of `source` in which a non-ASCII character may stand, each with how to replace it. */
function spansOf(file) {
  const spans = [];
  const comments = [];
  const text = file.text;
  const noteComments = (ranges) => {
    for (const r of ranges ?? []) comments.push({ start: r.pos, end: r.end, kind: "comment" });
  };
  const visit = (node) => {
    noteComments(ts.getLeadingCommentRanges(text, node.pos));
    noteComments(ts.getTrailingCommentRanges(text, node.end));
    const start = node.getStart(file);
    switch (node.kind) {
      case ts.SyntaxKind.RegularExpressionLiteral:
        spans.push({ start, end: node.end, kind: "regexp" });
        break;
      case ts.SyntaxKind.StringLiteral:
        spans.push({ start, end: node.end, kind: "string" });
        break;
      case ts.SyntaxKind.Identifier:
      case ts.SyntaxKind.PrivateIdentifier:
        spans.push({ start, end: node.end, kind: "identifier" });
        break;
      case ts.SyntaxKind.NoSubstitutionTemplateLiteral:
      case ts.SyntaxKind.TemplateHead:
      case ts.SyntaxKind.TemplateMiddle:
      case ts.SyntaxKind.TemplateTail: {
        // The whole template this part belongs to, and the tag in front of it if any.
        const template = node.kind === ts.SyntaxKind.NoSubstitutionTemplateLiteral ? node : node.kind === ts.SyntaxKind.TemplateHead ? node.parent : node.parent.parent;
        const tagged = template.parent && template.parent.kind === ts.SyntaxKind.TaggedTemplateExpression && template.parent.template === template ? template.parent.tag.getText(file) : undefined;
        spans.push({ start, end: node.end, kind: tagged === undefined ? "string" : tagged === "String.raw" ? "raw" : `tag ${tagged}` });
        break;
      }
      default:
        break;
    }
    ts.forEachChild(node, visit);
  };
  visit(file);
  noteComments(ts.getLeadingCommentRanges(text, file.endOfFileToken.pos));
  return [...spans, ...comments].sort((a, b) => a.start - b.start);
}

/** `source` with every non-ASCII character replaced as the header says; throws where it cannot be sure. */
function asciiOnly(source, name = "bundle") {
  if (!/[^\0-\x7f]/u.test(source)) return source;
  const file = ts.createSourceFile(name, source, ts.ScriptTarget.Latest, true, ts.ScriptKind.JS);
  if (file.parseDiagnostics && file.parseDiagnostics.length) throw new Error(`${name}: not parsed as JavaScript: ${file.parseDiagnostics[0].messageText}`);
  const spans = spansOf(file);
  const spanAt = (at) => {
    let lo = 0;
    let hi = spans.length - 1;
    let found;
    // The innermost span that holds `at`: spans do not overlap apart from comments, which hold no tokens.
    while (lo <= hi) {
      const mid = (lo + hi) >> 1;
      if (spans[mid].start <= at) {
        found = mid;
        lo = mid + 1;
      } else hi = mid - 1;
    }
    for (let i = found ?? -1; i >= 0 && i >= (found ?? 0) - 8; i--) if (spans[i].start <= at && at < spans[i].end) return spans[i];
    return undefined;
  };
  let out = "";
  let last = 0;
  for (const m of source.matchAll(/[^\0-\x7f]/gu)) {
    const at = m.index;
    const cp = m[0].codePointAt(0);
    const span = spanAt(at);
    if (span === undefined) throw new Error(`${name}: a non-ASCII character outside every literal and comment at offset ${at}`);
    let cut = at;
    let replacement;
    switch (span.kind) {
      case "regexp":
      case "string":
        // An identity escape (\ä) means the character itself: its backslash goes with it.
        if (escaped(source, at)) cut = at - 1;
        replacement = unitEscapes(cp);
        break;
      case "identifier":
        replacement = cp > 0xffff ? `\\u{${cp.toString(16)}}` : `\\u${hex4(cp)}`;
        break;
      case "comment":
        replacement = `\\u${cp.toString(16)}`;
        break;
      case "raw":
        if (escaped(source, at)) throw new Error(`${name}: an escaped non-ASCII character in a String.raw template at offset ${at}`);
        replacement = `\${"${unitEscapes(cp)}"}`;
        break;
      default:
        throw new Error(`${name}: a non-ASCII character in a template tagged ${span.kind.slice(4)} at offset ${at}, which an escape would change`);
    }
    if (cut < last) throw new Error(`${name}: overlapping replacements at offset ${at}`);
    out += source.slice(last, cut) + replacement;
    last = at + m[0].length;
  }
  out += source.slice(last);
  if (/[^\0-\x7f]/u.test(out)) throw new Error(`${name}: still not ASCII`);
  check(out, name, source);
  return out;
}

/** Whether `node` stands inside a template tagged String.raw (a substitution inserted there is ours). */
function inRaw(node, file) {
  for (let n = node.parent; n; n = n.parent) if (n.kind === ts.SyntaxKind.TaggedTemplateExpression && n.tag.getText(file) === "String.raw") return true;
  return false;
}

/** The literals of a file that escaping keeps one for one (regular expressions, strings, untagged templates), and its String.raw templates. */
function literalsOf(source, name) {
  const file = ts.createSourceFile(name, source, ts.ScriptTarget.Latest, true, ts.ScriptKind.JS);
  const literals = [];
  const raws = [];
  const visit = (node) => {
    switch (node.kind) {
      case ts.SyntaxKind.RegularExpressionLiteral:
      case ts.SyntaxKind.StringLiteral:
        if (!inRaw(node, file)) literals.push({ kind: node.kind, text: node.getText(file) });
        break;
      case ts.SyntaxKind.NoSubstitutionTemplateLiteral:
      case ts.SyntaxKind.TemplateHead:
      case ts.SyntaxKind.TemplateMiddle:
      case ts.SyntaxKind.TemplateTail:
        if (!inRaw(node, file)) literals.push({ kind: node.kind, text: node.getText(file) });
        break;
      case ts.SyntaxKind.TaggedTemplateExpression:
        if (node.tag.getText(file) === "String.raw") raws.push(rawForm(node, file));
        break;
      default:
        break;
    }
    ts.forEachChild(node, visit);
  };
  visit(file);
  return { literals, raws };
}

/** A template part's text between its delimiters (` … ${, } … ${, } … `). */
const inner = (t, kind) => (kind === ts.SyntaxKind.TemplateHead || kind === ts.SyntaxKind.TemplateMiddle ? t.slice(1, -2) : t.slice(1, -1));
const rawValue = (t, kind) => new Function(`return String.raw\`${inner(t, kind)}\``)();

/**
 * What a String.raw template makes, with its substitutions that are string literals put in as
 * their values and every other substitution as its source text between NUL marks.
 */
function rawForm(node, file) {
  const t = node.template;
  if (t.kind === ts.SyntaxKind.NoSubstitutionTemplateLiteral) return rawValue(t.getText(file), t.kind);
  let out = rawValue(t.head.getText(file), t.head.kind);
  for (const span of t.templateSpans) {
    out += span.expression.kind === ts.SyntaxKind.StringLiteral ? new Function(`return ${span.expression.getText(file)}`)() : `\0${span.expression.getText(file)}\0`;
    out += rawValue(span.literal.getText(file), span.literal.kind);
  }
  return out;
}

/**
 * Every literal of the escaped file against its original: a string's or template's value, a
 * String.raw template's result, a regular expression's flags and its answers on the characters it held.
 */
function check(out, name, source) {
  const was = literalsOf(source, name);
  const now = literalsOf(out, name);
  if (was.literals.length !== now.literals.length || was.raws.length !== now.raws.length) throw new Error(`${name}: escaping changed the number of literals`);
  was.raws.forEach((r, i) => {
    if (r !== now.raws[i]) throw new Error(`${name}: a String.raw template changed: ${JSON.stringify(r)}`);
  });
  was.literals.forEach((w, i) => {
    const n = now.literals[i];
    if (w.text === n.text) return;
    if (w.kind !== n.kind) throw new Error(`${name}: ${w.text} became another kind of literal`);
    if (w.kind === ts.SyntaxKind.RegularExpressionLiteral) {
      const r0 = new Function(`return ${w.text}`)();
      const r1 = new Function(`return ${n.text}`)();
      if (r0.flags !== r1.flags) throw new Error(`${name}: ${w.text} lost its flags`);
      for (const c of new Set(w.text.match(/[^\0-\x7f]/gu))) {
        for (const probe of [c, ` ${c} `, `${c}${c}`, `a${c}1`]) {
          r0.lastIndex = 0;
          r1.lastIndex = 0;
          if (JSON.stringify(r0.exec(probe)) !== JSON.stringify(r1.exec(probe))) throw new Error(`${name}: ${w.text} and ${n.text} answer differently on ${JSON.stringify(probe)}`);
        }
      }
    } else {
      const value = (t) => (w.kind === ts.SyntaxKind.StringLiteral ? new Function(`return ${t}`)() : new Function(`return \`${inner(t, w.kind)}\``)());
      if (value(w.text) !== value(n.text)) throw new Error(`${name}: ${w.text} changed its value`);
    }
  });
}

module.exports = { asciiOnly };
