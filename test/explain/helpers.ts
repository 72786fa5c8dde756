import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { explainFile } from '../../src/explain/explain-file.js';
import type { ExplainItem, Explanation, Finding } from '../../src/explain/model.js';
import { fixture } from '../helpers/fake-context.js';

/** Explains a file of test/fixtures/explain as the command does (with the .dockerignore check). */
export function explainFixture(name: string): Explanation {
  const file = fixture(path.join('explain', name));
  return explainFile({
    bytes: readFileSync(file),
    source: name,
    hasDockerignore: existsSync(path.join(path.dirname(file), '.dockerignore')),
  });
}

export const itemAt = (e: Explanation, line: number): ExplainItem => {
  const item = e.items.find((i) => i.line === line);
  if (!item) throw new Error(`no item at line ${line}`);
  return item;
};

export const rules = (e: Explanation): string[] => e.findings.map((f) => `${f.line}:${f.rule}`);

export const finding = (e: Explanation, rule: string): Finding | undefined =>
  e.findings.find((f) => f.rule === rule);
