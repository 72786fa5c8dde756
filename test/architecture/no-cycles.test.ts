import { createRequire } from 'node:module';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { repoRoot } from '../helpers/fake-context.js';

// madge ships no types; this is the part of its API the check uses.
type Madge = (
  dir: string,
  config: { fileExtensions: string[]; tsConfig: string },
) => Promise<{ circular(): string[][]; obj(): Record<string, string[]> }>;
const madge = createRequire(import.meta.url)('madge') as Madge;

describe('the source tree', () => {
  it('has no import cycles (a layer that imports its caller could not be kept apart)', async () => {
    const graph = await madge(path.join(repoRoot, 'src'), {
      fileExtensions: ['ts'],
      tsConfig: path.join(repoRoot, 'tsconfig.json'),
    });
    // the graph resolves the `.js` specifiers to the `.ts` files (else an empty graph would have no cycles either)
    expect(graph.obj()['commands/lookup.ts']).toContain('ui/views/format-lookup.ts');
    expect(graph.circular()).toEqual([]);
  }, 60_000);
});
