// Kept apart from parse-front-matter.ts so that finding where a note's body starts does not load the YAML parser.

/** Splits `---` front matter off a note; `yaml` is null when the note has none. */
export function splitFrontMatter(lines: readonly string[]): { yaml: string | null; bodyStart: number } {
  if (lines[0]?.trim() !== '---') return { yaml: null, bodyStart: 0 };
  const end = lines.findIndex((line, i) => i > 0 && (line.trim() === '---' || line.trim() === '...'));
  if (end === -1) return { yaml: null, bodyStart: 0 };
  return { yaml: lines.slice(1, end).join('\n'), bodyStart: end + 1 };
}
