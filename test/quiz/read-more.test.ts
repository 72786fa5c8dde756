import { describe, expect, it } from 'vitest';
import type { Concept, Topic } from '../../src/content/model.js';
import { readMoreCommand } from '../../src/quiz/read-more.js';
import { libraryOfHeads } from '../helpers/library-find.js';
import { makeQuestion } from '../helpers/make-question.js';

const concept = (title: string, aliases: string[] = []): Concept => ({
  id: title.toLowerCase().replace(/\s+/g, '-'),
  title,
  aliases,
  level: 2,
  parent: undefined,
  line: 1,
});

const topic = {
  id: 'networking',
  concepts: [
    concept('Host', ['host network']),
    concept('Port publishing', ['-p', '--publish', 'port mapping']),
    concept('Overlay', ['overlay network', 'multi-host network']),
  ],
} as unknown as Topic;

const question = (prompt: string, explanation: string) => ({
  ...makeQuestion('networking/q'),
  prompt,
  explanation,
});

describe('readMoreCommand', () => {
  it.each([
    [
      'a flag in the question',
      'What does `docker run -p 8080:80 web` do?',
      'It maps a host port.',
      "lookup 'Port publishing'",
    ],
    [
      'a multi-word alias',
      'Which driver spans hosts?',
      'An overlay network spans several hosts.',
      'lookup Overlay',
    ],
    ['nothing the topic names', 'What is a cgroup?', 'A kernel feature.', 'show networking'],
  ])('%s', (_name, prompt, explanation, expected) => {
    expect(readMoreCommand(topic, question(prompt, explanation))).toBe(`dockerlearn ${expected}`);
  });
});

describe('readMoreCommand with a Concept: link', () => {
  it('follows the link even when the words name another concept more strongly', () => {
    const linked = {
      ...question('What does `docker run -p 8080:80 web` do?', 'It maps a host port.'),
      concept: 'host',
    };
    expect(readMoreCommand(topic, linked)).toBe('dockerlearn lookup Host');
  });

  it('guesses as before when the link names no concept of the topic', () => {
    const stale = {
      ...question('What does `docker run -p 8080:80 web` do?', 'It maps a host port.'),
      concept: 'gone',
    };
    expect(readMoreCommand(topic, stale)).toBe("dockerlearn lookup 'Port publishing'");
  });

  it('quotes a title with spaces and drops its backticks, which a shell would run', () => {
    const withTicks = { ...topic, concepts: [concept('`ADD` versus `COPY`')] } as Topic;
    const linked = { ...question('Which one?', 'Because.'), concept: withTicks.concepts[0]!.id };
    expect(readMoreCommand(withTicks, linked)).toBe("dockerlearn lookup 'ADD versus COPY'");
  });
});

describe('readMoreCommand given the library', () => {
  const named = (id: string, title: string, concepts: Concept[] = []) =>
    ({ ...topic, id, title, aliases: [], concepts }) as unknown as Topic;
  const networking = named('networking', 'Networking', topic.concepts as Concept[]);
  // `lookup Overlay` would open the topic called Overlay, so Read more names the concept by an alias instead.
  const library = libraryOfHeads([networking, named('overlay', 'Overlay')]);
  const linked = { ...question('Which driver spans hosts?', 'Because.'), concept: 'overlay' };

  it('uses the first alias that lookup finds the concept by, when the title finds something else', () => {
    expect(readMoreCommand(networking, linked, library)).toBe("dockerlearn lookup 'overlay network'");
  });

  it('keeps the title when it finds the concept', () => {
    expect(readMoreCommand(networking, { ...linked, concept: 'host' }, library)).toBe(
      'dockerlearn lookup Host',
    );
  });

  it('never gives a flag, which lookup would read as an option', () => {
    const withPorts = libraryOfHeads([networking, named('ports', 'Port publishing')]);
    const publish = { ...linked, concept: 'port-publishing' };
    expect(readMoreCommand(networking, publish, withPorts)).toBe("dockerlearn lookup 'port mapping'");
  });
});
