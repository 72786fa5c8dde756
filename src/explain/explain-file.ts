import { closestWord } from './closest-word.js';
import { explainCompose } from './compose.js';
import { explainDockerfile } from './dockerfile.js';
import { readExplainInput } from './explain-input.js';
import type { Explanation } from './model.js';

export interface FileInput {
  bytes: Uint8Array;
  /** the path as the learner gave it, or `-` for standard input */
  source: string;
  /** whether a .dockerignore sits beside the file; undefined when unknown */
  hasDockerignore?: boolean | undefined;
}

/** Checks the bytes, decides the kind and explains them, typo suggestions included (both explainers loaded; the command
 * loads only the one it needs, and the suggester only for a typo). */
export function explainFile(input: FileInput): Explanation {
  const { text, kind } = readExplainInput(input.bytes, input.source);
  return kind === 'dockerfile'
    ? explainDockerfile(text, { source: input.source, hasDockerignore: input.hasDockerignore, closestWord })
    : explainCompose(text, input.source, closestWord);
}
