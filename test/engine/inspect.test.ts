import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { inspectMany } from '../../src/engine/inspect.js';
import type { RunDocker } from '../../src/engine/run-docker.js';

/** One recorded object (20.10 shape), as `docker inspect --format '{{json .}}'` prints it: one line. */
function line(name: string): string {
  const parsed = JSON.parse(
    readFileSync(new URL(`../fixtures/inspect/engine-20.10/${name}.json`, import.meta.url), 'utf8'),
  ) as unknown;
  return JSON.stringify(Array.isArray(parsed) ? parsed[0] : parsed);
}

/** A docker that prints the given lines and records what it was asked. */
function printing(lines: string[]): { run: RunDocker; asked: string[][] } {
  const asked: string[][] = [];
  const run: RunDocker = (args) => {
    asked.push([...args]);
    return Promise.resolve({ stdout: lines.join('\n') + '\n', stderr: '', code: 0 });
  };
  return { run, asked };
}

describe('inspectMany', () => {
  it('gives one image to both names when two names are tags of it', async () => {
    const busybox = line('image-busybox'); // tagged busybox:latest
    const { run } = printing([busybox, busybox]);
    const got = await inspectMany(run, 'image', ['busybox', 'busybox:latest']);
    expect(got['busybox']?.['Id']).toMatch(/^sha256:7a4e5dca/);
    expect(got['busybox:latest']?.['Id']).toMatch(/^sha256:7a4e5dca/);
  });

  it('gives a container to its name and to its id prefix', async () => {
    const web = line('container-running'); // /lab-web, id e927e7e6…
    const { run } = printing([web, web]);
    const got = await inspectMany(run, 'container', ['lab-web', 'e927e7e656da']);
    expect(got['lab-web']?.['Name']).toBe('/lab-web');
    expect(got['e927e7e656da']?.['Name']).toBe('/lab-web');
  });

  it('leaves missing names null and matches the rest in the order asked', async () => {
    const web = line('container-running');
    const exited = line('container-exited');
    const exitedName = String((JSON.parse(exited) as { Name: string }).Name).replace(/^\//, '');
    // docker skips `ghost` (it prints "No such object" on stderr) and keeps the order of the others.
    const { run, asked } = printing([web, exited]);
    const got = await inspectMany(run, 'container', ['lab-web', 'ghost', exitedName]);
    expect(asked[0]).toEqual([
      'container',
      'inspect',
      '--format',
      '{{json .}}',
      'lab-web',
      'ghost',
      exitedName,
    ]);
    expect(got['lab-web']?.['Name']).toBe('/lab-web');
    expect(got['ghost']).toBeNull();
    expect(got[exitedName]?.['Name']).toBe(`/${exitedName}`);
  });

  it('does not call docker when no names are asked', async () => {
    const { run, asked } = printing([]);
    expect(await inspectMany(run, 'volume', [])).toEqual({});
    expect(asked).toEqual([]);
  });

  it('gives a node to `self` and to its hostname, and leaves an unknown node null', async () => {
    const node = line('node-self'); // hostname vm
    // docker skips `wrk-9` (no such node) and prints this node once for each of the other two names
    const { run, asked } = printing([node, node]);
    const got = await inspectMany(run, 'node', ['self', 'wrk-9', 'vm']);
    expect(asked[0]?.slice(0, 2)).toEqual(['node', 'inspect']);
    expect(got['self']?.['ID']).toBe('oyy2z0xixpie1rb5l64ux0x38');
    expect(got['wrk-9']).toBeNull();
    expect(got['vm']?.['ID']).toBe('oyy2z0xixpie1rb5l64ux0x38');
  });
});
