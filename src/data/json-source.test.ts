import type * as JsoncParser from 'jsonc-parser';
import { parseTree } from 'jsonc-parser';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { fixtureText } from '../../tests/fixture-files.ts';
import { parseJsonSource } from './json-source.ts';
import { validateProjects } from './validate.ts';

// Spy on the slow, position-aware parse to check that it only runs when a position is needed.
vi.mock('jsonc-parser', async (importOriginal) => {
  const actual = await importOriginal<typeof JsoncParser>();
  return { ...actual, parseTree: vi.fn(actual.parseTree) };
});
const slowParse = vi.mocked(parseTree);
beforeEach(() => {
  slowParse.mockClear();
});

/** Line and column (1-based) of the only occurrence of `needle` in `text`, counted as an editor does. */
function positionOf(text: string, needle: string): { line: number; column: number } {
  const index = text.indexOf(needle);
  expect(index, `"${needle}" in the text`).toBeGreaterThanOrEqual(0);
  expect(text.indexOf(needle, index + 1), `"${needle}" occurs once`).toBe(-1);
  const before = text.slice(0, index);
  return { line: before.split('\n').length, column: index - before.lastIndexOf('\n') };
}

const SAMPLE = [
  '{',
  '  "name": { "az": "Ağalı", "en": "Aghali" },',
  '  "count": 12,',
  '  "list": [true, null, { "deep": "value" }],',
  '  "empty": {}',
  '}',
].join('\n');

describe('parseJsonSource', () => {
  it('parses valid JSON into a value without a syntax error', () => {
    const source = parseJsonSource(SAMPLE);
    expect(source.syntaxError).toBeUndefined();
    expect(source.value).toEqual(JSON.parse(SAMPLE));
    expect(source.text).toBe(SAMPLE);
  });

  it('gives 1-based positions of the value at a path (strings at their opening quote)', () => {
    const source = parseJsonSource(SAMPLE);
    expect(source.locate([])).toEqual({ line: 1, column: 1 });
    expect(source.locate(['name'])).toEqual(positionOf(SAMPLE, '{ "az"'));
    expect(source.locate(['name', 'en'])).toEqual(positionOf(SAMPLE, '"Aghali"'));
    expect(source.locate(['count'])).toEqual(positionOf(SAMPLE, '12'));
    expect(source.locate(['list', 1])).toEqual(positionOf(SAMPLE, 'null'));
    expect(source.locate(['list', 2, 'deep'])).toEqual(positionOf(SAMPLE, '"value"'));
  });

  it('falls back to the nearest ancestor that exists', () => {
    const source = parseJsonSource(SAMPLE);
    expect(source.locate(['name', 'ru'])).toEqual(positionOf(SAMPLE, '{ "az"'));
    expect(source.locate(['list', 7, 'x'])).toEqual(positionOf(SAMPLE, '[true'));
    expect(source.locate(['empty', 'a', 'b'])).toEqual(positionOf(SAMPLE, '{}'));
    expect(source.locate(['nothing'])).toEqual({ line: 1, column: 1 });
  });

  it('locates the root where it starts, after leading blank lines', () => {
    expect(parseJsonSource('\n\n   {"a": 1}').locate([])).toEqual({ line: 3, column: 4 });
  });

  it('converts offsets to lines and columns', () => {
    const source = parseJsonSource('ab\ncd\n\nef');
    expect(source.positionAt(0)).toEqual({ line: 1, column: 1 });
    expect(source.positionAt(2)).toEqual({ line: 1, column: 3 }); // the newline ends line 1
    expect(source.positionAt(3)).toEqual({ line: 2, column: 1 });
    expect(source.positionAt(6)).toEqual({ line: 3, column: 1 });
    expect(source.positionAt(8)).toEqual({ line: 4, column: 2 });
  });

  it('drops a UTF-8 byte-order mark and counts columns without it', () => {
    const source = parseJsonSource(`\uFEFF${SAMPLE}`);
    expect(source.syntaxError).toBeUndefined();
    expect(source.text).toBe(SAMPLE);
    expect(source.value).toEqual(JSON.parse(SAMPLE));
    expect(source.locate([])).toEqual({ line: 1, column: 1 });
    expect(source.locate(['name', 'en'])).toEqual(positionOf(SAMPLE, '"Aghali"'));
    const oneLine = parseJsonSource('\uFEFF{"a": "b"}');
    expect(oneLine.locate(['a'])).toEqual({ line: 1, column: 7 });
  });

  it('accepts CRLF line endings with the same lines and columns as LF', () => {
    const crlf = SAMPLE.replaceAll('\n', '\r\n');
    const source = parseJsonSource(crlf);
    expect(source.syntaxError).toBeUndefined();
    expect(source.value).toEqual(JSON.parse(SAMPLE));
    const lf = parseJsonSource(SAMPLE);
    for (const path of [['name', 'en'], ['count'], ['list', 2, 'deep'], ['empty']]) {
      expect(source.locate(path)).toEqual(lf.locate(path));
    }
    expect(source.locate(['list', 2, 'deep'])).toEqual(positionOf(SAMPLE, '"value"'));
  });

  it('accepts a byte-order mark and CRLF together', () => {
    const source = parseJsonSource(`\uFEFF${SAMPLE.replaceAll('\n', '\r\n')}`);
    expect(source.locate(['count'])).toEqual(positionOf(SAMPLE, '12'));
  });
});

