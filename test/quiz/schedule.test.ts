import { createEmptyCard, fsrs, generatorParameters, Rating } from 'ts-fsrs';
import { describe, expect, it } from 'vitest';
import { emptyProgress } from '../../src/progress/model.js';
import { ratingFor, recordAnswer } from '../../src/quiz/schedule.js';

const now = new Date('2026-03-10T12:00:00Z');
const dueOf = (p: ReturnType<typeof emptyProgress>, id: string) => Date.parse(p.questions[id]!.card.due);

describe('FSRS scheduling', () => {
  it('rates a wrong answer Again and a right one Good', () => {
    expect(ratingFor(false)).toBe(Rating.Again);
    expect(ratingFor(true)).toBe(Rating.Good);
  });

  it('schedules without fuzz: the due dates are exactly those of FSRS, so the same history gives the same schedule', () => {
    // the reference: ts-fsrs itself with fuzz off, replayed over the same answers
    const reference = fsrs(generatorParameters({ enable_fuzz: false }));
    let card = createEmptyCard(now);
    let p = emptyProgress();
    let longest = 0;
    for (let day = 0; day < 8; day++) {
      const at = new Date(now.getTime() + day * 5 * 86_400_000);
      const correct = day % 3 !== 1;
      p = recordAnswer(p, 't/q', correct, at);
      card = reference.next(card, at, correct ? Rating.Good : Rating.Again).card;
      expect(p.questions['t/q']!.card.due).toBe(card.due.toISOString());
      longest = Math.max(longest, card.scheduled_days);
    }
    expect(longest).toBeGreaterThan(3); // intervals long enough that fuzz would have moved them
  });

  it('brings a missed question back sooner than one answered right', () => {
    let p = recordAnswer(emptyProgress(), 'x/wrong', false, now);
    p = recordAnswer(p, 'x/right', true, now);
    expect(dueOf(p, 'x/wrong')).toBeGreaterThan(now.getTime());
    expect(dueOf(p, 'x/wrong')).toBeLessThan(dueOf(p, 'x/right'));
  });

  it('spaces reviews further apart after each right answer', () => {
    let p = emptyProgress();
    let at = now;
    const intervals: number[] = [];
    for (let i = 0; i < 4; i++) {
      p = recordAnswer(p, 'x/q', true, at);
      const due = new Date(dueOf(p, 'x/q'));
      intervals.push(due.getTime() - at.getTime());
      at = due;
    }
    for (let i = 1; i < intervals.length; i++) expect(intervals[i]).toBeGreaterThan(intervals[i - 1]!);
  });

  it('keeps every attempt with its time and result, and leaves the input untouched', () => {
    const before = emptyProgress();
    const after = recordAnswer(recordAnswer(before, 'x/q', false, now), 'x/q', true, now);
    expect(before.questions).toEqual({});
    expect(after.questions['x/q']!.attempts).toEqual([
      { at: now.toISOString(), correct: false },
      { at: now.toISOString(), correct: true },
    ]);
    expect(after.questions['x/q']!.card.lapses + after.questions['x/q']!.card.reps).toBeGreaterThan(1);
  });
});
