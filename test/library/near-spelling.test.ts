import { describe, expect, it } from 'vitest';
import { nearSpellingDistance, spellingDistance } from '../../src/library/near-spelling.js';

describe('spellingDistance', () => {
  it('counts a letter added, dropped or changed, or two neighbours swapped, as one edit', () => {
    expect(spellingDistance('netwrok', 'network', 3)).toBe(1);
    expect(spellingDistance('volume', 'volumes', 3)).toBe(1);
    expect(spellingDistance('bridge', 'bridgr', 3)).toBe(1);
    expect(spellingDistance('bridge', 'bridge', 3)).toBe(0);
    expect(spellingDistance('healtchek', 'healthcheck', 3)).toBe(2);
  });

  it('stops early once the distance must exceed the limit', () => {
    expect(spellingDistance('bridge', 'overlay', 2)).toBe(3);
  });
});

// [search word (as indexed), term of the notes, near spelling?]
const CASES: [string, string, boolean][] = [
  ['overlya', 'overlay', true],
  ['volumme', 'volume', true],
  ['imgae', 'image', true],
  ['swram', 'swarm', true],
  ['buidl', 'build', true],
  ['naive', 'native', true],
  ['healtchek', 'healthcheck', true],
  ['contianer', 'container', true],
  ['enviroment', 'environment', true],
  // a 5-letter nonsense word is not taken for a shorter word, nor for a word two edits away
  ['plugh', 'plug', false],
  ['plugh', 'plugin', false],
  ['plugh', 'push', false],
  ['naive', 'name', false],
  ['lorem', 'lower', false],
  ['zebra', 'zero', false],
  // under 5 letters a word is matched only as written or as a prefix
  ['imge', 'image', false],
  // two edits are too many below 9 letters
  ['florbix', 'forbid', false],
  ['overlay', 'overlay', false],
];

describe('nearSpellingDistance', () => {
  it.each(CASES)('%s is a near spelling of %s: %s', (word, term, near) => {
    expect(nearSpellingDistance(word, term) !== undefined).toBe(near);
  });
});
