import { readFileSync, utimesSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { run } from '../../src/main.js';
import { bufferedOutput, fakeContext } from '../helpers/fake-context.js';
import { hoursAgo, settledNotes } from '../helpers/settled-notes.js';

describe('dockerlearn glossary', () => {
  it('lists every concept alphabetically with its topic and a one-line definition', async () => {
    const ctx = fakeContext();
    expect(await run(['glossary', '--json'], ctx)).toBe(0);
    const entries = JSON.parse(ctx.out.text()) as { name: string; topic: string; definition: string }[];
    expect(entries.length).toBeGreaterThan(100);
    const keys = entries.map((e) => e.name.replace(/[`*_]/g, '').toLowerCase());
    expect(keys).toEqual([...keys].sort((a, b) => a.localeCompare(b)));
    const macvlan = entries.find((e) => e.name === 'Macvlan');
    expect(macvlan?.topic).toBe('networking');
    expect(macvlan?.definition).toMatch(/MAC address/i);
    expect(entries.filter((e) => e.definition === '')).toEqual([]);
  });

  it('defines sections whose first sentence introduces a code block or list by what they teach, not by a dangling "is:"', async () => {
    const ctx = fakeContext();
    expect(await run(['glossary', '--json'], ctx)).toBe(0);
    const entries = JSON.parse(ctx.out.text()) as { name: string; definition: string }[];
    const definition = (name: string): string => entries.find((e) => e.name === name)?.definition ?? '';
    expect(definition('Anatomy of an image reference')).toMatch(/repository\[:tag\]/);
    expect(definition('--target: stop at a stage')).not.toMatch(/Typical uses/);
    expect(definition('docker system prune')).toMatch(/stopped containers.*build cache/);
  });

  it('defines each concept by one sentence of its prose, never by a flattened table, list or code', async () => {
    const ctx = fakeContext();
    expect(await run(['glossary', '--json'], ctx)).toBe(0);
    const entries = JSON.parse(ctx.out.text()) as { name: string; definition: string }[];
    const definition = (name: string): string => entries.find((e) => e.name === name)?.definition ?? '';
    // a section of only tables, whose columns would say little, is defined by its summary line
    expect(definition('Choosing a driver')).toMatch(
      /^A user-defined bridge suits one app on one host, .* macvlan or ipvlan/,
    );
    // so is a section whose first sentence only leads into a table, or reads as a step of a procedure
    expect(definition('Container lifecycle')).toMatch(
      /^A container is created, runs while its main process runs/,
    );
    expect(definition('Creating a swarm: init and join')).toMatch(
      /^docker swarm init turns an engine into a one-node swarm/,
    );
    expect(definition('Stop vs kill')).toMatch(
      /^docker stop asks the main process to exit .* docker kill sends SIGKILL/,
    );
    // without a summary, a lead-in to a code block ends with a full stop, not with the code
    expect(definition('Exec')).toBe(
      'docker exec starts an extra process inside a running container, sharing its namespaces.',
    );
    // and a section that starts with a list is defined by its first item
    expect(definition('What ends up in the final image')).toMatch(/^The final image is the chosen stage: /);
    // every definition is a whole sentence (not cut short with "...") with no markdown left in it
    for (const { name, definition } of entries) {
      expect(definition, name).toMatch(/[^.][.!?]"?\)?$/);
      expect(definition, name).not.toMatch(/`|\*\*|<!--|\| | - /);
    }
  });

  it("takes a concept's definition from its summary line, which lookup and show do not print", async () => {
    const glossaryCtx = fakeContext();
    expect(await run(['glossary', 'engine', '--json'], glossaryCtx)).toBe(0);
    const entries = JSON.parse(glossaryCtx.out.text()) as { name: string; definition: string }[];
    expect(entries.find((e) => e.name === 'docker system df')?.definition).toMatch(
      /^docker system df shows how much disk space images, containers, local volumes and the build cache take/,
    );
    for (const argv of [
      ['lookup', 'docker system df'],
      ['show', 'engine'],
    ]) {
      const ctx = fakeContext();
      expect(await run([...argv, '--no-pager'], ctx)).toBe(0);
      expect(ctx.out.text()).toContain('ACTIVE counts objects in use');
      expect(ctx.out.text()).not.toMatch(/<!--|summary:/);
    }
  });

  it('fits the listing to the terminal and keeps to the named topics', async () => {
    const ctx = fakeContext({ stdout: bufferedOutput(false, 50) });
    expect(await run(['glossary', 'volumes'], { ...ctx, env: { ...ctx.env, COLUMNS: '50' } })).toBe(0);
    const lines = ctx.out.text().split('\n');
    expect(lines.every((l) => l.length <= 50)).toBe(true);
    expect(ctx.out.text()).toContain('Bind mounts (volumes)');
    expect(ctx.out.text()).not.toContain('(networking)');
  });

  it('keeps its laid-out text per width between runs, and lays it out again after a note changes', async () => {
    // a copy of the notes, dated back so that the Library has a fingerprint and its glossary can be kept
    const { work, notes, cacheDir } = settledNotes(path.resolve('content'), 'dl-glossary-');
    const past = hoursAgo(2);
    const glossaryAt = async (columns: number) => {
      const ctx = fakeContext({ stdout: bufferedOutput(false, columns), builtinContent: notes });
      const env = { ...ctx.env, DOCKERLEARN_HOME: work, COLUMNS: String(columns) };
      expect(await run(['glossary'], { ...ctx, env, cacheDir })).toBe(0);
      return ctx.out.text();
    };
    // the same text at both widths (a word wider than 40 columns is split there, so spaces are not compared)
    const letters = (text: string) => text.replace(/\s+/g, '');
    const first40 = await glossaryAt(40);
    const first80 = await glossaryAt(80);
    expect(await glossaryAt(40)).toBe(first40);
    expect(await glossaryAt(80)).toBe(first80);
    expect(first40.split('\n').every((l) => l.length <= 40)).toBe(true);
    expect(first80.split('\n').some((l) => l.length > 40)).toBe(true);
    expect(letters(first40)).toBe(letters(first80));

    const volumes = path.join(notes, 'volumes.md');
    writeFileSync(
      volumes,
      readFileSync(volumes, 'utf8').replace(/^## .*$/m, '$&\n\n<!-- summary: Edited since the last run. -->'),
    );
    utimesSync(volumes, past, new Date(Date.now() - 3_600_000));
    expect(await glossaryAt(80)).toContain('Edited since the last run.');
    expect(await glossaryAt(40)).toContain('Edited since the last');
  });
});
