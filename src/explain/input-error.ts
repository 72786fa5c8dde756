import { DockerlearnError } from '../errors.js';

/** Input that explain cannot read: empty, binary, too big, of no kind it knows, or broken (exit 1, names where). */
export class ExplainInputError extends DockerlearnError {
  constructor(message: string, where: string, hint?: string) {
    super(message, 1, { where, ...(hint === undefined ? {} : { hint }) });
  }
}
