import { describe, expect, it } from 'vitest';
import { run } from '../../src/main.js';
import { bufferedOutput, fakeContext } from '../helpers/fake-context.js';

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

  it('fits the listing to the terminal and keeps to the named topics', async () => {
    const ctx = fakeContext({ stdout: bufferedOutput(false, 50) });
    expect(await run(['glossary', 'volumes'], { ...ctx, env: { ...ctx.env, COLUMNS: '50' } })).toBe(0);
    const lines = ctx.out.text().split('\n');
    expect(lines.every((l) => l.length <= 50)).toBe(true);
    expect(ctx.out.text()).toContain('Bind mounts (volumes)');
    expect(ctx.out.text()).not.toContain('(networking)');
  });
});
