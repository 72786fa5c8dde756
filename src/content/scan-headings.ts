export interface Heading {
  level: number;
  text: string;
  /** 0-based index into the note's lines */
  index: number;
}

const HEADING = /^ {0,3}(#{1,6})[ \t]+(.*?)(?:[ \t]+#+)?[ \t]*$/;
const FENCE = /^ {0,3}(`{3,}|~{3,})/;

/** Finds the ATX headings of a note, skipping anything inside fenced code blocks. */
export function scanHeadings(lines: readonly string[]): Heading[] {
  const headings: Heading[] = [];
  let fence: string | undefined;
  lines.forEach((line, index) => {
    const fenceMatch = FENCE.exec(line);
    if (fenceMatch?.[1]) {
      const marker = fenceMatch[1];
      if (fence === undefined) fence = marker;
      else if (marker[0] === fence[0] && marker.length >= fence.length && line.trim() === marker)
        fence = undefined;
      return;
    }
    if (fence !== undefined) return;
    const match = HEADING.exec(line);
    if (match?.[1] && match[2] !== undefined && match[2] !== '') {
      headings.push({ level: match[1].length, text: match[2], index });
    }
  });
  return headings;
}

/** True when a line opens or closes a fenced code block. */
export function isFenceLine(line: string): boolean {
  return FENCE.test(line);
}
