/**
 * The commands `src/cli.ts` defines, by name. The start-up loader (src/start.ts) keeps one code cache per command
 * and must know them before the program is loaded; test/unit/program-commands.test.ts checks this list against the
 * program's.
 */
export const PROGRAM_COMMANDS: readonly string[] = [
  'topics',
  'show',
  'lookup',
  'search',
  'glossary',
  'validate',
  'quiz',
  'review',
  'progress',
  'cheatsheet',
  'export',
  'explain',
  'lab',
  'completion',
  '__complete',
];
