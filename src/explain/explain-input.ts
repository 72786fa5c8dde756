import type { Explanation } from './model.js';
import { explainCompose } from './compose.js';
import { explainDockerfile } from './dockerfile.js';
import { ExplainInputError } from './input-error.js';

/** Files over this size are refused: no real Dockerfile or Compose file comes near it. */
export const MAX_INPUT_BYTES = 512 * 1024;

export interface FileInput {
  bytes: Uint8Array;
  /** the path as the learner gave it, or `-` for standard input */
  source: string;
  /** whether a .dockerignore sits beside the file; undefined when unknown */
  hasDockerignore?: boolean | undefined;
}

const DOCKERFILE_NAME = /(^|[./\\])(dockerfile|containerfile)([._-][^/\\]*)?$|\.dockerfile$/i;
const YAML_NAME = /\.ya?ml$/i;
const DOCKERFILE_LINE = /^\s*FROM\s+\S/im;
const COMPOSE_LINE = /^(services|version|networks|volumes|secrets|configs|name)\s*:/m;

/** Which explainer reads `text`: from its content first (a FROM line, a top-level services key), then its name. */
export function detectFileKind(text: string, source: string): 'dockerfile' | 'compose' | undefined {
  const dockerfile = DOCKERFILE_LINE.test(text);
  const compose = COMPOSE_LINE.test(text);
  if (dockerfile && !compose) return 'dockerfile';
  if (compose && !dockerfile) return 'compose';
  if (DOCKERFILE_NAME.test(source)) return 'dockerfile';
  if (YAML_NAME.test(source) || compose) return 'compose';
  return undefined;
}

/** Checks the bytes (size, empty, binary, UTF-8), decides the kind and explains them; ExplainInputError otherwise. */
export function explainFile(input: FileInput): Explanation {
  const { bytes, source } = input;
  if (bytes.length > MAX_INPUT_BYTES)
    throw new ExplainInputError(`the file is over the ${MAX_INPUT_BYTES / 1024} KB explain reads`, source);
  if (bytes.includes(0))
    throw new ExplainInputError('a binary file, not a Dockerfile or Compose file', source);
  let text: string;
  try {
    text = new TextDecoder('utf-8', { fatal: true }).decode(bytes);
  } catch {
    throw new ExplainInputError('not UTF-8 text: a binary file, not a Dockerfile or Compose file', source);
  }
  if (text.trim() === '') throw new ExplainInputError('the file is empty', source);
  const kind = detectFileKind(text, source);
  if (kind === 'dockerfile')
    return explainDockerfile(text, { source, hasDockerignore: input.hasDockerignore });
  if (kind === 'compose') return explainCompose(text, source);
  throw new ExplainInputError(
    'neither a Dockerfile (no FROM line) nor a Compose file (no services key)',
    source,
    'explain reads a Dockerfile, a Compose or stack file, or a docker command (`dockerlearn explain docker run ...`)',
  );
}
