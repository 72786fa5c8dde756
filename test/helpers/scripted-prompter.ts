import { InterruptedError } from '../../src/errors.js';
import type { Message, PromptChoice, Prompter } from '../../src/ui/prompter.js';

/** One expected prompt: its kind, a pattern its message must match, and the answer to give. */
export type Step =
  | { select: string; message?: RegExp } // the name of the choice to pick
  | { checkbox: string[]; message?: RegExp } // the names of the choices to tick
  | { input: string; message?: RegExp }
  | { confirm: boolean; message?: RegExp }
  | { search: string; pick: string; message?: RegExp }; // the text typed, then the name of the choice to pick

export interface ScriptOptions {
  /** match each prompt to the first unused step of its kind whose message matches, in any order */
  anyOrder?: boolean;
  /** the prompt with this 1-based number is interrupted as by Ctrl-C */
  interruptAt?: number;
  /** the prompt with this 1-based number is left open, unanswered, until its signal aborts */
  waitAt?: number;
  /**
   * called as each prompt opens (1-based number), before it is answered, e.g. to move a fake clock; `reread` reads
   * the message again as the open prompt would re-render it (a message that is a function of time changes)
   */
  onPrompt?: (number: number, message: string, reread: () => string) => void;
}

/**
 * A Prompter that plays `steps` (in order unless `anyOrder`): it fails the test on a prompt of another kind,
 * a message that does not match, or a choice that is not offered; `assertDone()` fails on unused steps.
 */
export function scriptedPrompter(steps: Step[], options: ScriptOptions = {}) {
  const remaining = [...steps];
  const messages: string[] = [];
  const offered: string[][] = [];

  function next(kind: string, message: string): Step {
    messages.push(message);
    if (messages.length === options.interruptAt) throw new InterruptedError();
    if (options.anyOrder) {
      const index = remaining.findIndex((s) => kind in s && (!s.message || s.message.test(message)));
      if (index < 0) throw new Error(`unexpected ${kind} prompt: ${message}`);
      return remaining.splice(index, 1)[0]!;
    }
    const step = remaining.shift();
    if (!step) throw new Error(`unexpected ${kind} prompt: ${message}`);
    if (!(kind in step))
      throw new Error(`expected ${Object.keys(step)[0]} but got ${kind} prompt: ${message}`);
    if (step.message && !step.message.test(message))
      throw new Error(`prompt "${message}" does not match ${step.message}`);
    return step;
  }

  function pick<V>(choices: readonly PromptChoice<V>[], name: string): V {
    const choice = choices.find((c) => c.name === name);
    if (!choice) throw new Error(`no choice "${name}" among ${choices.map((c) => c.name).join(', ')}`);
    return choice.value;
  }

  // like inquirer: a prompt whose signal has aborted (before or while it is open) rejects
  function respond<T>(
    kind: string,
    shown: Message,
    signal: AbortSignal | undefined,
    answer: (step: Step) => T,
  ): Promise<T> {
    const reread = () => (typeof shown === 'string' ? shown : shown());
    const message = reread();
    return new Promise<T>((resolve, reject) => {
      options.onPrompt?.(messages.length + 1, message, reread);
      if (signal?.aborted) {
        messages.push(message);
        reject(new Error('prompt aborted'));
        return;
      }
      if (messages.length + 1 !== options.waitAt) {
        resolve(answer(next(kind, message)));
        return;
      }
      messages.push(message);
      if (!signal) throw new Error(`prompt ${options.waitAt} would wait forever: it has no signal`);
      signal.addEventListener('abort', () => reject(new Error('prompt aborted')), { once: true });
    });
  }

  const prompter: Prompter = {
    select: ({ message, choices, signal }) =>
      respond('select', message, signal, (step) => {
        offered.push(choices.map((c) => c.name));
        return pick(choices, (step as { select: string }).select);
      }),
    checkbox: ({ message, choices, signal }) =>
      respond('checkbox', message, signal, (step) => {
        offered.push(choices.map((c) => c.name));
        return (step as { checkbox: string[] }).checkbox.map((name) => pick(choices, name));
      }),
    input: ({ message, signal }) =>
      respond('input', message, signal, (step) => (step as { input: string }).input),
    confirm: ({ message }) =>
      respond('confirm', message, undefined, (step) => (step as { confirm: boolean }).confirm),
    search: ({ message, source }) =>
      respond('search', message, undefined, (step) => {
        const choices = source((step as { search: string }).search);
        offered.push(choices.map((c) => c.name));
        return pick(choices, (step as { pick: string }).pick);
      }),
  };

  return {
    prompter,
    /** every prompt message shown, in order */
    messages,
    /** the choice names offered by each select/checkbox/search (after its typed text), in the order shown */
    offered,
    assertDone() {
      if (remaining.length > 0) throw new Error(`${remaining.length} scripted answers were never asked for`);
    },
  };
}
