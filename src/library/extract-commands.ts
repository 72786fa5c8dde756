import type { Library } from '../content/model.js';
import { isFenceLine, scanHeadings } from '../content/scan-headings.js';

export interface CheatsheetEntry {
  topic: string;
  /** title of the concept whose section the command appears in; the topic title for its overview */
  concept: string;
  command: string;
}

const SHELL_LANGS = new Set(['', 'console', 'bash', 'sh', 'shell', 'shell-session', 'zsh', 'text']);

/**
 * Every `docker ...` command in the notes' shell code blocks, in note order, once per topic, each with the concept
 * section it appears in. Prompts (`$ `) are dropped and `\`-continued lines joined.
 */
export function extractCommands(library: Library, topicIds?: readonly string[]): CheatsheetEntry[] {
  const entries: CheatsheetEntry[] = [];
  for (const topic of library.topics) {
    if (topicIds && !topicIds.includes(topic.id)) continue;
    const lines = library.bodyOnce(topic.id).markdown.split('\n');
    const headingAt = new Map(scanHeadings(lines).map((h) => [h.index, h]));
    const seen = new Set<string>();
    let concept = topic.title;
    let fence: string | undefined;
    for (let i = 0; i < lines.length; i++) {
      const line = lines[i]!;
      const heading = headingAt.get(i);
      if (heading && heading.level >= 2 && heading.level <= 3) concept = heading.text;
      if (isFenceLine(line)) {
        fence =
          fence === undefined
            ? line
                .trim()
                .replace(/^[`~]+/, '')
                .trim()
                .toLowerCase()
            : undefined;
        continue;
      }
      if (fence === undefined || !SHELL_LANGS.has(fence)) continue;
      let command = line.trim().replace(/^\$\s+/, '');
      if (!/^docker(\s|$)/.test(command)) continue;
      while (command.endsWith('\\') && i + 1 < lines.length && !isFenceLine(lines[i + 1]!)) {
        command = `${command.slice(0, -1).trimEnd()} ${lines[++i]!.trim()}`;
      }
      command = command.replace(/\s+#.*$/, '').replace(/\s+/g, ' ');
      if (seen.has(command)) continue;
      seen.add(command);
      entries.push({ topic: topic.id, concept, command });
    }
  }
  return entries;
}

/** Whether `value` has the shape of extractCommands' result (a kept copy is checked before it is used). */
export function isCheatsheet(value: unknown): value is CheatsheetEntry[] {
  return (
    Array.isArray(value) &&
    value.every(
      (e: Partial<Record<keyof CheatsheetEntry, unknown>> | null) =>
        typeof e === 'object' &&
        e !== null &&
        typeof e.topic === 'string' &&
        typeof e.concept === 'string' &&
        typeof e.command === 'string',
    )
  );
}
