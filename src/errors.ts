/** Where a problem in a note lives: a file, and a line when one can be named. */
export interface ContentProblem {
  file: string;
  line?: number;
  message: string;
}

export interface ErrorDetails {
  hint?: string;
  where?: string;
}

/** The one error type the CLI turns into a message and an exit code; anything else is a bug. */
export class DockerlearnError extends Error {
  readonly exitCode: number;
  readonly hint: string | undefined;
  readonly where: string | undefined;

  constructor(message: string, exitCode = 1, details: ErrorDetails = {}) {
    super(message);
    this.name = new.target.name;
    this.exitCode = exitCode;
    this.hint = details.hint;
    this.where = details.where;
  }
}

/** Bad arguments or a command used where it cannot work (exit 2). */
export class UsageError extends DockerlearnError {
  constructor(message: string, details: ErrorDetails = {}) {
    super(message, 2, details);
  }
}

/** A topic, concept or file the learner named does not exist (exit 1). */
export class NotFoundError extends DockerlearnError {
  constructor(message: string, details: ErrorDetails = {}) {
    super(message, 1, details);
  }
}

/** The learner stopped the program with Ctrl-C or a signal (exit 130 or 143). */
export class InterruptedError extends DockerlearnError {
  constructor(message = 'interrupted', exitCode = 130) {
    super(message, exitCode);
  }
}

/** One or more notes break the format; every problem names its file and, where known, its line. */
export class ContentError extends DockerlearnError {
  readonly problems: readonly ContentProblem[];

  constructor(problems: readonly ContentProblem[]) {
    const first = problems[0] ?? { file: '?', message: 'invalid note' };
    const more = problems.length > 1 ? ` (and ${problems.length - 1} more)` : '';
    super(`${formatProblem(first)}${more}`, 1, {
      hint: problems.length > 1 ? 'run dockerlearn validate <dir> to see every problem' : undefined,
    });
    this.problems = problems;
  }
}

/** Formats a problem as `file:line: message`, the form editors and CI logs can jump to. */
export function formatProblem(problem: ContentProblem): string {
  const where = problem.line === undefined ? problem.file : `${problem.file}:${problem.line}`;
  return `${where}: ${problem.message}`;
}
