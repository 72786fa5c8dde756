import { mkdtempSync, readdirSync, readFileSync, statSync, utimesSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { beforeEach, describe, expect, it } from 'vitest';
import { renderMarkdownCached, type RenderCache } from '../../src/ui/render-cache.js';
import { renderMarkdown } from '../../src/ui/render-markdown.js';

const note =
  '# Volumes\n\nData that outlives a container.\n\n```dockerfile\nFROM alpine:3.20\nVOLUME /data\n```\n\n- one\n- two\n';
const plain = { color: false, width: 60 };

let cache: RenderCache;
const renderedFiles = () =>
  readdirSync(path.join(cache.dir, 'rendered')).map((f) => path.join(cache.dir, 'rendered', f));

beforeEach(() => {
  cache = {
    dir: mkdtempSync(path.join(os.tmpdir(), 'dockerlearn-render-')),
    version: '1.0.0',
    slot: 'built-in\nvolumes',
  };
});

describe('the rendered-text cache', () => {
  it.each([
    ['plain', plain],
    ['in colour', { color: true, width: 60 }],
    ['at a wide width', { color: false, width: 200 }],
  ])('gives what renderMarkdown gives (%s), when it renders and when it reuses', async (_name, options) => {
    const expected = renderMarkdown(note, options);
    expect(await renderMarkdownCached(note, options, cache)).toBe(expected);
    expect(await renderMarkdownCached(note, options, cache)).toBe(expected);
    expect(await renderMarkdownCached(note, options, undefined)).toBe(expected);
  });

  it('is really reused: a kept rendering with the right key is returned as kept', async () => {
    await renderMarkdownCached(note, plain, cache);
    const [file] = renderedFiles();
    const kept = readFileSync(file!, 'utf8');
    writeFileSync(file!, kept.replace('Data that outlives', 'KEPT'));
    expect(await renderMarkdownCached(note, plain, cache)).toContain('KEPT');
  });

  it('renders again when the text, the width or the version changes', async () => {
    await renderMarkdownCached(note, plain, cache);
    const edited = note.replace('Data that outlives a container.', 'Data that lives on.');
    expect(await renderMarkdownCached(edited, plain, cache)).toBe(renderMarkdown(edited, plain));
    expect(await renderMarkdownCached(note, { color: false, width: 30 }, cache)).toBe(
      renderMarkdown(note, { color: false, width: 30 }),
    );
    // the kept rendering of the edited note at this width, marked: a new version must not return it
    const file = renderedFiles().find((f) => readFileSync(f, 'utf8').includes('Data that lives on.'));
    writeFileSync(file!, readFileSync(file!, 'utf8').replace('Data that', 'KEPT'));
    expect(await renderMarkdownCached(edited, plain, cache)).toContain('KEPT');
    expect(await renderMarkdownCached(edited, plain, { ...cache, version: '1.0.1' })).toBe(
      renderMarkdown(edited, plain),
    );
  });

  it.each([
    ['garbage', 'not a rendering'],
    ['an empty file', ''],
  ])('ignores a corrupt file (%s)', async (_name, content) => {
    await renderMarkdownCached(note, plain, cache);
    for (const file of renderedFiles()) writeFileSync(file, content);
    expect(await renderMarkdownCached(note, plain, cache)).toBe(renderMarkdown(note, plain));
  });

  it('still renders when the cache folder cannot be written', async () => {
    writeFileSync(path.join(cache.dir, 'rendered'), 'a file where a folder should be');
    expect(await renderMarkdownCached(note, plain, cache)).toBe(renderMarkdown(note, plain));
  });
});

describe('the rendered-text cache keyed by the note file', () => {
  const twoHoursAgo = () => new Date(Date.now() - 7_200_000);
  let file: string;
  beforeEach(() => {
    file = path.join(cache.dir, 'volumes.md');
    writeFileSync(file, note);
    utimesSync(file, twoHoursAgo(), twoHoursAgo());
  });
  const byFile = (extra = '') => ({ ...cache, note: { file, extra } });
  /** The note's text, counting how often it is asked for. */
  let asked = 0;
  const text = () => {
    asked++;
    return readFileSync(file, 'utf8');
  };

  it('gives a kept rendering without asking for the markdown at all', async () => {
    asked = 0;
    expect(await renderMarkdownCached(text, plain, byFile())).toBe(renderMarkdown(note, plain));
    expect(asked).toBe(1);
    expect(await renderMarkdownCached(text, plain, byFile())).toBe(renderMarkdown(note, plain));
    expect(asked).toBe(1);
  });

  it('renders again after the note is edited, even to the same size, or when the added text changes', async () => {
    await renderMarkdownCached(text, plain, byFile());
    const edited = note.replace('outlives', 'survives');
    expect(edited.length).toBe(note.length);
    writeFileSync(file, edited);
    const { atime } = statSync(file);
    utimesSync(file, atime, new Date(Date.now() - 3_600_000));
    expect(await renderMarkdownCached(text, plain, byFile())).toBe(renderMarkdown(edited, plain));
    asked = 0;
    expect(await renderMarkdownCached(() => `${text()}\n\nFooter`, plain, byFile('Footer'))).toBe(
      renderMarkdown(`${edited}\n\nFooter`, plain),
    );
    expect(asked).toBe(1);
  });

  it('keeps nothing for a note modified moments ago, whose next edit its time might not show', async () => {
    utimesSync(file, new Date(), new Date());
    await renderMarkdownCached(text, plain, byFile());
    expect(() => readdirSync(path.join(cache.dir, 'rendered'))).toThrow();
    asked = 0;
    await renderMarkdownCached(text, plain, byFile());
    expect(asked).toBe(1);
  });
});
