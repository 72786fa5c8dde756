import { describe, expect, it } from 'vitest';
import { completeWords, PATH_COMPLETION, type CompletionData } from '../../src/completion/complete-words.js';

const data: CompletionData = {
  commands: [
    { name: 'show', args: 'topic', options: [{ flags: ['--no-pager'], takesValue: false }] },
    { name: 'search', args: 'none', options: [{ flags: ['--limit'], takesValue: true }] },
    { name: 'lookup', args: 'concept', options: [] },
    { name: 'validate', args: 'dir', options: [] },
  ],
  globalOptions: [
    { flags: ['--content'], takesValue: true, path: true },
    { flags: ['--no-color'], takesValue: false },
  ],
  topics: ['networking', 'volumes'],
  concepts: ['macvlan', 'named-volumes'],
};

describe('completeWords', () => {
  it.each([
    [[''], ['lookup', 'search', 'show', 'validate']],
    [['s'], ['search', 'show']],
    [['--content', 'x', 'sh'], ['show']],
    [['show', 'v'], ['volumes']],
    [
      ['show', '--'],
      ['--content', '--no-color', '--no-pager'],
    ],
    [['lookup', 'ma'], ['macvlan']],
    [
      ['lookup', ''],
      ['macvlan', 'named-volumes', 'networking', 'volumes'],
    ],
    [['search', '--limit', ''], []],
    [['search', 'words'], []],
    [['--content', ''], [PATH_COMPLETION]],
    [['validate', ''], [PATH_COMPLETION]],
    [['nosuch', ''], []],
  ])('%j → %j', (words, expected) => {
    expect(completeWords(words, data)).toEqual(expected);
  });
});
