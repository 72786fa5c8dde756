import { questionsOf } from '../library/questions-of.js';
import { outputWidth } from '../ui/output-width.js';
import type { Library, Question } from '../content/model.js';
import { currentTime, getPrompter, type Context } from '../context.js';
import { InterruptedError, UsageError } from '../errors.js';
import {
  answerText,
  checkAnswer,
  correctAnswerText,
  loadCommandJudge,
  needsCommandJudge,
  typedAnswerFeedback,
  type Answer,
} from '../quiz/check-answer.js';
import { shuffle } from '../quiz/random.js';
import { messageNow } from '../ui/ticking-message.js';
import { readMoreCommand } from '../quiz/read-more.js';
import { recordAnswer } from '../quiz/schedule.js';
import { scoreSession, type AnswerResult } from '../quiz/score.js';
import { nextDue } from '../quiz/select-questions.js';
import type { Message, Prompter } from '../ui/prompter.js';
import { renderInline } from '../ui/inline-markdown.js';
import { wrapText } from '../ui/layout.js';
import { formatFeedback, type OptionMark } from '../ui/views/format-feedback.js';
import { layoutText } from '../ui/views/text.js';
import { formatQuizSummary } from '../ui/views/format-quiz-summary.js';
import { ProgressSaver } from './progress-saver.js';

export interface SessionOptions {
  kind: 'quiz' | 'review';
  color: boolean;
  random: () => number;
}

/** How `askQuestions` runs: the prompt label, whether to give feedback, and when to stop early. */
export interface AskOptions {
  /** 'exam' changes the Ctrl-C message: an unfinished exam is not recorded */
  kind: 'quiz' | 'review' | 'exam';
  color: boolean;
  random: () => number;
  /** the text before each question's prompt, e.g. `[3/10]`; `index` counts from 0 */
  label: (index: number) => string;
  /** the label tells the time (the exam clock): an open prompt reads it again every second */
  ticking?: boolean;
  /** show right/wrong and the explanation after each answer */
  feedback: boolean;
  /** when it aborts, the open prompt closes and no further question is asked (the exam's time limit) */
  signal?: AbortSignal;
}

export interface AskedQuestions {
  /** the answers given, in order */
  results: AnswerResult[];
  /** true when `signal` ended the session before every question was answered */
  stopped: boolean;
}

/** Interactive commands need a terminal to prompt on; say so instead of hanging on a pipe. */
export function requireTerminal(ctx: Context, what: string): void {
  if (ctx.stdin.isTTY !== true) {
    throw new UsageError(`${what} needs an interactive terminal (stdin is not a TTY)`, {
      hint: 'run it directly in a terminal, not with its input piped or redirected',
    });
  }
}

/**
 * Asks `questions` in order, giving feedback after each and saving every answer as it is given, then
 * prints the score. Ctrl-C ends it with the answers so far saved and a one-line summary (exit 130).
 */
export async function runQuizSession(
  questions: readonly Question[],
  library: Library,
  ctx: Context,
  opts: SessionOptions,
): Promise<void> {
  const saver = new ProgressSaver(ctx, () => currentTime(ctx));
  const { results } = await askQuestions(questions, library, ctx, saver, {
    ...opts,
    label: (index) => `[${index + 1}/${questions.length}]`,
    feedback: true,
  });
  const after = await saver.current();
  const allQuestions = questionsOf(library);
  ctx.stdout.write(
    formatQuizSummary(
      {
        score: scoreSession(results),
        titles: new Map(library.topics.map((t) => [t.id, t.title])),
        nextDue: nextDue(allQuestions, after),
        now: currentTime(ctx),
        saved: saver.saved,
        kind: opts.kind,
      },
      opts.color,
      outputWidth(ctx.stdout, ctx.env),
    ),
  );
}

/**
 * Asks `questions` one by one, saving every answer (and rescheduling its card) as it is given, with
 * feedback after each when `opts.feedback`. Stops early, without error, when `opts.signal` aborts.
 * Ctrl-C throws an InterruptedError that says how far the learner got (exit 130).
 */
export async function askQuestions(
  questions: readonly Question[],
  library: Library,
  ctx: Context,
  saver: ProgressSaver,
  opts: AskOptions,
): Promise<AskedQuestions> {
  const prompter = await getPrompter(ctx, opts.color);
  const topics = new Map(library.topics.map((t) => [t.id, t]));
  const results: AnswerResult[] = [];
  const width = outputWidth(ctx.stdout, ctx.env);
  const signal = opts.signal;
  for (const [index, question] of questions.entries()) {
    if (signal?.aborted) return { results, stopped: true };
    const md = (text: string) => renderInline(text, opts.color);
    if (question.body.trim() !== '') ctx.stdout.write(`\n${layoutText(question.body, width, '', md)}\n\n`);
    let answer: Answer;
    const screen = { width, rows: ctx.stdout.rows, color: opts.color };
    try {
      const message = () => `${opts.label(index)} ${question.prompt}`;
      answer = await ask(prompter, question, opts.ticking ? message : message(), opts.random, signal, screen);
    } catch (error) {
      if (signal?.aborted) return { results, stopped: true };
      if (error instanceof InterruptedError)
        throw interrupted(opts.kind, results, questions.length, saver.saved);
      throw error;
    }
    const skipped = answer.kind === 'typed' && answer.text.trim() === DONT_KNOW;
    if (!skipped && needsCommandJudge(question)) await loadCommandJudge();
    const correct = !skipped && checkAnswer(question, answer);
    const rightAnswer = correctAnswerText(question);
    const given = skipped ? "(I don't know)" : answerText(question, answer);
    results.push({ question, correct, given, rightAnswer });
    const at = currentTime(ctx);
    await saver.save((progress) => recordAnswer(progress, question.id, correct, at));
    if (!opts.feedback) continue;
    const topic = topics.get(question.topic);
    const readMore = topic ? readMoreCommand(topic, question, library) : `dockerlearn show ${question.topic}`;
    const hint = correct ? undefined : typedAnswerFeedback(question, answer);
    ctx.stdout.write(
      formatFeedback(
        {
          correct,
          rightAnswer,
          explanation: question.explanation,
          readMore,
          hint: skipped ? undefined : hint,
          skipped,
          marks: optionMarks(question, answer),
        },
        opts.color,
        width,
      ),
    );
  }
  return { results, stopped: false };
}

