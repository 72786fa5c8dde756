import { truncate } from './text.js';

/** A name the learner typed, quoted for a message: one line, at most 60 characters. */
export function quoteName(name: string): string {
  return `"${truncate(name.replace(/\s+/g, ' '), 60)}"`;
}
