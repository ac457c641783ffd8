/**
 * Text as HTML text or attribute value: every character that could open markup or leave an
 * attribute is escaped, so that a Betreff like `<script>` or `" onerror="` stays text.
 */
export function escapeHtml(text: string): string {
  return text.replace(/[&<>"'`]/gu, (c) => `&#${c.charCodeAt(0)};`);
}
