/**
 * XML escaping for the GraphML and GEXF writers. XML 1.0 cannot carry some characters at all (most
 * C0 controls, lone surrogates, U+FFFE/U+FFFF), escaped or not: they are replaced by U+FFFD so a
 * stray control character in a name never makes a file unreadable.
 */

// Characters outside XML 1.0's Char production: C0 controls but tab, LF and CR; U+FFFE, U+FFFF;
// and surrogates that are not part of a pair.
const NOT_XML_CHAR = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\uFFFE\uFFFF]|[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/g;

/** Replaces characters XML 1.0 cannot carry by U+FFFD. */
export function xmlChars(text: string): string {
  return text.replace(NOT_XML_CHAR, '\uFFFD');
}

/**
 * Escapes text for element content: `&`, `<`, `>` as entities, and CR as `&#13;` (a raw CR would
 * be turned into LF by every XML parser's line-end normalization).
 */
export function escapeText(text: string): string {
  return xmlChars(text).replace(/[&<>\r]/g, (c) => (c === '&' ? '&amp;' : c === '<' ? '&lt;' : c === '>' ? '&gt;' : '&#13;'));
}

const ATTRIBUTE_ENTITIES: Record<string, string> = {
  '&': '&amp;',
  '<': '&lt;',
  '>': '&gt;',
  '"': '&quot;',
  "'": '&apos;',
  '\t': '&#9;',
  '\n': '&#10;',
  '\r': '&#13;',
};

/**
 * Escapes text for a double- or single-quoted attribute value. Tab, LF and CR are written as
 * character references because attribute-value normalization would otherwise turn them into
 * spaces: a multi-line description keeps its lines.
 */
export function escapeAttribute(text: string): string {
  return xmlChars(text).replace(/[&<>"'\t\n\r]/g, (c) => ATTRIBUTE_ENTITIES[c]);
}
