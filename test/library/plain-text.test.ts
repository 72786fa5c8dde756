import { describe, expect, it } from 'vitest';
import { ownMarkdown, plainText } from '../../src/library/plain-text.js';

describe('plainText', () => {
  it('keeps words and code, drops markdown syntax', () => {
    const markdown = [
      '## Heading',
      '<!-- a comment -->',
      'Some **bold**, *em* and `code`, with a [link](https://example.com).',
      '',
      '```console',
      '$ docker ps | grep web',
      '```',
      '',
      '| Driver | Scope |',
      '| ------ | ----- |',
      '| bridge | host  |',
      '',
      '- item one',
      '1. first',
      '> quoted',
    ].join('\n');
    expect(plainText(markdown)).toBe(
      'Heading Some bold, em and code, with a link. $ docker ps | grep web Driver Scope bridge host item one first quoted',
    );
  });

  it('leaves underscores inside words alone', () => {
    expect(plainText('set restart_policy and NODE_ENV')).toBe('set restart_policy and NODE_ENV');
  });
});

describe('ownMarkdown', () => {
  it('cuts a section before its first sub-heading', () => {
    expect(ownMarkdown('## Sails\nText.\n### Square\nMore.')).toBe('## Sails\nText.');
  });

  it('ignores heading-like lines inside code', () => {
    expect(ownMarkdown('## Sails\n```sh\n# comment\n```\nAfter.')).toBe(
      '## Sails\n```sh\n# comment\n```\nAfter.',
    );
  });
});