/** A text with its expected position marked by "‸" (removed): where the curator has to fix it. */
function marked(text: string): { text: string; at: { line: number; column: number } } {
  const index = text.indexOf('‸');
  const before = text.slice(0, index);
  return {
    text: text.replace('‸', ''),
    at: { line: before.split('\n').length, column: index - before.lastIndexOf('\n') },
  };
}

describe('syntax errors', () => {
  it.each([
    [
      'a missing comma',
      '{\n  "a": 1‸\n  "b": 2\n}',
      'a comma is missing',
      'add a comma at the end of line 2',
    ],
    [
      'a missing comma inside a line',
      '{ "a": 1 ‸"b": 2 }',
      'a comma is missing',
      'add a comma before column 10 on line 1',
    ],
    [
      'a trailing comma in an object',
      '{\n  "a": 1‸,\n}',
      'a comma after the last item',
      'remove the comma after the last item on line 2',
    ],
    [
      'a trailing comma in an array',
      '{ "a": [1, 2‸,] }',
      'a comma after the last item',
      'remove the comma after the last item on line 1',
    ],
    [
      'an unclosed quote',
      '{\n  "a": ‸"Fuzuli,\n  "b": 2\n}',
      'a text in quotes is not closed',
      'close the quote opened on line 2',
    ],
    [
      'a missing colon',
      '{\n  "a"‸ 1\n}',
      'expected ":"',
      'put a colon (:) between the name and its value on line 2',
    ],
    [
      'a line comment',
      '{\n  ‸// note\n  "a": 1\n}',
      'comments are not allowed in JSON',
      'remove the comment on line 2',
    ],
    [
      'a block comment',
      '{ "a": ‸/* note */ 1 }',
      'comments are not allowed in JSON',
      'remove the comment on line 1',
    ],
    [
      'a single-quoted string',
      "{\n  ‸'a': 1\n}",
      'unexpected character',
      'use double quotes (") instead of single quotes on line 2',
    ],
    ['an unquoted key', '{ ‸a: 1 }', 'unexpected character', 'put text in double quotes on line 1'],
    [
      'a quote left out of a name',
      '{\n  "a: "‸x",\n  "b": 2\n}',
      'unexpected character',
      'check the double quotes on line 2',
    ],
    [
      'a missing brace at the end',
      '{\n  "a": [1, 2]\n‸',
      'expected "}"',
      'close the “{” opened on line 1 with “}”',
    ],
    ['text after the document', '{ "a": 1 }\n‸more', 'unexpected', undefined],
  ])('reports %s where it is to be fixed, and how', (_name, raw, message, hint) => {
    const { text, at } = marked(raw);
    const source = parseJsonSource(text);
    expect(source.value).toBeUndefined();
    expect(source.syntaxError?.position).toEqual(at);
    expect(source.syntaxError?.message).toContain(message);
    if (hint)
      expect(source.syntaxError?.hint?.text).toMatch(new RegExp(`^${hint.replace(/[()[\]{}.?]/g, '\\$&')}`));
  });

  it('reports only the first syntax error', () => {
    const { text, at } = marked('{\n  "a": 1‸\n  "b": 2,\n  "c": [1 2],\n}');
    const source = parseJsonSource(text);
    expect(source.syntaxError).toEqual({
      message: 'a comma is missing between two items',
      position: at,
      hint: { key: 'missingComma', params: { line: 2 }, text: 'add a comma at the end of line 2' },
    });
  });

  it('counts lines right in a CRLF file with a byte-order mark', () => {
    const text = '\uFEFF{\r\n  "a": 1,\r\n  "b": 2\r\n  "c": 3\r\n}\r\n';
    expect(parseJsonSource(text).syntaxError?.position).toEqual({ line: 3, column: 9 });
    expect(parseJsonSource(text).syntaxError?.hint?.text).toBe('add a comma at the end of line 3');
  });
});

describe('positions are computed only when needed', () => {
  it('does not build the position tree for a valid file until a position is asked for, then only once', () => {
    const source = parseJsonSource(SAMPLE);
    expect(slowParse).not.toHaveBeenCalled();
    expect(source.locate(['count'])).toEqual(positionOf(SAMPLE, '12'));
    expect(source.locate(['name', 'en'])).toEqual(positionOf(SAMPLE, '"Aghali"'));
    expect(slowParse).toHaveBeenCalledTimes(1);
  });

  it('builds it once for a file with a syntax error', () => {
    const source = parseJsonSource('{ "a": 1 "b": 2 }');
    expect(source.syntaxError?.position).toEqual({ line: 1, column: 10 });
    source.locate(['a']);
    expect(slowParse).toHaveBeenCalledTimes(1);
  });

  it('validates a projects file without any issue with JSON.parse alone', () => {
    const collection = JSON.parse(fixtureText('projects.geojson')) as {
      features: { properties: { name: Record<string, string>; start?: string } }[];
    };
    for (const { properties } of collection.features) {
      properties.name.ar = `${properties.name.en} (ar)`;
      properties.name.tr = `${properties.name.en} (tr)`;
    }
    const result = validateProjects(JSON.stringify(collection, null, 2), 'projects.geojson');
    expect(result.issues).toEqual([]);
    expect(result.value).toHaveLength(4);
    expect(slowParse).not.toHaveBeenCalled();
  });
});
