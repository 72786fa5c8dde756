// Commands the tool prints for the learner to paste. They must mean the same in bash, zsh and fish.

// Characters none of the three shells treats specially in an unquoted word.
const SAFE_WORD = /^[A-Za-z0-9_@%+=:,./-]+$/;

/**
 * One word quoted for bash, zsh and fish: as it is when it holds only safe characters, else in single quotes, with a
 * single quote inside written as `'\''` (close, escaped quote, reopen), which all three read the same way.
 */
export function shellWord(word: string): string {
  if (word !== '' && SAFE_WORD.test(word)) return word;
  return `'${word.replace(/'/g, `'\\''`)}'`;
}

/**
 * `dockerlearn <command> <args...>` ready to paste: each argument is one quoted word (so a name of several words stays
 * one argument), and `--` goes before the first one that starts with `-` (so it is not read as an option).
 */
export function dockerlearnCommand(command: string, ...args: string[]): string {
  const words = args.map((arg) => arg.replace(/\s+/g, ' ').trim());
  const first = words.findIndex((word) => word.startsWith('-'));
  const all = first === -1 ? words : [...words.slice(0, first), '--', ...words.slice(first)];
  return ['dockerlearn', command, ...all.map((word) => (word === '--' ? word : shellWord(word)))].join(' ');
}
