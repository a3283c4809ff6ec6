/** The curator CLI, run as a process the way `npm run check-data -- …` runs it. */
import { execFile } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, relative } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import type { DataIssue } from '../src/data/issues.ts';
import { BREAKAGES } from '../tests/breakages.ts';

const ROOT = join(import.meta.dirname, '..');
const TSX = join(ROOT, 'node_modules', '.bin', 'tsx');
// Each test starts the CLI (tsx compiles it first): tens of seconds when the cores are shared.
const TIMEOUT = 60_000;

interface Run {
  code: number;
  stdout: string;
  stderr: string;
  lines: string[];
}

function checkData(...args: string[]): Promise<Run> {
  return new Promise((resolve, reject) => {
    execFile(
      TSX,
      ['scripts/check-data.ts', ...args],
      { cwd: ROOT, timeout: TIMEOUT },
      (error, stdout, stderr) => {
        if (error && typeof error.code !== 'number') reject(error);
        else
          resolve({
            code: error ? Number(error.code) : 0,
            stdout,
            stderr,
            lines: stdout.trimEnd().split('\n'),
          });
      },
    );
  });
}

/** `FILE:LINE:COL error CODE message` */
const ISSUE_LINE =
  /^(?<file>[^:\s]+):(?<line>\d+):(?<column>\d+) (?<severity>error|warning) (?<code>[a-z]+(?:-[a-zA-Z]+)*) (?<message>\S.*)$/;
const SUMMARY = /^(?<errors>\d+) errors?, (?<warnings>\d+) warnings?(?: \((?<counts>.+)\))?$/;

function position(text: string, needle: string): { line: number; column: number } {
  const index = text.indexOf(needle);
  expect(index, needle).toBeGreaterThanOrEqual(0);
  expect(text.indexOf(needle, index + 1), `${needle} is unique`).toBe(-1);
  const before = text.slice(0, index);
  return { line: before.split('\n').length, column: index - before.lastIndexOf('\n') };
}

/** What to do about the issue above it, indented. */
const FIX_LINE = /^ {2}fix: \S.*$/;

