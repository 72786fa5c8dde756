import { beforeAll, describe, expect, it } from 'vitest';
import type { Library } from '../../src/content/model.js';
import { searchNotes } from '../../src/library/search-notes.js';
import { formatSearch } from '../../src/ui/views/format-search.js';
import { loadFixture } from '../helpers/library-find.js';

let library: Library;
beforeAll(async () => {
  library = await loadFixture('find');
});

describe('formatSearch', () => {
  it('wraps snippets to the terminal width under each place', () => {
    const { hits, total } = searchNotes(library, 'tide tables');
    expect(formatSearch('tide tables', hits, total, { color: false, width: 50 })).toMatchInlineSnapshot(`
      "1 section matches "tide tables"

        harbours › Tides
          Tides raise and lower the water in a harbour
          twice a day. The tide tables say when the tide
          turns, and a harbour master watches the tide
          closely.

      Read one: dockerlearn lookup <concept>
      "
    `);
  });

  it('wraps each snippet to the width, under its heading, keeping every word', () => {
    const { hits, total } = searchNotes(library, 'tide tables');
    const lines = formatSearch('tide tables', hits, total, { color: false, width: 60 }).split('\n');
    expect(lines.slice(3, 6)).toEqual([
      '    Tides raise and lower the water in a harbour twice a',
      '    day. The tide tables say when the tide turns, and a',
      '    harbour master watches the tide closely.',
    ]);
  });

  it('marks an overview hit and highlights matches in colour', () => {
    const { hits, total } = searchNotes(library, 'shelters');
    const out = formatSearch('shelters', hits, total, { color: true, width: 80 });
    expect(out).toContain('harbours \u001b[2m(overview)\u001b[22m');
    expect(out).toContain('\u001b[33mshelters\u001b[39m');
  });
});
