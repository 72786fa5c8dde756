import { checkbox, confirm, input, search, select } from '@inquirer/prompts';
import { styleText } from 'node:util';
import { InterruptedError } from '../errors.js';
import { wrapText } from './layout.js';
import { tickingMessage, type Message, type TickingMessage } from './ticking-message.js';

export type { Message };

export interface PromptChoice<V> {
  /** already laid out for the terminal (see ui/layout.ts): wrapped lines carry their own hanging indent */
  name: string;
  value: V;
  /** shown after the question once answered (defaults to `name`); may start with a newline to go on its own lines */
  short?: string;
  /** shown under the list while this choice is highlighted */
  description?: string;
}

/** Closes the prompt when it aborts: the prompt's promise rejects and the caller checks `signal.aborted`. */
export interface Abortable {
  signal?: AbortSignal;
}

/**
 * Every question the CLI asks goes through this; tests script it, real runs use inquirer. A `message` that is a
 * function is read again every second while the prompt is open (the exam's clock), and once more when answered.
 */
export interface Prompter {
  /** `pageSize`: how many lines of choices to show at once (all of them, when the screen has room) */
  select<V>(
    options: { message: Message; choices: readonly PromptChoice<V>[]; pageSize?: number } & Abortable,
  ): Promise<V>;
  /** `required`: an empty selection is refused with `required` as the message, and the learner asked again */
  checkbox<V>(
    options: {
      message: Message;
      choices: readonly PromptChoice<V>[];
      pageSize?: number;
      required?: string;
    } & Abortable,
  ): Promise<V[]>;
  /** `validate` returns an error message to ask again, or true to accept */
  input(
    options: { message: Message; validate?: (value: string) => string | true } & Abortable,
  ): Promise<string>;
  confirm(options: { message: string; default?: boolean }): Promise<boolean>;
  /** a list the learner narrows by typing; `source` gives the choices for what has been typed so far */
  search<V>(options: {
    message: string;
    source: (term: string) => readonly PromptChoice<V>[];
    /** the value highlighted at first (compared with ===) */
    default?: V;
  }): Promise<V>;
}

// inquirer marks an answered prompt with a tick, which would look like "right" before a wrong answer
const prefix = { idle: '?', done: '-' };
const plain = (text: string) => text;
// a checkbox's answered line lists the ticked choices' `short` texts; those start on their own lines
const renderSelectedChoices = (choices: readonly { short: string }[]) =>
  choices
    .map((choice) => choice.short)
    .join(choices.some((choice) => choice.short.startsWith('\n')) ? '' : ', ');

/**
 * The theme for every prompt: the key help and error lines wrapped to `width` on word boundaries; with colour off
 * every style inquirer would apply is replaced, since it colours through node:util's styleText, which knows nothing
 * of --no-color.
 */
function promptTheme(color: boolean, width: number) {
  const paint = (style: Parameters<typeof styleText>[0]) => (text: string) =>
    color ? styleText(style, text) : text;
  const style = {
    error: (text: string) => paint('red')(wrapText(`> ${text}`, width, { hanging: '  ' })),
    keysHelpTip: (keys: [string, string][]) =>
      wrapText(
        keys.map(([key, action]) => `${paint('bold')(key)} ${paint('dim')(action)}`).join(' • '),
        width,
      ),
    renderSelectedChoices,
  };
  if (color) return { prefix, style };
  return {
    prefix,
    icon: { checked: '◉', unchecked: '◯', cursor: '❯', disabledChecked: '◎', disabledUnchecked: '-' },
    style: {
      ...style,
      answer: plain,
      message: plain,
      defaultAnswer: (text: string) => `(${text})`,
      help: plain,
      highlight: plain,
      key: (text: string) => `<${text}>`,
      disabled: plain,
      description: plain,
      searchTerm: plain,
    },
  };
}

// each prompt takes the parts of the theme it knows; the type is the widest of them
type PromptTheme = ReturnType<typeof promptTheme> & { icon: Record<string, string> };

/**
 * The real prompter (inquirer, on this process's terminal), coloured only when `color`, its own lines fitted to
 * `width`; Ctrl-C at a prompt becomes an InterruptedError.
 */
