import { describe, expect, it } from 'vitest';
import { answerText, checkAnswer, correctAnswerText, type Answer } from '../../src/quiz/check-answer.js';
import { makeQuestion } from '../helpers/make-question.js';

const single = makeQuestion('t/single', 'single', [
  ['host', false],
  ['bridge', true],
  ['none', false],
]);
const multiple = makeQuestion('t/multi', 'multiple', [
  ['macvlan', true],
  ['ipvlan', true],
  ['bridge', false],
]);
const trueFalse = makeQuestion('t/tf', 'true-false', [
  ['True', false],
  ['False', true],
]);
const typed = makeQuestion('t/typed', 'typed', [], ['docker network ls', 'docker network list']);

const choice = (...selected: number[]): Answer => ({ kind: 'choice', selected });
const text = (t: string): Answer => ({ kind: 'typed', text: t });

describe('checkAnswer', () => {
  it.each([
    ['single: the correct choice', single, choice(1), true],
    ['single: a wrong choice', single, choice(0), false],
    ['single: two choices', single, choice(1, 0), false],
    ['multiple: every correct choice', multiple, choice(1, 0), true],
    ['multiple: only some correct choices', multiple, choice(0), false],
    ['multiple: correct plus a wrong one', multiple, choice(0, 1, 2), false],
    ['multiple: nothing selected', multiple, choice(), false],
    ['true/false: the right one', trueFalse, choice(1), true],
    ['true/false: the wrong one', trueFalse, choice(0), false],
    ['typed: exact', typed, text('docker network ls'), true],
    ['typed: extra spaces around and inside', typed, text('  docker   network\tls  '), true],
    ['typed: an Also: alternative', typed, text('docker network list'), true],
    ['typed: a different command', typed, text('docker ps'), false],
    // the README's rule: equal once spaces are dropped and collapsed, and nothing else, so case counts
    ['typed: the same words in another case', typed, text('Docker Network LS'), false],
    ['typed: empty', typed, text(''), false],
    ['typed question given a choice', typed, choice(0), false],
    ['choice question given text', single, text('bridge'), false],
  ])('%s', (_name, question, answer, expected) => {
    expect(checkAnswer(question, answer)).toBe(expected);
  });
});

describe('correctAnswerText and answerText', () => {
  it('names every correct choice, or the canonical typed answer', () => {
    expect(correctAnswerText(multiple)).toBe('macvlan, ipvlan');
    expect(correctAnswerText(typed)).toBe('docker network ls');
  });

  it('shows what the learner picked or typed', () => {
    expect(answerText(multiple, choice(2, 0))).toBe('bridge, macvlan');
    expect(answerText(multiple, choice())).toBe('(nothing selected)');
    expect(answerText(typed, text(' docker  ps '))).toBe('docker ps');
  });
});
