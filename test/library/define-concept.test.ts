import { describe, expect, it } from 'vitest';
import { definitionOf } from '../../src/library/define-concept.js';

const section = (...body: string[]) =>
  definitionOf({
    id: 'x',
    title: 'X',
    aliases: [],
    level: 2,
    parent: undefined,
    line: 1,
    markdown: ['## X', ...body].join('\n'),
  });

const TABLE = [
  '| Situation | Use |',
  '| --- | --- |',
  '| One host | `bridge` |',
  '| Many hosts | `overlay` |',
];

describe('definitionOf', () => {
  it.each([
    [
      'the first sentence of the first paragraph',
      ['A bridge is a switch. It lives in the kernel.'],
      'A bridge is a switch.',
    ],
    [
      'prose after a table, not the table flattened',
      [...TABLE, '', 'Pick the driver by where containers run.'],
      'Pick the driver by where containers run.',
    ],
    [
      'prose after indented code',
      ['    $ docker ps', '', 'All three names point to one image.'],
      'All three names point to one image.',
    ],
    [
      'prose after code',
      ['```console', '$ docker ps.', '```', '', 'All three names point to one image.'],
      'All three names point to one image.',
    ],
    [
      'a lead-in ending with a colon, with a full stop',
      ['`docker exec` starts a process:', '', '```console', '$ docker exec -it api sh', '```'],
      'docker exec starts a process.',
    ],
    [
      'a lead-in straight before a list, not the list',
      ['Both flags attach storage:', '- `-v` is short.', '- `--mount` is explicit.'],
      'Both flags attach storage.',
    ],
    [
      'the first list item of a section that starts with a list',
      [
        '- `docker stop` sends SIGTERM, then SIGKILL',
        '  (after 10 seconds)',
        '- `docker kill` sends SIGKILL.',
      ],
      'docker stop sends SIGTERM, then SIGKILL (after 10 seconds)',
    ],
    [
      'a paragraph, not a list of commands before it',
      ['- `docker volume ls`', '- `docker volume rm v`', '', 'Volume names are unique on a host.'],
      'Volume names are unique on a host.',
    ],
    [
      'a sentence with a full stop inside inline code',
      ['Run it, for example `docker swarm join --token SWMTKN-1-... 10.0.0.11:2377`. Then wait.'],
      'Run it, for example docker swarm join --token SWMTKN-1-... 10.0.0.11:2377.',
    ],
    [
      'a sentence with e.g. in it',
      ['Only partly removed (e.g. a resource was busy). Remove it again.'],
      'Only partly removed (e.g. a resource was busy).',
    ],
    [
      'a sentence going on after a full stop and a flag',
      ['Both attach storage. `--mount` is the one to use.'],
      'Both attach storage.',
    ],
    ['the summary comment first', ['<!-- summary: A summary. -->', '', 'The first sentence.'], 'A summary.'],
    [
      'the columns of the table of a section with no prose',
      TABLE,
      'A table with the columns Situation and Use.',
    ],
    ['nothing for a section of code only', ['```console', '$ docker ps', '```'], ''],
  ])('takes %s', (_, body, expected) => {
    expect(section(...body)).toBe(expected);
  });

  it('cuts a paragraph with no sentence end in sight between words', () => {
    const definition = section(`${'word '.repeat(120)}end`);
    expect(definition.length).toBeLessThanOrEqual(400);
    expect(definition).toMatch(/ word\.\.\.$/);
  });
});
