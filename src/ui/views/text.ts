/** Cuts text to `width` columns with an ellipsis; leaves it whole when width is unknown. */
export function truncate(text: string, width: number | undefined): string {
  if (width === undefined || text.length <= width) return text;
  if (width <= 1) return text.slice(0, Math.max(width, 0));
  return `${text.slice(0, width - 1)}…`;
}

/**
 * Lays out a markdown-ish paragraph text for the terminal: single newlines inside a paragraph become spaces (as in
 * markdown), list items and fenced code keep their lines (fences dropped, code indented), and when `width` is known
 * prose is word-wrapped to it. Every line gets `indent`.
 */
export function layoutText(text: string, width: number | undefined, indent = ''): string {
  const out: string[] = [];
  let paragraph: string[] = [];
  let inCode = false;
  const flush = () => {
    if (paragraph.length > 0) out.push(...wrapWords(paragraph.join(' '), width, indent));
    paragraph = [];
  };
  for (const line of text.split('\n')) {
    if (/^\s*(```|~~~)/.test(line)) {
      flush();
      inCode = !inCode;
      continue;
    }
    if (inCode) out.push(`${indent}    ${line}`);
    else if (line.trim() === '') {
      flush();
      if (out.length > 0 && out[out.length - 1] !== '') out.push('');
    } else if (/^\s*([-*+]|\d+\.)\s/.test(line)) {
      flush();
      paragraph.push(line.trim());
    } else paragraph.push(line.trim());
  }
  flush();
  while (out[out.length - 1] === '') out.pop();
  return out.join('\n');
}

function wrapWords(text: string, width: number | undefined, indent: string): string[] {
  if (width === undefined) return [`${indent}${text}`];
  const room = Math.max(width - indent.length - 1, 20);
  const lines: string[] = [];
  let line = '';
  for (const word of text.split(/\s+/)) {
    if (line !== '' && line.length + 1 + word.length > room) {
      lines.push(`${indent}${line}`);
      line = word;
    } else line = line === '' ? word : `${line} ${word}`;
  }
  if (line !== '') lines.push(`${indent}${line}`);
  return lines;
}
