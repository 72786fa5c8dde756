import { parse } from 'shell-quote';
import { sanitizeText } from '../content/sanitize-text.js';
import { UsageError } from '../errors.js';

/** The longest command line explain reads; anything longer is refused rather than parsed. */
export const MAX_COMMAND_LENGTH = 16_384;

export interface Tokens {
  /** the words of the first command, quotes removed, `$VAR` kept as written */
  words: string[];
  /** what followed the first command (a pipe, `&&`, a redirect, a comment), as written, when there was any */
  rest?: string | undefined;
}

/**
 * Splits a command line into shell words (shell-quote): a leading `$ ` prompt is dropped, `\`-newline
 * continuations joined, quotes removed, variables left as written. Only the first command is kept: words after
 * an operator (`|`, `&&`, `;`, a redirect) or a comment are returned as `rest`.
 */
export function tokenizeCommand(line: string | readonly string[]): Tokens {
  if (typeof line !== 'string') return tokenizeWords(line);
  if (line.length > MAX_COMMAND_LENGTH)
    throw new UsageError(`the command line is longer than ${MAX_COMMAND_LENGTH} characters`);
  const joined = line
    .replace(/\\\r?\n/g, ' ')
    .replace(/^\s*\$\s+/, '')
    .trim();
  const parts = splitWords(joined);
  const words: string[] = [];
  let stop: number | undefined;
  for (const [index, part] of parts.entries()) {
    if (typeof part === 'string') {
      words.push(part);
      continue;
    }
    if ('op' in part && part.op === 'glob') {
      words.push(part.pattern);
      continue;
    }
    stop = index;
    break;
  }
  // a trailing comment is no part of the command
  if (stop === undefined || (parts.length === stop + 1 && isComment(parts[stop]))) return { words };
  return { words, rest: parts.slice(stop).map(partText).join(' ') };
}

// Several argv words (`explain docker run -d nginx`): the shell already split them. A lone first word holding
// spaces is a whole command line given in quotes.
function tokenizeWords(argv: readonly string[]): Tokens {
  if (argv.length === 1) return tokenizeCommand(argv[0]!);
  const words = [...argv];
  if (words[0] === '$') words.shift();
  return { words };
}

function partText(part: ReturnType<typeof parse>[number]): string {
  if (typeof part === 'string') return part;
  if ('comment' in part) return `#${part.comment}`;
  if ('op' in part) return part.op === 'glob' ? part.pattern : part.op;
  return '';
}

function isComment(part: ReturnType<typeof parse>[number] | undefined): boolean {
  return part !== undefined && typeof part !== 'string' && 'comment' in part;
}

// shell-quote throws a plain Error on some shell it cannot read (`${X` with no closing brace)
function splitWords(text: string): ReturnType<typeof parse> {
  try {
    return parse(text, (name) => `$${name}`);
  } catch (error) {
    const reason = error instanceof Error ? error.message : String(error);
    throw new UsageError(`cannot read the command line as shell words: ${sanitizeText(reason)}`);
  }
}
