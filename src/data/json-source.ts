/**
 * A JSON document that remembers where each value stands in the text, so that every data issue can name
 * the line and column a curator has to fix.
 */
import { findNodeAtLocation, parseTree, printParseErrorCode, type Node, type ParseError } from 'jsonc-parser';

export type JsonPath = readonly (string | number)[];

export interface Position {
  line: number;
  column: number;
}

export interface JsonSource {
  /** The text without its byte-order mark; offsets refer to it. */
  text: string;
  root: Node | undefined;
  syntaxErrors: { message: string; position: Position }[];
  /** Line and column (1-based) of the value at `path`, or of its nearest ancestor that exists. */
  locate(path: JsonPath): Position;
  positionAt(offset: number): Position;
}

const SYNTAX_MESSAGES: Record<string, string> = {
  InvalidSymbol: 'unexpected character',
  InvalidNumberFormat: 'malformed number',
  PropertyNameExpected: 'expected a property name in double quotes',
  ValueExpected: 'expected a value',
  ColonExpected: 'expected ":"',
  CommaExpected: 'expected "," between items',
  CloseBraceExpected: 'expected "}"',
  CloseBracketExpected: 'expected "]"',
  EndOfFileExpected: 'unexpected text after the end of the document',
  InvalidCommentToken: 'comments are not allowed in JSON',
  UnexpectedEndOfComment: 'unterminated comment',
  UnexpectedEndOfString: 'unterminated string',
  UnexpectedEndOfNumber: 'unterminated number',
  InvalidUnicode: 'invalid unicode escape',
  InvalidEscapeCharacter: 'invalid escape character',
  InvalidCharacter: 'invalid character in string',
};

function lineStarts(text: string): number[] {
  const starts = [0];
  for (let i = 0; i < text.length; i++) if (text.charCodeAt(i) === 10) starts.push(i + 1);
  return starts;
}

export function parseJsonSource(raw: string): JsonSource {
  // A UTF-8 byte-order mark is harmless (some Windows editors write it): accept and drop it.
  const text = raw.charCodeAt(0) === 0xfeff ? raw.slice(1) : raw;
  const starts = lineStarts(text);
  const positionAt = (offset: number): Position => {
    let low = 0;
    let high = starts.length - 1;
    while (low < high) {
      const mid = (low + high + 1) >> 1;
      if ((starts[mid] ?? 0) <= offset) low = mid;
      else high = mid - 1;
    }
    return { line: low + 1, column: offset - (starts[low] ?? 0) + 1 };
  };
  const errors: ParseError[] = [];
  const root = parseTree(text, errors, { disallowComments: true, allowTrailingComma: false });
  const syntaxErrors = errors.map((error) => {
    const name = printParseErrorCode(error.error);
    return { message: SYNTAX_MESSAGES[name] ?? name, position: positionAt(error.offset) };
  });
  const locate = (path: JsonPath): Position => {
    if (!root) return { line: 1, column: 1 };
    for (let depth = path.length; depth >= 0; depth--) {
      const node = findNodeAtLocation(root, path.slice(0, depth) as (string | number)[]);
      if (node) return positionAt(node.offset);
    }
    return positionAt(root.offset);
  };
  return { text, root, syntaxErrors, locate, positionAt };
}
