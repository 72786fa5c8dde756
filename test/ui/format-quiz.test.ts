import { describe, expect, it } from 'vitest';
import { scoreExam } from '../../src/quiz/score-exam.js';
import { scoreSession } from '../../src/quiz/score.js';
import type { ProgressSummary } from '../../src/quiz/summarize-progress.js';
import { formatClock } from '../../src/ui/views/format-clock.js';
import { formatExamSummary } from '../../src/ui/views/format-exam-summary.js';
import { formatFeedback } from '../../src/ui/views/format-feedback.js';
import { formatProgress } from '../../src/ui/views/format-progress.js';
import { formatQuizSummary } from '../../src/ui/views/format-quiz-summary.js';
import { formatWhen } from '../../src/ui/views/format-when.js';
import { makeQuestion } from '../helpers/make-question.js';

const now = new Date('2026-03-10T12:00:00Z');
const later = (ms: number) => new Date(now.getTime() + ms);

describe('formatWhen', () => {
  it.each([
    [0, 'now'],
    [-5000, 'now'],
    [20_000, 'in 1 minute'],
    [10 * 60_000, 'in 10 minutes'],
    [3 * 3600_000, 'in 3 hours'],
    [26 * 3600_000, 'tomorrow'],
    [5 * 86_400_000, 'in 5 days'],
  ])('%i ms ahead is "%s"', (ms, words) => {
    expect(formatWhen(later(ms), now)).toBe(words);
  });
});

describe('formatFeedback', () => {
  const wrong = {
    correct: false,
    rightAnswer: 'docker network ls',
    explanation: 'Lists networks.\nSecond line.',
    readMore: 'dockerlearn show networking',
  };

  it('says wrong, gives the right answer, the explanation and where to read more', () => {
    expect(formatFeedback(wrong, false, 80)).toMatchInlineSnapshot(`
      "Wrong. The answer: docker network ls
        Lists networks. Second line.
        Read more: dockerlearn show networking

      "
    `);
    expect(formatFeedback({ ...wrong, correct: true }, false, 80)).toMatch(/^Right\.\n/);
  });

  it('wraps everything to the terminal width, folded code lines indented further', () => {
    const long = {
      ...wrong,
      explanation:
        'A fairly long explanation that will not fit in thirty columns.\n\n```console\n$ docker network ls --no-trunc\n```',
    };
    expect(formatFeedback(long, false, 30).split('\n')).toEqual([
      'Wrong. The answer: docker',
      '  network ls',
      '  A fairly long explanation',
      '  that will not fit in thirty',
      '  columns.',
      '',
      '      $ docker network ls',
      '        --no-trunc',
      '  Read more: dockerlearn',
      '    show networking',
      '',
      '',
    ]);
  });

  it('colours the verdict when colour is on', () => {
    expect(formatFeedback(wrong, true, 80)).toContain('\u001b[31m');
    expect(formatFeedback(wrong, false, 80)).not.toContain('\u001b[');
  });
});

describe('formatQuizSummary', () => {
  it('shows the score per topic, the misses with both answers, and what to do next', () => {
    const q = (id: string, prompt: string) => ({ ...makeQuestion(id), prompt });
    const score = scoreSession([
      { question: q('net/a', 'Default network?'), correct: false, given: 'host', rightAnswer: 'bridge' },
      { question: q('vol/b', 'List volumes?'), correct: true, given: 'docker volume ls', rightAnswer: 'x' },
    ]);
    const text = formatQuizSummary(
      {
        score,
        titles: new Map([['net', 'Networking']]),
        nextDue: later(60_000),
        now,
        saved: true,
        kind: 'quiz',
      },
      false,
      80,
    );
    expect(text).toMatchInlineSnapshot(`
      "Score: 1/2 (50%)
        net  0/1
        vol  1/1

      Missed:
        - Default network?
          you: host
          right: bridge

      Next:
        Re-read Networking: dockerlearn show net
        Review what you answered: dockerlearn review (next card due in 1 minute)
        See how you are doing: dockerlearn progress
      "
    `);
  });
});

