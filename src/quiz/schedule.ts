import { createEmptyCard, fsrs, generatorParameters, Rating, type Card } from 'ts-fsrs';
import type { Progress, StoredCard } from '../progress/model.js';

const MAX_ATTEMPTS_KEPT = 50;
// no fuzz: the same answers at the same times always give the same schedule
const scheduler = fsrs(generatorParameters({ enable_fuzz: false }));

/** The FSRS rating for an answer: Again when wrong, Good when right. */
export function ratingFor(correct: boolean): Rating.Again | Rating.Good {
  return correct ? Rating.Good : Rating.Again;
}

/** Schedules a card after an answer at `now`; a question answered for the first time starts as a new card. */
export function rateCard(card: StoredCard | undefined, correct: boolean, now: Date): StoredCard {
  const current = card ?? toStored(createEmptyCard(now));
  return toStored(scheduler.next(current, now, ratingFor(correct)).card);
}

/** Returns `progress` with one more answer to `questionId`: the attempt appended and its card rescheduled. */
export function recordAnswer(progress: Progress, questionId: string, correct: boolean, now: Date): Progress {
  const record = progress.questions[questionId];
  const attempts = [...(record?.attempts ?? []), { at: now.toISOString(), correct }].slice(
    -MAX_ATTEMPTS_KEPT,
  );
  const card = rateCard(record?.card, correct, now);
  return { ...progress, questions: { ...progress.questions, [questionId]: { attempts, card } } };
}

function toStored(card: Card): StoredCard {
  const stored: StoredCard = {
    due: card.due.toISOString(),
    stability: card.stability,
    difficulty: card.difficulty,
    elapsed_days: card.elapsed_days,
    scheduled_days: card.scheduled_days,
    learning_steps: card.learning_steps,
    reps: card.reps,
    lapses: card.lapses,
    state: card.state,
  };
  if (card.last_review) stored.last_review = card.last_review.toISOString();
  return stored;
}
