import { mkdirSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { checkContent } from '../../src/content/load.js';
import { loadLabs } from '../../src/content/load-labs.js';
import { checkLabs } from '../../src/labs/validate-labs.js';

const builtin = path.resolve('content');
const lab = readFileSync(path.join(builtin, 'labs', 'containers-web.md'), 'utf8');

function userFolder(files: Record<string, string>): string {
  const dir = mkdtempSync(path.join(os.tmpdir(), 'dl-labs-'));
  mkdirSync(path.join(dir, 'labs'));
  for (const [name, text] of Object.entries(files)) writeFileSync(path.join(dir, name), text);
  return dir;
}

describe('loading labs', () => {
  it('loads the built-in labs, and the notes loader does not read the labs folder as notes', async () => {
    const sources = [{ dir: builtin, builtIn: true }];
    const { library, problems } = await checkContent(sources);
    expect(problems).toEqual([]);
    expect(library.topics.some((t) => t.file.includes('labs'))).toBe(false);
    const loaded = await loadLabs(sources, process.cwd());
    expect(loaded.problems).toEqual([]);
    const checked = checkLabs(loaded.labs, library);
    expect(checked.problems).toEqual([]);
    expect(checked.labs.map((l) => l.id)).toContain('containers-web');
  });

  it('reports a topic and concepts that are not in the loaded notes, with file and line', async () => {
    const bad = lab
      .replace('topic: containers', 'topic: kubernetes')
      .replace('id: containers-web', 'id: bad-topic');
    const badConcept = lab
      .replace('id: containers-web', 'id: bad-concept')
      .replace('restart: Restart policies', 'restart: Pod eviction');
    const dir = userFolder({ 'labs/bad-topic.md': bad, 'labs/bad-concept.md': badConcept });
    const sources = [
      { dir: builtin, builtIn: true },
      { dir, builtIn: false },
    ];
    const { library } = await checkContent(sources);
    const { problems } = checkLabs((await loadLabs(sources, process.cwd())).labs, library);
    expect(problems).toContainEqual(
      expect.objectContaining({
        file: expect.stringMatching(/bad-topic\.md$/),
        line: 1,
        message: expect.stringContaining('"kubernetes"'),
      }),
    );
    const concept = problems.find((p) => p.message.includes('Pod eviction'));
    expect(concept?.file).toMatch(/bad-concept\.md$/);
    expect(concept?.line).toBeGreaterThan(20);
  });

  it('a user folder lab with a built-in id replaces the built-in one', async () => {
    const dir = userFolder({ 'labs/containers-web.md': lab.replace('title: A named', 'title: My named') });
    const sources = [
      { dir: builtin, builtIn: true },
      { dir, builtIn: false },
    ];
    const { library } = await checkContent(sources);
    const { labs, problems } = checkLabs((await loadLabs(sources, process.cwd())).labs, library);
    expect(problems).toEqual([]);
    expect(labs.filter((l) => l.id === 'containers-web').map((l) => l.title)).toEqual([
      'My named web server that comes back after a crash',
    ]);
  });
});
