import { describe, expect, it } from 'vitest';
import { emptyProgress, type Progress } from '../../src/progress/model.js';
import { createRandom } from '../../src/quiz/random.js';
import { recordAnswer } from '../../src/quiz/schedule.js';
import { dueQuestions, nextDue, priorityOf, selectQuestions } from '../../src/quiz/select-questions.js';
import { makeQuestion } from '../helpers/make-question.js';

const now = new Date('2026-03-10T12:00:00Z');
const daysAgo = (n: number) => new Date(now.getTime() - n * 86_400_000);
const questions = ['t/a', 't/b', 't/c', 't/d', 't/e', 't/f'].map((id) => makeQuestion(id));

// a: answered right 30 days ago (due), b: missed yesterday, c: answered right just now (not due), others new
function history(): Progress {
  let p = emptyProgress();
  p = recordAnswer(p, 't/a', true, daysAgo(30));
  p = recordAnswer(p, 't/b', false, daysAgo(1));
  p = recordAnswer(p, 't/c', true, now);
  return p;
}

const ids = (qs: { id: string }[]) => qs.map((q) => q.id);

describe('selectQuestions', () => {
  it('puts never-seen questions first, then missed, then due, then the rest', () => {
    const picked = selectQuestions(questions, history(), {
      count: 10,
      all: false,
      now,
      random: createRandom(1),
    });
    expect(ids(picked).slice(0, 3).sort()).toEqual(['t/d', 't/e', 't/f']);
    expect(ids(picked).slice(3)).toEqual(['t/b', 't/a', 't/c']);
  });

  it('asks due cards most overdue first, whatever order the note lists them in', () => {
    let p = emptyProgress();
    p = recordAnswer(p, 't/a', true, daysAgo(20));
    p = recordAnswer(p, 't/b', true, daysAgo(90));
    p = recordAnswer(p, 't/c', true, daysAgo(45));
    const seen = questions.slice(0, 3);
    const picked = selectQuestions(seen, p, { count: 10, all: false, now, random: createRandom(1) });
    expect(ids(picked)).toEqual(['t/b', 't/c', 't/a']);
  });

  it('counts a card due exactly now as due, in the quiz and in review', () => {
    const p = recordAnswer(emptyProgress(), 't/a', true, daysAgo(30));
    const dueNow = new Date(p.questions['t/a']!.card.due);
    const later = recordAnswer(emptyProgress(), 't/b', true, now);
    const both = { ...p, questions: { ...p.questions, ...later.questions } };
    expect(ids(dueQuestions(questions, both, dueNow, 10))).toEqual(['t/a']);
    expect(priorityOf(questions[0]!, both, dueNow)).toBe('due');
    expect(priorityOf(questions[0]!, both, new Date(dueNow.getTime() - 1))).toBe('later');
    expect(ids(dueQuestions(questions, p, new Date(dueNow.getTime() - 1), 10))).toEqual([]);
  });

  it('keeps only --count questions, the most important ones', () => {
    const picked = selectQuestions(questions, history(), {
      count: 4,
      all: false,
      now,
      random: createRandom(1),
    });
    expect(picked).toHaveLength(4);
    expect(ids(picked)).toContain('t/b');
    expect(ids(picked)).not.toContain('t/c');
  });

  it('asks every question with --all', () => {
    const picked = selectQuestions(questions, history(), {
      count: 2,
      all: true,
      now,
      random: createRandom(1),
    });
    expect(ids(picked).sort()).toEqual(ids(questions));
  });

  it('gives the same order for the same seed, and another order for other seeds', () => {
    const order = (seed: number) =>
      ids(
        selectQuestions(questions, emptyProgress(), {
          count: 6,
          all: false,
          now,
          random: createRandom(seed),
        }),
      );
    expect(order(42)).toEqual(order(42));
    const others = [1, 2, 3, 4, 5].map(order);
    expect(others.some((o) => o.join() !== order(42).join())).toBe(true);
  });

  it('ignores history of questions that no longer exist', () => {
    const p = recordAnswer(emptyProgress(), 't/gone', false, daysAgo(2));
    const picked = selectQuestions(questions.slice(0, 2), p, {
      count: 5,
      all: false,
      now,
      random: createRandom(1),
    });
    expect(ids(picked).sort()).toEqual(['t/a', 't/b']);
  });
});

describe('dueQuestions and nextDue', () => {
  it('lists only seen questions that are due, most overdue first, up to the limit', () => {
    let p = history();
    p = recordAnswer(p, 't/d', true, daysAgo(60));
    expect(ids(dueQuestions(questions, p, now, 10))).toEqual(['t/d', 't/a', 't/b']);
    expect(ids(dueQuestions(questions, p, now, 1))).toEqual(['t/d']);
  });

  it('tells when the earliest card falls due', () => {
    const p = recordAnswer(emptyProgress(), 't/c', true, now);
    const due = nextDue(questions, p);
    expect(due!.getTime()).toBeGreaterThan(now.getTime());
    expect(nextDue(questions, emptyProgress())).toBeUndefined();
  });
});
