/** The first step of every file's validation: its text as a JSON document, or the issue that stops it. */
import type { IssueList } from './issues.ts';
import type { JsonSource } from './json-source.ts';

export interface Document {
  source: JsonSource;
  value: unknown;
}

/** Parses a file; syntax errors and empty files become issues and yield no document. */
export function readDocument(text: string, issues: IssueList): Document | undefined {
  const source = issues.source;
  if (text.replace(/^\uFEFF/, '').trim() === '' || !source) {
    issues.error('empty-file', 'the file is empty (expected a JSON document)');
    return undefined;
  }
  if (source.syntaxError) {
    issues.items.push({
      file: issues.file,
      ...source.syntaxError.position,
      severity: 'error',
      code: 'invalid-json',
      message: `the file is not valid JSON: ${source.syntaxError.message}`,
      ...(source.syntaxError.hint && { hint: source.syntaxError.hint }),
    });
    return undefined;
  }
  return { source, value: source.value };
}
