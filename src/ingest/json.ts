import { DatasetInvalidError } from './dataset';

/** Line and column (both from 1) of a character offset in `text`. */
export function lineAndColumn(text: string, offset: number): { line: number; column: number } {
  let line = 1;
  let lineStart = 0;
  for (let i = 0; i < offset && i < text.length; i++) {
    if (text[i] === '\n') {
      line++;
      lineStart = i + 1;
    }
  }
  return { line, column: offset - lineStart + 1 };
}

/**
 * Parses the text of a JSON dataset file. Invalid JSON is a DatasetInvalidError naming the line and
 * column where the parser stopped (V8 only gives a character offset), so the user can go there.
 */
export function parseJsonText(text: string, file: string): unknown {
  try {
    return JSON.parse(text);
  } catch (err) {
    const message = (err as Error).message;
    const m = / in JSON at position (\d+)/.exec(message);
    const offset = m ? Number(m[1]) : /Unexpected end of JSON input/.test(message) ? text.length : undefined;
    const reason = message.replace(/ in JSON at position \d+.*$/, '');
    if (offset === undefined) {
      throw new DatasetInvalidError([{ file, record: 'dataset', field: '(json)', value: undefined, rule: `is not valid JSON: ${message}` }]);
    }
    const { line, column } = lineAndColumn(text, offset);
    throw new DatasetInvalidError([
      { file, line, record: 'dataset', field: '(json)', value: undefined, rule: `is not valid JSON at line ${line}, column ${column}: ${reason}` },
    ]);
  }
}
