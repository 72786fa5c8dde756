import { fitLines, wrapText } from '../layout.js';

/** Cuts text to `width` columns with an ellipsis; leaves it whole when width is unknown. */
export function truncate(text: string, width: number | undefined): string {
  if (width === undefined || text.length <= width) return text;
  if (width <= 1) return text.slice(0, Math.max(width, 0));
  return `${text.slice(0, width - 1)}…`;
}

/**
 * Lays out a markdown-ish paragraph text for the terminal: single newlines inside a paragraph become spaces (as in
 * markdown), list items and fenced code keep their lines (fences dropped, code indented), and prose is wrapped to
 * `width` columns on word boundaries, list items with a hanging indent. Every line gets `indent`. `inline` styles
 * prose (not code), e.g. renderInline.
 */
export function layoutText(
  text: string,
  width: number,
  indent = '',
  inline: (prose: string) => string = (prose) => prose,
): string {
  const out: string[] = [];
  let paragraph: string[] = [];
  let inCode = false;
  const flush = () => {
    if (paragraph.length > 0) {
      const joined = inline(paragraph.join(' '));
      const marker = /^([-*+]|\d+\.)\s+/.exec(joined)?.[0] ?? '';
      out.push(wrapText(joined, width, { indent, hanging: indent + ' '.repeat(marker.length) }));
    }
    paragraph = [];
  };
  for (const line of text.split('\n')) {
    if (/^\s*(```|~~~)/.test(line)) {
      flush();
      inCode = !inCode;
      continue;
    }
    if (inCode) out.push(fitLines(`${indent}    ${line}`, width));
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
