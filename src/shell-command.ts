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
 * `dockerlearn <command> <name>` ready to paste: the name is one quoted word (so several words stay one argument),
 * after `--` when it starts with `-` (so it is not read as an option).
 */
export function dockerlearnCommand(command: string, name: string): string {
  const oneLine = name.replace(/\s+/g, ' ').trim();
  return `dockerlearn ${command} ${oneLine.startsWith('-') ? '-- ' : ''}${shellWord(oneLine)}`;
}
