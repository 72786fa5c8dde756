import { isMap, isScalar, isSeq, LineCounter, parseDocument, type Document } from 'yaml';
import { ExplainInputError } from './input-error.js';
import { cleanLine } from './clean-text.js';

/** At most this many alias expansions (`*name`): a "billion laughs" file fails fast with a clear message. */
export const MAX_ALIAS_COUNT = 100;
/** Deeper nesting than any real Compose file has is refused, so a crafted file cannot exhaust the stack. */
const MAX_DEPTH = 64;

export interface ParsedCompose {
  /** the document as plain data (aliases and `<<` merges resolved) */
  data: Record<string, unknown>;
  /** 1-based line of the key at a path, e.g. ['services', 'web', 'ports'] */
  lineOf(path: readonly (string | number)[]): number | undefined;
}

/** Parses YAML text with alias and depth limits; throws ExplainInputError naming `source` and the line. */
export function parseCompose(text: string, source: string): ParsedCompose {
  const lineCounter = new LineCounter();
  let doc: Document;
  try {
    // logLevel: yaml's warnings (a mapping used as a key, say) would reach stderr as Node warnings
    doc = parseDocument(text, {
      lineCounter,
      merge: true,
      uniqueKeys: true,
      prettyErrors: false,
      logLevel: 'error',
    });
  } catch (error) {
    throw new ExplainInputError(`cannot read the YAML: ${describe(error)}`, source);
  }
  const error = doc.errors[0];
  if (error) {
    const line = lineCounter.linePos(error.pos[0]).line;
    throw new ExplainInputError(
      `not valid YAML: ${cleanLine(error.message.split('\n')[0] ?? '', 160)}`,
      `${source}:${line}`,
    );
  }
  let data: unknown;
  try {
    data = doc.toJS({ maxAliasCount: MAX_ALIAS_COUNT });
  } catch (error) {
    const bomb = /alias/i.test(describe(error));
    throw new ExplainInputError(
      bomb
        ? `too many YAML alias expansions (over ${MAX_ALIAS_COUNT}): refusing what looks like an alias bomb`
        : `cannot read the YAML: ${describe(error)}`,
      source,
    );
  }
  if (depth(data, 0) > MAX_DEPTH)
    throw new ExplainInputError(`nesting deeper than ${MAX_DEPTH} levels`, source);
  if (typeof data !== 'object' || data === null || Array.isArray(data))
    throw new ExplainInputError('not a Compose file: the top level is not a mapping of keys', source);
  return {
    data: data as Record<string, unknown>,
    lineOf: (path) => keyLine(doc, lineCounter, path),
  };
}

function keyLine(
  doc: Document,
  counter: LineCounter,
  path: readonly (string | number)[],
): number | undefined {
  let node: unknown = doc.contents;
  let line: number | undefined;
  for (const key of path) {
    if (isSeq(node) && typeof key === 'number') {
      // a list item: the line it starts on
      node = node.items[key];
      const range = (node as { range?: [number, number, number] } | undefined)?.range;
      if (!range) return line;
      line = counter.linePos(range[0]).line;
      continue;
    }
    if (!isMap(node)) return line;
    const pair = node.items.find((p) => isScalar(p.key) && String(p.key.value) === String(key));
    if (!pair) return line;
    const range = isScalar(pair.key) ? pair.key.range : undefined;
    if (range) line = counter.linePos(range[0]).line;
    node = pair.value;
  }
  return line;
}

function depth(value: unknown, level: number): number {
  if (level > MAX_DEPTH || typeof value !== 'object' || value === null) return level;
  let max = level;
  for (const child of Object.values(value)) max = Math.max(max, depth(child, level + 1));
  return max;
}

function describe(error: unknown): string {
  return cleanLine(error instanceof Error ? error.message : String(error), 160);
}
