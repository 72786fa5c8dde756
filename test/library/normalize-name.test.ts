import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  nameWords,
  nameWordsWithoutArticle,
  normalizeName,
  stemWord,
  unicodeNameWords,
} from '../../src/library/normalize-name.js';

describe('normalizeName', () => {
  it.each([
    ['Multi-Stage Builds', 'multistagebuild'],
    ['multistage build', 'multistagebuild'],
    ['`latest` is just a tag', 'latestisjustatag'],
    ['Café networks', 'cafenetwork'],
    ['Restart policies', 'restartpolicy'],
    ['  --target  ', 'target'],
  ])('%s → %s', (name, key) => {
    expect(normalizeName(name)).toBe(key);
  });
});

describe('nameWords', () => {
  it('splits on anything but letters and digits and stems each word', () => {
    expect(nameWords('Image IDs, digests and tags')).toEqual(['image', 'id', 'digest', 'and', 'tag']);
    expect(nameWords('build caches')).toEqual(nameWords('Build cache'));
    expect(nameWords('image sizes')).toEqual(nameWords('image size'));
  });

  it('gives the same words by its ASCII shortcut as by full Unicode normalisation', () => {
    const char = fc.oneof(
      fc.constantFrom(...'aZ09sSeE\'"` -_.', 'É', 'ß', 'ﬁ'),
      fc.string({ unit: 'binary-ascii', minLength: 1, maxLength: 1 }),
    );
    fc.assert(
      fc.property(fc.array(char, { maxLength: 16 }), (chars) => {
        const name = chars.join('');
        expect(nameWords(name)).toEqual(unicodeNameWords(name));
      }),
      { numRuns: 2000 },
    );
  });

  it('drops a leading article only when words remain', () => {
    expect(nameWordsWithoutArticle('The build cache')).toEqual(nameWords('build cache'));
    expect(nameWordsWithoutArticle('A')).toEqual(['a']);
  });
});

describe('stemWord', () => {
  it.each([
    ['networks', 'network'],
    ['policies', 'policy'],
    ['caches', 'cach'],
    ['cache', 'cach'],
    ['patches', 'patch'],
    ['boxes', 'box'],
    ['processes', 'process'],
    ['class', 'class'],
    ['status', 'status'],
    ['analysis', 'analysis'],
    ['ids', 'id'],
    ['yes', 'yes'],
    ['images', 'image'],
  ])('%s → %s', (word, stem) => {
    expect(stemWord(word)).toBe(stem);
  });
});
