import { ExplainInputError } from './input-error.js';
import { INSTRUCTIONS } from './dockerfile-concepts.js';

/** Files over this size are refused: no real Dockerfile or Compose file comes near it. */
export const MAX_INPUT_BYTES = 512 * 1024;

const DOCKERFILE_NAME = /(^|[./\\])(dockerfile|containerfile)([._-][^/\\]*)?$|\.dockerfile$/i;
const FROM_LINE = /^from\s+(--\S+\s+)*\S+(\s+as\s+\S+)?\s*$/i;
const YAML_NAME = /\.ya?ml$/i;
const COMPOSE_LINE = /^(services|version|networks|volumes|secrets|configs|name)\s*:/m;

/** Which explainer reads `text`: from its content first (a FROM line, a top-level services key), then its name. */
export function detectFileKind(text: string, source: string): 'dockerfile' | 'compose' | undefined {
  const dockerfile = looksLikeDockerfile(text);
  const compose = COMPOSE_LINE.test(text);
  if (dockerfile && !compose) return 'dockerfile';
  if (compose && !dockerfile) return 'compose';
  if (DOCKERFILE_NAME.test(source)) return 'dockerfile';
  if (YAML_NAME.test(source) || compose) return 'compose';
  return undefined;
}

/**
 * A well-formed FROM line, and at least two thirds of the lines that start something (not comments, blanks or continuations)
 * start with an instruction: prose that happens to begin a line with "From" is not a Dockerfile.
 */
function looksLikeDockerfile(text: string): boolean {
  const known = new Set<string>(INSTRUCTIONS);
  let instructions = 0;
  let others = 0;
  let from = false;
  let continued = false;
  let heredoc: string | undefined;
  for (const raw of text.split(/\r?\n/)) {
    const line = raw.trim();
    if (heredoc !== undefined) {
      if (line === heredoc) heredoc = undefined;
      continue;
    }
    heredoc = /<<-?["']?(\w+)["']?/.exec(line)?.[1];
    if (line === '' || line.startsWith('#')) continue;
    const isContinuation = continued;
    continued = /[\\`]$/.test(line);
    if (isContinuation) continue;
    const written = line.split(/\s/)[0] ?? '';
    const word = written.toUpperCase();
    // `RUN` or `run`, but not the `Run` that starts a sentence
    if (known.has(word) && (written === word || written === word.toLowerCase())) {
      instructions += 1;
      if (word === 'FROM' && FROM_LINE.test(line)) from = true;
    } else others += 1;
  }
  return from && instructions >= 2 * others;
}

/** The text of the input and which explainer reads it, after the checks every file gets. */
export interface ExplainInput {
  text: string;
  kind: 'dockerfile' | 'compose';
}

/** Checks the bytes (size, empty, binary, UTF-8) and decides the kind; ExplainInputError naming `source` otherwise. */
export function readExplainInput(bytes: Uint8Array, source: string): ExplainInput {
  const what = source === '-' ? 'standard input' : 'the file';
  if (bytes.length > MAX_INPUT_BYTES)
    throw new ExplainInputError(`${what} is over the ${MAX_INPUT_BYTES / 1024} KB explain reads`, source);
  if (bytes.includes(0))
    throw new ExplainInputError('a binary file, not a Dockerfile or Compose file', source);
  let text: string;
  try {
    text = new TextDecoder('utf-8', { fatal: true }).decode(bytes);
  } catch {
    throw new ExplainInputError('not UTF-8 text: a binary file, not a Dockerfile or Compose file', source);
  }
  if (text.trim() === '') throw new ExplainInputError(`${what} is empty`, source);
  const kind = detectFileKind(text, source);
  if (kind) return { text, kind };
  throw new ExplainInputError(
    'neither a Dockerfile (no FROM line) nor a Compose file (no services key)',
    source,
    'explain reads a Dockerfile, a Compose or stack file, or a docker command (dockerlearn explain docker run ...)',
  );
}
