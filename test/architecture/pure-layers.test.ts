import path from 'node:path';
import { ESLint } from 'eslint';
import { describe, expect, it } from 'vitest';
import { repoRoot } from '../helpers/fake-context.js';

// What eslint.config.js forbids a file to import (the no-restricted-imports patterns that apply to it). Read from
// the configuration rather than by linting, which would start the type checker (ten seconds).
async function forbiddenImports(file: string): Promise<string[]> {
  const eslint = new ESLint({ cwd: repoRoot });
  const config = (await eslint.calculateConfigForFile(path.join(repoRoot, file))) as {
    rules?: Record<string, [unknown, { patterns?: { group: string[] }[] }?]>;
  };
  const rule = config.rules?.['no-restricted-imports'];
  return (rule?.[1]?.patterns ?? []).flatMap((p) => p.group);
}

describe('the lint layer rule', () => {
  it.each([
    'src/library/plain-text.ts',
    'src/library/search-notes.ts',
    'src/quiz/score.ts',
    'src/content/parse-note.ts',
    'src/content/topic-index.ts',
    'src/content/build-library.ts',
    'src/explain/parse-dockerfile.ts',
    'src/labs/evaluate.ts',
  ])('forbids the pure layers to read files or run programs: %s', async (file) => {
    expect(await forbiddenImports(file)).toEqual(
      expect.arrayContaining(['node:fs', 'node:fs/*', 'node:child_process', 'chalk']),
    );
  });

  it('leaves reading notes and labs to content/load.ts and load-labs.ts, which still may not print', async () => {
    for (const file of ['src/content/load.ts', 'src/content/load-labs.ts']) {
      const forbidden = await forbiddenImports(file);
      expect(forbidden).not.toContain('node:fs');
      expect(forbidden).toContain('chalk');
    }
  });
});