/** Checks the output's shape: issue lines (each maybe followed by its fix), then one summary line. */
function parseOutput(run: Run) {
  const summary = run.lines.at(-1) ?? '';
  const match = SUMMARY.exec(summary);
  expect(match, `summary line: ${summary}`).not.toBeNull();
  const body = run.lines.slice(0, -1).filter((line) => !/: skipped \(/.test(line));
  body.forEach((line, i) => {
    if (FIX_LINE.test(line)) expect(body[i - 1], `the line before "${line}"`).toMatch(ISSUE_LINE);
  });
  const issues = body.filter((line) => !FIX_LINE.test(line));
  for (const line of issues) expect(line).toMatch(ISSUE_LINE);
  const severities = issues.map((line) => ISSUE_LINE.exec(line)?.groups?.severity);
  expect(Number(match?.groups?.errors)).toBe(severities.filter((s) => s === 'error').length);
  expect(Number(match?.groups?.warnings)).toBe(severities.filter((s) => s === 'warning').length);
  return { summary, issues, errors: Number(match?.groups?.errors) };
}

const GOOD = ['districts.geojson', 'imagery.json', 'projects.geojson', 'scenes.json', 'kiosk.json'].map(
  (name) => `tests/fixtures/data/${name}`,
);
const BAD = 'tests/fixtures/invalid/projects-errors.geojson';
const BAD_TEXT = readFileSync(join(ROOT, BAD), 'utf8');

const temp = mkdtempSync(join(tmpdir(), 'check-data-'));
afterAll(() => rmSync(temp, { recursive: true, force: true }));

describe.concurrent('npm run check-data', () => {
  it(
    'passes a good data set with exit 0 and a summary',
    async () => {
      const run = await checkData(...GOOD);
      expect(run.stderr).toBe('');
      expect(run.code).toBe(0);
      const { summary, issues } = parseOutput(run);
      expect(issues.every((line) => / warning missing-translation /.test(line))).toBe(true);
      expect(summary).toBe(
        `0 errors, ${issues.length} warnings (tests/fixtures/data/districts.geojson: 7 valid, ` +
          'tests/fixtures/data/imagery.json: 2 valid, tests/fixtures/data/projects.geojson: 4 valid, ' +
          'tests/fixtures/data/scenes.json: 1 valid, tests/fixtures/data/kiosk.json: 1 valid)',
      );
    },
    TIMEOUT,
  );

  it(
    'reports a bad file line by line, resolves references against data/ and exits 1',
    async () => {
      const run = await checkData(BAD);
      expect(run.code).toBe(1);
      const { summary, issues } = parseOutput(run);
      expect(summary).toBe(`17 errors, 2 warnings (${BAD}: 2 valid)`);
      expect(issues.every((line) => line.startsWith(`${BAD}:`))).toBe(true);
      const at = position(BAD_TEXT, '"hospital"');
      expect(issues).toContain(
        `${BAD}:${at.line}:${at.column} error unknown-category "hospital" is not a category (allowed: housing, ` +
          'transport, energy, agriculture, industry, social, heritage, urban, demining, tourism, water, digital) ' +
          'in project "bad-category"',
      );
      const start = position(BAD_TEXT, '"2021-13"');
      expect(issues).toContain(
        `${BAD}:${start.line}:${start.column} error invalid-start properties.start "2021-13": must be a date ` +
          'written YYYY, YYYY-MM or YYYY-MM-DD in project "bad-month"',
      );
      // The districts come from data/districts.geojson, which is not itself reported.
      const qqq = position(BAD_TEXT, '"AZ-QQQ"');
      expect(issues).toContain(
        `${BAD}:${qqq.line}:${qqq.column} error unknown-district district "AZ-QQQ" is not in districts.geojson ` +
          'in project "unknown-district"',
      );
      const wrong = position(BAD_TEXT, '[46.7525, 39.7587]');
      expect(
        issues.find((line) =>
          line.startsWith(`${BAD}:${wrong.line}:${wrong.column} error outside-district `),
        ),
      ).toMatch(
        /not within 4 km of Fuzuli \(AZ-FUZ\) \(\d+\.\d km away\); it lies in Shusha \(AZ-SUS\) in project "wrong-district"$/,
      );
    },
    TIMEOUT,
  );

  it(
    'prints the issues as JSON with --json, resolving references against the files given',
    async () => {
      const districts = 'tests/fixtures/invalid/districts-unclosed-ring.geojson';
      const run = await checkData('--json', BAD, districts);
      expect(run.code).toBe(1);
      const output = JSON.parse(run.stdout) as {
        issues: DataIssue[];
        unknownFiles: string[];
        counts: Record<string, number>;
      };
      expect(output.unknownFiles).toEqual([]);
      expect(output.counts).toEqual({ [districts]: 1, [BAD]: 0 });
      const at = position(BAD_TEXT, '"hospital"');
      expect(output.issues).toContainEqual({
        file: BAD,
        ...at,
        severity: 'error',
        code: 'unknown-category',
        message: expect.stringMatching(/^"hospital" is not a category \(allowed: housing, /),
        hint: {
          key: 'allowedValues',
          params: { allowed: expect.stringMatching(/^housing, transport, /) },
          text: expect.stringMatching(/^use one of the allowed values: housing, /),
        },
      });
      expect(output.issues[0]).toMatchObject({ file: districts, code: 'invalid-geojson' });
      // Only AZ-AAA is a valid district in the districts file given, so every AZ-FUZ is unknown.
      const unknown = output.issues.filter((issue) => issue.code === 'unknown-district');
      expect(unknown.map((issue) => issue.message.split(' ')[1])).toContain('"AZ-FUZ"');
      for (const issue of output.issues) {
        expect(Object.keys(issue).filter((key) => key !== 'hint')).toEqual(
          expect.arrayContaining(['code', 'column', 'file', 'line', 'message', 'severity']),
        );
        expect(Object.keys(issue)).toHaveLength(issue.hint ? 7 : 6);
      }
    },
    TIMEOUT,
  );

  it(
    'skips a file whose name does not say its kind',
    async () => {
      const run = await checkData('tests/fixtures/invalid/notes.json', 'tests/fixtures/data/imagery.json');
      expect(run.code).toBe(0);
      expect(run.lines).toEqual([
        'tests/fixtures/invalid/notes.json: skipped (the name does not say which kind of data file it is)',
        '0 errors, 0 warnings (tests/fixtures/data/imagery.json: 2 valid)',
      ]);
    },
    TIMEOUT,
  );

  it(
    'exits 2 for a file that does not exist',
    async () => {
      const run = await checkData('tests/fixtures/invalid/no-such-file.geojson');
      expect(run.code).toBe(2);
      expect(run.stdout).toBe('');
      expect(run.stderr.trim()).toBe('tests/fixtures/invalid/no-such-file.geojson: no such file');
    },
    TIMEOUT,
  );

  it(
    'reports only the first syntax error of a file that is not JSON',
    async () => {
      const file = 'tests/fixtures/invalid/projects-not-json.geojson';
      const at = position(readFileSync(join(ROOT, file), 'utf8'), '"id": "no-comma"');
      const run = await checkData(file);
      expect(run.code).toBe(1);
      expect(run.lines).toEqual([
        `${file}:${at.line}:${at.column} error invalid-json the file is not valid JSON: a comma is missing between two items`,
        `  fix: add a comma before column ${at.column} on line ${at.line}`,
        `1 error, 0 warnings (${file}: 0 valid)`,
      ]);
    },
    TIMEOUT,
  );

  it(
    'reads a file with a byte-order mark and CRLF line endings',
    async () => {
      const text = readFileSync(join(ROOT, 'tests/fixtures/data/projects.geojson'), 'utf8').replace(
        '"category": "transport"',
        '"category": "hospital"',
      );
      const path = join(temp, 'projects-windows.geojson');
      writeFileSync(path, `\uFEFF${text.replaceAll('\n', '\r\n')}`);
      const run = await checkData(path);
      expect(run.code).toBe(1);
      const at = position(text, '"hospital"');
      const errors = parseOutput(run).issues.filter((line) => line.includes(' error '));
      expect(errors).toHaveLength(1);
      expect(errors[0]).toMatch(
        new RegExp(
          `projects-windows\\.geojson:${at.line}:${at.column} error unknown-category "hospital" is not`,
        ),
      );
    },
    TIMEOUT,
  );

  it(
    'checks the shipped data/ folder by default',
    async () => {
      const run = await checkData();
      const { summary, errors } = parseOutput(run);
      expect(summary).toMatch(
        /\(data\/districts\.geojson: \d+ valid, data\/imagery\.json: \d+ valid, data\/projects\.geojson: \d+ valid, data\/scenes\.json: \d+ valid, data\/kiosk\.json: \d+ valid, data\/about\.json: \d+ valid, data\/corrections\.json: \d+ valid, data\/boundary-corrections\.json: \d+ valid\)$/,
      );
      expect(run.code).toBe(errors > 0 ? 1 : 0);
      // The shipped data passes.
      expect(summary).toMatch(/^0 errors, /);
      expect(run.code).toBe(0);
    },
    TIMEOUT,
  );
  it(
    'says what to do about the five common breakages, at the line to fix',
    async () => {
      const paths = BREAKAGES.map((breakage, i) => {
        const path = join(temp, `projects-${i + 1}.geojson`);
        writeFileSync(path, breakage.text);
        return path;
      });
      const run = await checkData(...paths);
      expect(run.code).toBe(1);
      const { summary } = parseOutput(run);
      const errors = BREAKAGES.reduce((sum, b) => sum + b.errors, 0);
      const warnings = BREAKAGES.reduce((sum, b) => sum + b.warnings, 0);
      expect(summary).toMatch(new RegExp(`^${errors} errors, ${warnings} warnings \\(`));
      BREAKAGES.forEach((breakage, i) => {
        // The CLI names a file as given, relative to where it runs.
        const path = relative(ROOT, paths[i] ?? '');
        const lines = run.lines.filter((line) => line.startsWith(`${path}:`));
        const errorLine = lines.findIndex((line) => / error /.test(line));
        expect(lines[errorLine], breakage.name).toMatch(
          new RegExp(`^${path}:${breakage.line}:${breakage.column} error ${breakage.code} `),
        );
        // The fix follows its issue line.
        const next = run.lines[run.lines.indexOf(lines[errorLine] ?? '') + 1];
        expect(next, breakage.name).toBe(`  fix: ${breakage.fix}`);
        expect(
          lines.filter((line) => / warning /.test(line)),
          breakage.name,
        ).toHaveLength(breakage.warnings);
      });
    },
    TIMEOUT,
  );
});
