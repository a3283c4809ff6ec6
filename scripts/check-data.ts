/**
 * The curator's validator: `npm run check-data [-- [--json] FILE…]`. Checks every file in data/ (or the
 * given files; the kind comes from the file name), one line per problem (with what to do about the common
 * ones on an indented line), then a count. Exit 1 on any error.
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { basename, join, relative } from 'node:path';
import { checkFiles, type FileToCheck } from './check-data/check-files.ts';
import { formatIssue, summary } from './check-data/format.ts';

const DATA_DIR = 'data';

function defaultFiles(): string[] {
  return readdirSync(DATA_DIR)
    .filter((name) => /\.(geojson|json)$/.test(name))
    .map((name) => join(DATA_DIR, name));
}

function main(argv: string[]): number {
  const json = argv.includes('--json');
  const paths = argv.filter((arg) => !arg.startsWith('--'));
  const files: FileToCheck[] = [];
  for (const path of paths.length > 0 ? paths : defaultFiles()) {
    if (!existsSync(path)) {
      console.error(`${path}: no such file`);
      return 2;
    }
    files.push({ path: relative(process.cwd(), path) || basename(path), text: readFileSync(path, 'utf8') });
  }
  const { issues, unknown, counts } = checkFiles(files, {
    dataDir: DATA_DIR,
    readFile: (path) => readFileSync(path, 'utf8'),
  });
  if (json) {
    console.log(JSON.stringify({ issues, unknownFiles: unknown, counts }, null, 2));
  } else {
    for (const path of unknown)
      console.log(`${path}: skipped (the name does not say which kind of data file it is)`);
    for (const issue of issues) console.log(formatIssue(issue));
    console.log(summary(issues, counts));
  }
  return issues.some((issue) => issue.severity === 'error') ? 1 : 0;
}

process.exitCode = main(process.argv.slice(2));
