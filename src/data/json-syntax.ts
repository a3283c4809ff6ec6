/**
 * A JSON syntax error as a curator can fix it: the character that is wrong and what to do, in plain words.
 * The parser reports where it got stuck, which is often the line after the mistake: a trailing comma at the
 * end of line 61 makes it stop at the "}" on line 62, a missing comma at the start of the next item. The
 * common cases are traced back to the mistake itself.
 */
import { createScanner, printParseErrorCode, type ParseError } from 'jsonc-parser';
import { hint, type Hint } from './hints.ts';

export interface Position {
  line: number;
  column: number;
}

export interface SyntaxDiagnosis {
  message: string;
  position: Position;
  hint?: Hint;
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

const isSpace = (char: string | undefined) => char === ' ' || char === '\t' || char === '\n' || char === '\r';

/** Offset of the last character before `offset` that is not white space (-1 at the start). */
function previousCharacter(text: string, offset: number): number {
  let i = offset - 1;
  while (i >= 0 && isSpace(text[i])) i--;
  return i;
}

/** The bracket still open where the parser stopped, with the offset where it opened. */
function openBracketAt(text: string, offset: number): { bracket: '{' | '['; offset: number } | undefined {
  // Tokens are told by their first character: a bracket token is the bracket, a string starts with a quote.
  const scanner = createScanner(text, false);
  const open: { bracket: '{' | '['; offset: number }[] = [];
  const end = Math.min(offset, text.length);
  while (scanner.getPosition() < end) {
    scanner.scan();
    const start = scanner.getTokenOffset();
    if (start >= end) break;
    const char = text[start];
    if (char === '{' || char === '[') open.push({ bracket: char, offset: start });
    else if (char === '}' || char === ']') open.pop();
  }
  return open.at(-1);
}

export function diagnoseSyntax(
  text: string,
  error: ParseError | undefined,
  positionAt: (offset: number) => Position,
): SyntaxDiagnosis {
  const name = error ? printParseErrorCode(error.error) : 'InvalidSymbol';
  const offset = error?.offset ?? 0;
  const at = positionAt(offset);
  const generic: SyntaxDiagnosis = { message: SYNTAX_MESSAGES[name] ?? name, position: at };
  const char = text[offset];
  const before = previousCharacter(text, offset);
  const prev = positionAt(before);
  // Just after the previous character: where a missing comma or colon belongs.
  const after = { line: prev.line, column: prev.column + 1 };

  if ((name === 'PropertyNameExpected' || name === 'ValueExpected') && (char === '}' || char === ']')) {
    if (text[before] === ',') {
      return {
        message: 'a comma after the last item',
        position: prev,
        hint: hint('trailingComma', { line: prev.line }),
      };
    }
  }
  if (name === 'CommaExpected') {
    return {
      message: 'a comma is missing between two items',
      position: prev.line < at.line ? after : at,
      hint:
        prev.line < at.line
          ? hint('missingComma', { line: prev.line })
          : hint('missingCommaInLine', { line: at.line, column: at.column }),
    };
  }
  if (name === 'UnexpectedEndOfString') {
    return {
      message: 'a text in quotes is not closed',
      position: at,
      hint: hint('unclosedQuote', { line: at.line }),
    };
  }
  if (name === 'ColonExpected')
    return { ...generic, position: after, hint: hint('missingColon', { line: prev.line }) };
  if (name === 'CloseBraceExpected' || name === 'CloseBracketExpected') {
    const open = openBracketAt(text, offset);
    if (!open) return generic;
    const line = positionAt(open.offset).line;
    return {
      ...generic,
      hint: hint('unclosedBracket', {
        bracket: open.bracket,
        closing: open.bracket === '{' ? '}' : ']',
        line,
      }),
    };
  }
  if (name === 'EndOfFileExpected') return { ...generic, hint: hint('extraText', { line: at.line }) };
  if (name === 'InvalidCommentToken') return { ...generic, hint: hint('noComments', { line: at.line }) };
  if (name === 'InvalidSymbol') {
    if (char === "'") return { ...generic, hint: hint('singleQuotes', { line: at.line }) };
    // Text right after a closing quote: a quote was left out earlier on the line (`"name: "Fuzuli"`).
    if (text[offset - 1] === '"') return { ...generic, hint: hint('checkQuotes', { line: at.line }) };
    if (char !== undefined && /\p{L}/u.test(char)) {
      return { ...generic, hint: hint('unquotedText', { line: at.line }) };
    }
  }
  return generic;
}
