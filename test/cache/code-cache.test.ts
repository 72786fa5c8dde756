import { existsSync, mkdirSync, readdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { codeCacheFile, codePathOf, saveCodeCache } from '../../src/cache/code-cache.js';
import { createProgram } from '../../src/cli.js';
import { PROGRAM_COMMANDS } from '../../src/program-commands.js';
import { fakeContext } from '../helpers/fake-context.js';
import { tempHome } from '../helpers/run-cli.js';

const key = { node: 'v20.20.2|x64', bundle: '790717|1764771840000' };

describe('the code cache of each command', () => {
  it('knows exactly the commands the program defines', () => {
    const program = createProgram(fakeContext(), '0.0.0');
    expect([...PROGRAM_COMMANDS].sort()).toEqual(program.commands.map((c) => c.name()).sort());
  });

  it('is chosen by the first word that is a command, after any global option and its value', () => {
    expect(codePathOf(['show', 'networking'])).toBe('show');
    expect(codePathOf(['--content', 'my-notes', 'quiz', 'swarm'])).toBe('quiz');
    // a typo, no command at all, or the menu share one file
    expect(codePathOf(['shwo', 'networking'])).toBe('other');
    expect(codePathOf([])).toBe('other');
  });

  it('is one per lab subcommand and per kind of thing explained or looked up, which run different code', () => {
    expect(codePathOf(['--no-color', 'lab', 'check', 'user-bridge'])).toBe('lab-check');
    expect(codePathOf(['lab', 'show', 'user-bridge'])).toBe('lab-show');
    expect(codePathOf(['lab'])).toBe('lab');
    expect(codePathOf(['lab', '--json'])).toBe('lab');
    expect(codePathOf(['explain', 'Dockerfile'])).toBe('explain-dockerfile');
    expect(codePathOf(['explain', 'build/Dockerfile.prod'])).toBe('explain-dockerfile');
    expect(codePathOf(['explain', 'compose.yaml'])).toBe('explain-compose');
    expect(codePathOf(['explain', '--json', 'deploy/stack.yml'])).toBe('explain-compose');
    expect(codePathOf(['explain', 'docker', 'run', '-p', '8080:80', 'nginx'])).toBe('explain-command');
    expect(codePathOf(['explain', '$ docker ps -a'])).toBe('explain-command');
    expect(codePathOf(['lookup', 'macvlan'])).toBe('lookup');
    expect(codePathOf(['lookup', '--json', 'docker', 'ps'])).toBe('lookup-command');
    expect(codePathOf(['lookup', '--', '--mount'])).toBe('lookup-flag');
    expect(codePathOf(['lookup', '--rm'])).toBe('lookup-flag');
  });

  it('lives in the cache folder, named by command, under a name that changes with the build and the Node', () => {
    const file = codeCacheFile('/c', 'show', key);
    expect(path.dirname(file)).toBe('/c/code');
    expect(path.basename(file)).toMatch(/^show-[0-9a-f]{16}\.bin$/);
    expect(codeCacheFile('/c', 'show', { ...key, bundle: '790718|1764771840000' })).not.toBe(file);
    expect(codeCacheFile('/c', 'show', { ...key, node: 'v22.12.0|x64' })).not.toBe(file);
    expect(codeCacheFile('/c', 'topics', key)).not.toBe(file);
  });

  it("replaces the code path's caches of other builds and leaves the other paths' alone", () => {
    const dir = path.join(tempHome(), 'cache');
    const old = codeCacheFile(dir, 'show', { ...key, bundle: 'older' });
    const other = codeCacheFile(dir, 'topics', key);
    // a longer name that starts with this one's is another path's cache
    const longer = codeCacheFile(dir, 'show-more', { ...key, bundle: 'older' });
    mkdirSync(path.dirname(old), { recursive: true });
    writeFileSync(old, 'old build');
    writeFileSync(other, 'topics');
    writeFileSync(longer, 'another path');
    const file = codeCacheFile(dir, 'show', key);
    saveCodeCache(file, new Uint8Array([1, 2, 3]));
    expect(readdirSync(path.dirname(file)).sort()).toEqual(
      [path.basename(file), path.basename(other), path.basename(longer)].sort(),
    );
  });

  it('writes nothing and raises nothing where the cache folder cannot be made', () => {
    const home = tempHome();
    writeFileSync(path.join(home, 'cache'), 'a file where the folder would go');
    const file = codeCacheFile(path.join(home, 'cache'), 'show', key);
    expect(() => saveCodeCache(file, new Uint8Array([1]))).not.toThrow();
    expect(existsSync(file)).toBe(false);
  });
});
