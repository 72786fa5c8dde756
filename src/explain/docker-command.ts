// PLACEHOLDER (explain-files branch): the `explain-command` branch owns this file and its real version replaces
// this one on merge. It only gives `explain docker ...` the signature to call until then.
import { UsageError } from '../errors.js';
import type { Explanation } from './model.js';

/** Explains a docker command line (placeholder: not available yet on this branch). */
export function explainDockerCommand(line: string): Explanation {
  void line;
  throw new UsageError('explaining docker commands is not available yet');
}