export function createInquirerPrompter(
  color = true,
  width = 80,
  rows = 24,
  /** the terminal to prompt on when not this process's (tests) */
  terminal: { input?: NodeJS.ReadableStream; output?: NodeJS.WritableStream } = {},
): Prompter {
  const theme = promptTheme(color, width) as PromptTheme;
  const context = (signal: AbortSignal | undefined) => ({ ...terminal, ...(signal ? { signal } : {}) });
  // a message that is a function is rendered by the theme, which inquirer calls on every render
  const open = <T>(
    o: { message: Message } & Abortable,
    start: (shown: { message: string; theme: typeof theme }, context: PromptContext) => Promise<T>,
  ): Promise<T> => {
    const { message } = o;
    if (typeof message === 'string') return guard(start({ message, theme }, context(o.signal)));
    const clock = tickingMessage(message);
    const closing = closeFirst(o.signal, clock);
    return guard(
      start({ message: message(), theme: tickingTheme(theme, clock, color) }, context(closing.signal)),
    ).finally(closing.release);
  };
  return {
    select: (o) =>
      open(o, (shown, ctx) =>
        select({ ...shown, choices: [...o.choices], loop: false, ...pageSize(o.pageSize) }, ctx),
      ),
    checkbox: (o) =>
      open(o, (shown, ctx) =>
        checkbox(
          {
            ...shown,
            choices: [...o.choices],
            loop: false,
            ...pageSize(o.pageSize),
            ...(o.required === undefined ? {} : { validate: (picked) => picked.length > 0 || o.required! }),
          },
          ctx,
        ),
      ),
    input: (o) =>
      open(o, (shown, ctx) => input({ ...shown, ...(o.validate ? { validate: o.validate } : {}) }, ctx)),
    confirm: (o) =>
      guard(confirm({ message: o.message, default: o.default ?? false, theme }, context(undefined))),
    search: (o) =>
      guard(
        search(
          {
            message: o.message,
            source: (term) => [...o.source(term ?? '')],
            ...(o.default === undefined ? {} : { default: o.default }),
            // the whole list when the screen has room for it (the message, the list, the description and key help)
            pageSize: Math.max(5, rows - 6),
            theme,
          },
          context(undefined),
        ),
      ),
  };
}

/**
 * `theme` for a prompt whose message is `clock`'s: the message read again as time passes, in bold; once the clock
 * is closed (the time limit) the prompt's last drawing reads as closed: the answered mark, no pointer at or
 * highlight on a choice, no key help. Getters, since inquirer merges the theme into its own on every render.
 */
function tickingTheme<T extends PromptTheme>(theme: T, clock: TickingMessage, color: boolean): T {
  const bold = (text: string) => (color ? styleText('bold', text) : text);
  return {
    ...theme,
    get icon() {
      return { ...theme.icon, ...(clock.closed ? { cursor: ' ' } : {}) };
    },
    prefix: {
      get idle() {
        return clock.closed ? prefix.done : prefix.idle;
      },
      done: prefix.done,
    },
    style: {
      ...theme.style,
      message: () => bold(clock.use()),
      keysHelpTip: (keys: [string, string][]) => (clock.closed ? '' : theme.style.keysHelpTip(keys)),
      // inquirer's own highlight is cyan
      highlight: (text: string) =>
        clock.closed
          ? text
          : 'highlight' in theme.style
            ? theme.style.highlight(text)
            : styleText('cyan', text),
    },
  };
}

interface PromptContext {
  input?: NodeJS.ReadableStream;
  output?: NodeJS.WritableStream;
  signal?: AbortSignal;
}

/**
 * The signal to hand inquirer for a prompt with a ticking message: when `signal` aborts, the prompt is drawn a
 * last time as closed, then aborted. `release` stops listening once the prompt has settled (an exam's one signal
 * outlives all its prompts).
 */
function closeFirst(
  signal: AbortSignal | undefined,
  clock: TickingMessage,
): { signal: AbortSignal | undefined; release: () => void } {
  if (!signal) return { signal, release: () => {} };
  const inner = new AbortController();
  const close = () => {
    clock.close();
    inner.abort(signal.reason);
  };
  if (signal.aborted) inner.abort(signal.reason);
  else signal.addEventListener('abort', close, { once: true });
  return { signal: inner.signal, release: () => signal.removeEventListener('abort', close) };
}

function pageSize(size: number | undefined): { pageSize?: number } {
  return size === undefined ? {} : { pageSize: Math.max(1, size) };
}

async function guard<T>(prompt: Promise<T>): Promise<T> {
  try {
    return await prompt;
  } catch (error) {
    // inquirer rejects with ExitPromptError on Ctrl-C after restoring the terminal
    if (error instanceof Error && error.name === 'ExitPromptError') throw new InterruptedError();
    throw error;
  }
}
