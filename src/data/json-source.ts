/**
 * A JSON document that can say where each value stands in the text, so that every data issue names the line
 * and column a curator has to fix. Positions cost a second, slower parse, so they are computed only when an
 * issue needs one: a valid 10 000-feature file is checked with JSON.parse alone.
 */
import { findNodeAtLocation, parseTree, type Node, type ParseError } from 'jsonc-parser';
import { diagnoseSyntax, type Position, type SyntaxDiagnosis } from './json-syntax.ts';

export type JsonPath = readonly (string | number)[];

export interface JsonSource {
  /** The text without its byte-order mark; offsets refer to it. */
  text: string;
  /** The parsed value, or undefined when the text is not JSON (see syntaxError). */
  value: unknown;
  /** The first syntax error, traced back to the mistake, with what to do about it. */
  syntaxError: SyntaxDiagnosis | undefined;
  /** Line and column (1-based) of the value at `path`, or of its nearest ancestor that exists. */
  locate(path: JsonPath): Position;
  positionAt(offset: number): Position;
}

function lineStarts(text: string): number[] {
  const starts = [0];
  for (let i = 0; i < text.length; i++) if (text.charCodeAt(i) === 10) starts.push(i + 1);
  return starts;
}

function lazy<T>(compute: () => T): () => T {
  let value: { v: T } | undefined;
  return () => (value ??= { v: compute() }).v;
}

export function parseJsonSource(raw: string): JsonSource {
  // A UTF-8 byte-order mark is harmless (some Windows editors write it): accept and drop it.
  const text = raw.charCodeAt(0) === 0xfeff ? raw.slice(1) : raw;
  const starts = lazy(() => lineStarts(text));
  const positionAt = (offset: number): Position => {
    const lines = starts();
    let low = 0;
    let high = lines.length - 1;
    while (low < high) {
      const mid = (low + high + 1) >> 1;
      if ((lines[mid] ?? 0) <= offset) low = mid;
      else high = mid - 1;
    }
    return { line: low + 1, column: offset - (lines[low] ?? 0) + 1 };
  };
  const tree = lazy(() => {
    const errors: ParseError[] = [];
    const root = parseTree(text, errors, { disallowComments: true, allowTrailingComma: false });
    return { root, errors };
  });
  const locate = (path: JsonPath): Position => {
    const { root } = tree();
    if (!root) return { line: 1, column: 1 };
    for (let depth = path.length; depth >= 0; depth--) {
      const node: Node | undefined = findNodeAtLocation(root, path.slice(0, depth) as (string | number)[]);
      if (node) return positionAt(node.offset);
    }
    return positionAt(root.offset);
  };
  let value: unknown;
  let syntaxError: JsonSource['syntaxError'];
  try {
    value = JSON.parse(text);
  } catch {
    // Only the first syntax error is reliable: the ones after it are usually knock-on effects.
    syntaxError = diagnoseSyntax(text, tree().errors[0], positionAt);
  }
  return { text, value, syntaxError, locate, positionAt };
}
