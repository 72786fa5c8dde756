/** One word quoted for bash, zsh and fish alike: bare when safe, else in single quotes with `'\''` for a quote. */
export function shellWord(word: string): string {
  if (/^[A-Za-z0-9_./:=@%+,-]+$/.test(word)) return word;
  return `'${word.replace(/'/g, `'\\''`)}'`;
}

/** A `dockerlearn` command line the learner can paste: `--` goes before the first argument starting with `-`. */
export function dockerlearnCommand(command: string, ...args: string[]): string {
  const first = args.findIndex((a) => a.startsWith('-'));
  const words = first === -1 ? args : [...args.slice(0, first), '--', ...args.slice(first)];
  return ['dockerlearn', command, ...words.map(shellWord)].join(' ');
}
