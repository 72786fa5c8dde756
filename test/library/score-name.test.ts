import { describe, expect, it } from 'vitest';
import type { NameEntry } from '../../src/library/name-index.js';
import { nameWords } from '../../src/library/normalize-name.js';
import { scoreName } from '../../src/library/score-name.js';

const form = (text: string) => ({ key: nameWords(text).join(''), words: nameWords(text) });
const entry = (name: string) => ({ ...form(name), name }) as unknown as NameEntry;
const even = () => 1;
const score = (query: string, name: string, fuzzy?: number) =>
  scoreName(form(query), entry(name), fuzzy, even);

describe('scoreName', () => {
  it('orders the kinds of likeness: same name, same words, contained words, none', () => {
    const same = score('restart policy', 'Restart policies');
    const reordered = score('policy restart', 'restart policy');
    const contained = score('restart', 'restart policy');
    const unrelated = score('volume', 'restart policy');
    expect(same).toBe(1);
    expect(reordered).toBeLessThan(same);
    expect(contained).toBeLessThan(reordered);
    expect(unrelated).toBe(0);
  });

  it('prefers the name with fewer extra words', () => {
    expect(score('cache', 'build cache')).toBeGreaterThan(score('cache', 'dockerfile build cache'));
  });

  it('weighs extra query words by how telling they are', () => {
    const weight = (word: string) => (word === 'docker' ? 0.1 : 1);
    const query = form('docker macvlan');
    expect(scoreName(query, entry('macvlan'), undefined, weight)).toBeGreaterThan(
      scoreName(query, entry('docker'), undefined, weight),
    );
  });

  it('scales a typo score down when the lengths differ', () => {
    expect(score('macvaln', 'macvlan', 0.3)).toBeGreaterThan(score('cache', 'nocache', 0));
    expect(score('macvaln', 'macvlan', 0.3)).toBeLessThan(0.95);
  });
});