/** What the learner types at a typed question to give up on it: it counts as wrong and shows the answer. */
const DONT_KNOW = '?';

interface Screen {
  width: number;
  rows: number | undefined;
  color: boolean;
}

async function ask(
  prompter: Prompter,
  question: Question,
  message: Message,
  random: () => number,
  signal: AbortSignal | undefined,
  screen: Screen,
): Promise<Answer> {
  const md = (text: string) => renderInline(text, screen.color);
  // inquirer prints `? ` before the message, `❯ ` before a choice and `❯◯ ` before a checkbox: wrapped lines are
  // indented under the text, so nothing runs past the edge and nothing is broken mid-word by the terminal
  const after = (gutter: number, text: string, more = 0) =>
    wrapText(text, screen.width, { indent: ' '.repeat(gutter), hanging: ' '.repeat(gutter + more) }).slice(
      gutter,
    );
  // a long option's wrapped lines hang two columns in, so each option's first line stands out
  const indexed = (gutter: number) =>
    question.choices.map((choice, index) => ({
      name: after(gutter, md(choice.text), 2),
      // the answered line: the choice on lines of its own under the question, not run on after it
      short: `\n${wrapText(md(choice.text), screen.width, { indent: '  ', hanging: '    ' })}`,
      value: index,
    }));
  const abortable = signal ? { signal } : {};
  // the prompt's message laid out by `build`, read again as time passes when `message` is a function of time
  const shown = (build: (prompt: string) => string): Message =>
    typeof message === 'string' ? build(md(message)) : () => build(md(message()));
  const prompt = md(messageNow(message));
  switch (question.kind) {
    case 'typed':
      return {
        kind: 'typed',
        text: await prompter.input({
          message: shown((text) => after(2, `${text} (${DONT_KNOW} if you don't know)`)),
          validate: (value) => value.trim() !== '' || `type an answer, or ${DONT_KNOW} to skip`,
          ...abortable,
        }),
      };
    case 'true-false':
    case 'single': {
      // True before False reads naturally; shuffling two fixed words teaches nothing
      const choices = question.kind === 'single' ? shuffle(indexed(2), random) : indexed(2);
      const page = fitPage(choices, prompt, screen);
      return {
        kind: 'choice',
        selected: [
          await prompter.select({
            message: shown((text) => after(2, `${text}${page.more}`)),
            choices,
            pageSize: page.size,
            ...abortable,
          }),
        ],
      };
    }
    case 'multiple': {
      const choices = shuffle(indexed(3), random);
      const howTo = ' (select all that apply: space ticks, enter answers)';
      const page = fitPage(choices, `${prompt}${howTo}`, screen);
      return {
        kind: 'choice',
        selected: await prompter.checkbox({
          message: shown((text) => after(2, `${text}${howTo}${page.more}`)),
          choices,
          pageSize: page.size,
          required: 'tick one or more with space, then press enter',
          ...abortable,
        }),
      };
    }
  }
}

/**
 * How many lines of choices to show at once: all of them when the screen has room (the usual case), else as many as
 * fit, with `more` to add to the message to say that more are below.
 */
function fitPage(
  choices: readonly { name: string }[],
  message: string,
  { width, rows }: Screen,
): { size: number; more: string } {
  const lines = choices.reduce((sum, choice) => sum + choice.name.split('\n').length, 0);
  const messageLines = wrapText(message, width).split('\n').length;
  // the message, a blank line and the key help under the list, and the line the cursor rests on
  const room = Math.max((rows ?? 24) - messageLines - 4, 4);
  if (lines <= room) return { size: lines, more: '' };
  return { size: room, more: ` (${choices.length} options: ↓ shows the ones below)` };
}

/** For a select-all question, each option with whether it was ticked and whether it is right. */
function optionMarks(question: Question, answer: Answer): OptionMark[] | undefined {
  if (question.kind !== 'multiple' || answer.kind !== 'choice') return undefined;
  const ticked = new Set(answer.selected);
  return question.choices.map((choice, index) => ({
    text: choice.text,
    ticked: ticked.has(index),
    correct: choice.correct,
  }));
}

function interrupted(
  kind: AskOptions['kind'],
  results: readonly AnswerResult[],
  total: number,
  saved: boolean,
): InterruptedError {
  const right = results.filter((r) => r.correct).length;
  const kept =
    results.length === 0 ? 'nothing to save' : saved ? 'your answers are saved' : 'answers NOT saved';
  const unfinished = kind === 'exam' ? '; an unfinished exam is not recorded as a result' : '';
  return new InterruptedError(
    `${kind} stopped after ${results.length} of ${total} questions ` +
      `(${right} right); ${kept}${unfinished}`,
  );
}
