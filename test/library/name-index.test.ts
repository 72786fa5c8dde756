import { beforeAll, describe, expect, it } from 'vitest';
import type { Library } from '../../src/content/model.js';
import {
  indexedNames,
  isNameIndexData,
  nameIndexData,
  visitNames,
  type NameEntry,
} from '../../src/library/name-index.js';
import { loadRealNotes } from '../helpers/library-find.js';

function entries(walk: (visit: (e: NameEntry) => void) => number): { all: NameEntry[]; positions: number } {
  const all: NameEntry[] = [];
  const positions = walk((e) => all.push(e));
  return { all, positions };
}

describe('the names kept in compared form', () => {
  let real: Library;
  beforeAll(async () => {
    real = await loadRealNotes();
  });

  it('walk, read back through JSON, the very entries visitNames gives, in its order', () => {
    const kept = JSON.parse(JSON.stringify(nameIndexData(real))) as unknown;
    expect(isNameIndexData(kept)).toBe(true);
    const walk = isNameIndexData(kept) ? indexedNames(real, kept) : undefined;
    expect(walk).toBeDefined();
    const fresh = entries((visit) => visitNames(real, visit));
    expect(fresh.all.length).toBeGreaterThan(100);
    expect(entries(walk!)).toEqual(fresh);
  });

  it('are not used for a library they do not fit, and a damaged value is not taken for them', () => {
    const data = nameIndexData(real);
    const missingTopic = { ...data, names: [...data.names, [real.topics.length, -1, 0, 0, 'x', 'x']] };
    expect(indexedNames(real, missingTopic as typeof data)).toBeUndefined();
    const missingConcept = { ...data, names: [[0, 10_000, 1, 1, 'x', 'x'], ...data.names] };
    expect(indexedNames(real, missingConcept as typeof data)).toBeUndefined();
    expect(isNameIndexData({ positions: 3, names: [[0, -1, 0, 0, 'x']] })).toBe(false);
    expect(isNameIndexData({ positions: 3, names: [[0, -1, 0, 0, 'x', '']] })).toBe(false);
    expect(isNameIndexData({ names: [] })).toBe(false);
    expect(isNameIndexData(null)).toBe(false);
  });
});
