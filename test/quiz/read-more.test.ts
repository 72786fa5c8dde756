import { describe, expect, it } from 'vitest';
import type { Concept, Topic } from '../../src/content/model.js';
import { readMoreCommand } from '../../src/quiz/read-more.js';
import { makeQuestion } from '../helpers/make-question.js';

const concept = (title: string, aliases: string[] = []): Concept => ({
  id: title.toLowerCase().replace(/\s+/g, '-'),
  title,
  aliases,
  level: 2,
  parent: undefined,
  line: 1,
  markdown: '',
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