describe('formatProgress', () => {
  it('lays out one row per topic and the overall figures', () => {
    const summary: ProgressSummary = {
      topics: [
        {
          id: 'networking',
          title: 'N',
          seen: 3,
          total: 18,
          recentCorrect: 2,
          recentAnswered: 3,
          dueNow: 1,
          readAt: 'x',
        },
        {
          id: 'volumes',
          title: 'V',
          seen: 0,
          total: 12,
          recentCorrect: 0,
          recentAnswered: 0,
          dueNow: 0,
          readAt: null,
        },
      ],
      answered: 3,
      dueNow: 1,
      streakDays: 2,
      nextReview: later(86_400_000 * 2).toISOString(),
      exams: [],
    };
    expect(formatProgress(summary, now, false, 80)).toMatchInlineSnapshot(`
      "Your progress

        topic       seen  recent right  due  read
        networking  3/18     2/3 (67%)    1   yes
        volumes     0/12             -    0    no

      Answers given: 3   Study streak: 2 days   Due now: 1
      Next review: now — run dockerlearn review
      ("recent right": each topic's last 10 answers; "read": its note was opened
        with show)
      "
    `);
  });
});

describe('formatProgress with exams', () => {
  it('lists the last five exam results, newest first, saying when time ran out', () => {
    const exams = Array.from({ length: 7 }, (_, i) => ({
      date: later(i * 3600_000).toISOString(),
      score: i,
      total: 6,
      percent: Math.round((100 * i) / 6),
      passMark: 70,
      passed: i >= 5,
      minutesUsed: 12.5,
      minutesAllowed: 30,
      timedOut: i === 2,
      seed: i,
      topics: [],
    }));
    const summary: ProgressSummary = {
      topics: [],
      answered: 0,
      dueNow: 0,
      streakDays: 0,
      nextReview: null,
      exams,
    };
    const text = formatProgress(summary, now, false, 100);
    const rows = text
      .split('\n')
      .filter((line) => /^ {2}\d{4}-\d\d-\d\d \d\d:\d\d {2}(PASS|FAIL)/.test(line));
    expect(text).toContain('Exams (last 5 of 7), newest first:');
    expect(rows.map((row) => row.slice(18))).toEqual([
      '  PASS  6/6 (100%)  pass mark 70%  12:30 of 30:00',
      '  PASS  5/6 (83%)   pass mark 70%  12:30 of 30:00',
      '  FAIL  4/6 (67%)   pass mark 70%  12:30 of 30:00',
      '  FAIL  3/6 (50%)   pass mark 70%  12:30 of 30:00',
      '  FAIL  2/6 (33%)   pass mark 70%  12:30 of 30:00, time ran out',
    ]);
  });
});

describe('formatClock', () => {
  it.each([
    [30 * 60_000, '30:00'],
    [754_000, '12:34'],
    [59_001, '1:00'],
    [999, '0:01'],
    [0, '0:00'],
    [-5000, '0:00'],
    [90 * 60_000, '1:30:00'],
  ])('%i ms is %s', (ms, text) => {
    expect(formatClock(ms)).toBe(text);
  });
});

describe('formatExamSummary', () => {
  const first = makeQuestion('net/a');
  const second = makeQuestion('vol/b');
  const third = makeQuestion('vol/c');
  const outcome = scoreExam({
    questions: [first, second, third],
    results: [
      { question: first, correct: true, given: 'right', rightAnswer: 'right' },
      { question: second, correct: false, given: 'wrong', rightAnswer: 'right' },
    ],
    passMark: 70,
    startedAt: now,
    endedAt: later(10 * 60_000),
    minutesAllowed: 10,
    timedOut: true,
    seed: 1,
  });
  const input = {
    outcome,
    titles: new Map([
      ['net', 'Networking'],
      ['vol', 'Volumes'],
    ]),
    readMore: new Map([['vol/b', 'dockerlearn lookup "Bind mounts"']]),
    saved: true,
  };

  it('says time ran out, fails below the pass mark, and lists per topic what was missed and not reached', () => {
    expect(formatExamSummary(input, false, 80)).toMatchInlineSnapshot(`
      "
      Time is up: you answered 2 of 3; the rest count as wrong.

      Result: FAIL  1/3 right (33%); the pass mark is 70%
      Time used: 10:00 of 10:00

      By topic:
        Networking (net)  1/1 (100%)
        Volumes (vol)     0/2 (0%)
          - Question vol/b?
            you: wrong
            right: right
            Because.
            Read more: dockerlearn lookup "Bind mounts"
          - Question vol/c? (not answered)
            right: right
            Read more: dockerlearn show vol

      Next:
        Re-read Volumes: dockerlearn show vol
        Your exam results so far: dockerlearn progress
      "
    `);
  });

  it('colours the verdict when colour is on', () => {
    expect(formatExamSummary(input, true, 80)).toContain('\u001b[31m\u001b[1mFAIL');
  });
});
