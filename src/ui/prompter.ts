import { checkbox, confirm, input, search, select } from '@inquirer/prompts';
import { InterruptedError } from '../errors.js';

export interface PromptChoice<V> {
  name: string;
  value: V;
  /** shown under the list while this choice is highlighted */
  description?: string;
}

/** Closes the prompt when it aborts: the prompt's promise rejects and the caller checks `signal.aborted`. */
export interface Abortable {
  signal?: AbortSignal;
}

/** Every question the CLI asks goes through this; tests script it, real runs use inquirer. */
export interface Prompter {
  select<V>(options: { message: string; choices: readonly PromptChoice<V>[] } & Abortable): Promise<V>;
  checkbox<V>(options: { message: string; choices: readonly PromptChoice<V>[] } & Abortable): Promise<V[]>;
  input(options: { message: string } & Abortable): Promise<string>;
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
const theme = { prefix: { idle: '?', done: '-' } };

/** The real prompter (inquirer, on this process's terminal); Ctrl-C at a prompt becomes an InterruptedError. */
export function createInquirerPrompter(): Prompter {
  return {
    select: (o) =>
      guard(select({ message: o.message, choices: [...o.choices], loop: false, theme }, context(o))),
    checkbox: (o) =>
      guard(checkbox({ message: o.message, choices: [...o.choices], loop: false, theme }, context(o))),
    input: (o) => guard(input({ message: o.message, theme }, context(o))),
    confirm: (o) => guard(confirm({ message: o.message, default: o.default ?? false, theme })),
    search: (o) =>
      guard(
        search({
          message: o.message,
          source: (term) => [...o.source(term ?? '')],
          ...(o.default === undefined ? {} : { default: o.default }),
          pageSize: 12,
          theme,
        }),
      ),
  };
}

function context({ signal }: Abortable): { signal?: AbortSignal } {
  return signal ? { signal } : {};
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
