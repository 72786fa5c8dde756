import { describe, expect, it } from 'vitest';
import type { LookupData } from '../../src/commands/lookup.js';
import type { SearchHitData } from '../../src/commands/search.js';
import { readdirSync } from 'node:fs';
import path from 'node:path';
import { run } from '../../src/main.js';
import { fakeContext } from '../helpers/fake-context.js';
import { runCli, tempHome } from '../helpers/run-cli.js';

describe('lookup (real notes)', () => {
  it('finds a concept despite a typo and prints its section', async () => {
    const { code, stdout, stderr } = await runCli(['lookup', 'overlya']);
    expect(code).toBe(0);
    expect(stderr).toBe('');
    expect(stdout.split('\n')[0]).toBe('networking › Overlay');
    expect(stdout).toContain('Read the whole topic: dockerlearn show networking');
    expect(stdout).not.toContain('\u001b[');
  });

  it('offers a weak typo match as a suggestion, not as the answer', async () => {
    const { code, stdout, stderr } = await runCli(['lookup', 'macvaln']);
    expect(code).toBe(1);
    expect(stdout).toBe('');
    expect(stderr).toContain('did you mean "Macvlan" (in networking)?');
  });

  it('lands a docker command and a flag given without --', async () => {
    expect((await runCli(['lookup', 'docker', 'ps'])).stdout.split('\n')[0]).toBe(
      'containers › Container lifecycle',
    );
    expect((await runCli(['lookup', '--rm'])).stdout.split('\n')[0]).toBe(
      'containers › docker run essentials',
    );
    expect((await runCli(['lookup', 'overnet'])).stdout).toContain('"overnet" is usually written "Overlay"');
  });

  it("glossary lists the topic's concepts alphabetically, each with its definition indented under it", async () => {
    const { code, stdout, stderr } = await runCli(['glossary', 'networking']);
    expect(code).toBe(0);
    expect(stderr).toBe('');
    const all = stdout.trimEnd().split('\n');
    const lines = all.slice(0, -2);
    const names = lines.filter((line) => !line.startsWith('    '));
    expect(all.slice(-2)).toEqual(['', `${names.length} concepts. Read one: dockerlearn lookup <name>`]);
    expect(names.filter((name) => !name.endsWith(' (networking)'))).toEqual([]);
    const keys = names.map((name) => name.toLowerCase());
    expect(keys).toEqual([...keys].sort());
    expect(names).toEqual(expect.arrayContaining(['Bridge (networking)', 'Overlay (networking)']));
    const macvlan = lines.indexOf('Macvlan (networking)');
    expect(lines[macvlan + 1]).toMatch(
      /^ {4}The macvlan driver gives each container's interface its own MAC/,
    );
    // every name has a definition under it
    lines.forEach((line, i) => {
      if (!line.startsWith('    ')) expect(lines[i + 1]).toMatch(/^ {4}\S/);
    });
  });

  it('joins several words into one name', async () => {
    const { code, stdout } = await runCli(['lookup', 'multi', 'stage', 'build']);
    expect(code).toBe(0);
    const lines = stdout.split('\n');
    expect(lines[0]).toBe('multi-stage-builds (topic)');
    // the topic's concepts, as many as the heading says, a sub-section indented under its section
    const at = lines.findIndex((line) => /^Concepts \(\d+\):$/.test(line));
    const listed = lines.slice(at + 1, lines.indexOf('', at));
    expect(lines[at]).toBe(`Concepts (${listed.length}):`);
    expect(listed).toContain('  --target: stop at a stage');
    expect(listed[listed.indexOf('  COPY --from') + 1]).toBe('    Copying from an external image');
    expect(listed.every((line) => /^ {2}( {2})?\S/.test(line))).toBe(true);
  });

  it('prints JSON for --json', async () => {
    const { code, stdout } = await runCli(['lookup', '--json', 'copy on write']);
    expect(code).toBe(0);
    const data = JSON.parse(stdout) as LookupData;
    expect(data.query).toBe('copy on write');
    expect(data.match).toMatchObject({ topic: 'containers', kind: 'concept', score: 1 });
    expect(typeof data.markdown).toBe('string');
    expect(Array.isArray(data.alternatives)).toBe(true);
  });

  it('exits 1 with suggestions on stderr when nothing matches', async () => {
    const { code, stdout, stderr } = await runCli(['lookup', 'hsot']);
    expect(code).toBe(1);
    expect(stdout).toBe('');
    expect(stderr.split('\n')[0]).toBe('dockerlearn: nothing called "hsot"');
    expect(stderr).toMatch(/did you mean .*"Host" \(in networking\)/);
  });

  it('still prints JSON, with a null match, when nothing matches', async () => {
    const { code, stdout } = await runCli(['lookup', '--json', 'hsot']);
    expect(code).toBe(1);
    const data = JSON.parse(stdout) as LookupData;
    expect(data.match).toBeNull();
    expect(data.suggestions.some((s) => s.concept === 'host')).toBe(true);
  });

  it('needs a name: exit 2, the usage error on stderr and nothing on stdout', async () => {
    const { code, stdout, stderr } = await runCli(['lookup']);
    expect(code).toBe(2);
    expect(stdout).toBe('');
    expect(stderr.split('\n')[0]).toBe("dockerlearn: missing required argument 'name'");
  });
});

describe('search (real notes)', () => {
  it('lists ranked sections with snippets', async () => {
    const { code, stdout, stderr } = await runCli(['search', 'SIGTERM']);
    expect(code).toBe(0);
    expect(stderr).toBe('');
    expect(stdout).toMatch(/^\d+ sections? match "SIGTERM"\n\n {2}containers › Stop vs kill\n {4}.*SIGTERM/);
    expect(stdout).not.toContain('\u001b[');
  });

  it('prints JSON for --json, within --limit', async () => {
    const { code, stdout } = await runCli(['search', '--json', '--limit', '2', 'docker']);
    expect(code).toBe(0);
    const hits = JSON.parse(stdout) as SearchHitData[];
    expect(hits).toHaveLength(2);
    for (const hit of hits) {
      expect(Object.keys(hit).sort()).toEqual(['concept', 'score', 'snippet', 'title', 'topic']);
    }
    expect(hits[0]!.score).toBeGreaterThanOrEqual(hits[1]!.score);
  });

  it('gives the same answer from the index it saved on the first run', async () => {
    const cacheDir = path.join(tempHome(), 'cache');
    const search = async () => {
      const ctx = fakeContext({ env: { NO_COLOR: '1' }, cacheDir });
      const code = await run(['search', '--limit', '3', 'copy on write'], ctx);
      return { code, stdout: ctx.out.text(), stderr: ctx.err.text() };
    };
    const first = await search();
    expect(first.code).toBe(0);
    expect(readdirSync(cacheDir).filter((f) => f.startsWith('search-'))).toHaveLength(1);
    expect(await search()).toEqual(first);
    expect(first.stdout).toContain('containers › The writable container layer');
  });

  it('exits 1 when nothing matches', async () => {
    const { code, stdout, stderr } = await runCli(['search', 'qqqzzzx']);
    expect(code).toBe(1);
    expect(stdout).toBe('');
    expect(stderr).toContain('nothing in the notes matches "qqqzzzx"');
  });
});

describe('help', () => {
  it('shows examples for lookup and search', async () => {
    expect((await runCli(['lookup', '--help'])).stdout).toContain('dockerlearn lookup multi stage build');
    expect((await runCli(['search', '--help'])).stdout).toContain('dockerlearn search copy on write');
  });
});
