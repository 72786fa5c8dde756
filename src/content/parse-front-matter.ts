import { isMap, isScalar, parseDocument, type Document } from 'yaml';
import * as v from 'valibot';
import type { ContentProblem } from '../errors.js';
import { sanitizeText } from './sanitize-text.js';
import { KEBAB_ID } from './slug.js';

export { splitFrontMatter } from './split-front-matter.js';

export interface FrontMatter {
  id?: string | undefined;
  title: string;
  summary: string;
  aliases: string[];
  order: number;
  related: string[];
  /** file line of the `related:` key, for problems found once every topic is known */
  relatedLine: number;
}

const text = (what: string) =>
  v.pipe(v.string(`${what} must be text`), v.trim(), v.nonEmpty(`${what} is empty`));
const textList = (what: string) => v.array(text(`each of ${what}`), `${what} must be a list, e.g. [a, b]`);

// Unknown keys are reported separately, with their lines, so the schema itself ignores them.
const FrontMatterSchema = v.object({
  id: v.optional(v.pipe(text('id'), v.regex(KEBAB_ID, 'id must be kebab-case, e.g. multi-stage-builds'))),
  title: v.pipe(v.string('title must be text'), v.trim(), v.nonEmpty('title is empty')),
  summary: v.optional(v.pipe(v.string('summary must be text'), v.trim()), ''),
  aliases: v.optional(textList('aliases'), []),
  order: v.optional(v.pipe(v.number('order must be a number'), v.finite('order must be a number')), 1000),
  related: v.optional(
    v.array(
      v.pipe(text('each related id'), v.regex(KEBAB_ID, 'related ids must be kebab-case')),
      'related must be a list of topic ids',
    ),
    [],
  ),
});

export const FRONT_MATTER_KEYS = Object.keys(FrontMatterSchema.entries);

/** Parses and validates front matter YAML (starting on file line 2); problems carry file lines. */
export function parseFrontMatter(
  yaml: string,
  file: string,
  problems: ContentProblem[],
): FrontMatter | undefined {
  const doc = parseDocument(yaml, { prettyErrors: false, uniqueKeys: true, logLevel: 'error' });
  const lineOf = (offset: number | undefined) => 2 + (offset === undefined ? 0 : countNewlines(yaml, offset));
  if (doc.errors.length > 0) {
    for (const error of doc.errors) {
      problems.push({
        file,
        line: lineOf(error.pos[0]),
        message: `front matter: ${firstLine(error.message)}`,
      });
    }
  }
  // YAML escapes such as "\e" make control characters the raw text did not have; clean the parsed values too.
  // After a syntax error, the keys the YAML parser could still read are checked too, so one run reports them all.
  let data: unknown;
  try {
    data = sanitizeValues(doc.toJS());
  } catch {
    return undefined;
  }
  if (doc.errors.length > 0 && (data === null || typeof data !== 'object')) return undefined;
  if (data === null || typeof data !== 'object' || Array.isArray(data)) {
    problems.push({ file, line: 2, message: 'front matter must be a list of `key: value` lines' });
    return undefined;
  }
  for (const key of Object.keys(data)) {
    if (!FRONT_MATTER_KEYS.includes(key)) {
      problems.push({
        file,
        line: lineOf(keyOffset(doc, key)),
        message: `front matter: unknown key "${key}" (known keys: ${FRONT_MATTER_KEYS.join(', ')})`,
      });
    }
  }
  // the values after a syntax error are the parser's guesses: checking them would only echo that error
  if (doc.errors.length > 0) return undefined;
  const result = v.safeParse(FrontMatterSchema, data, { abortPipeEarly: true });
  if (!result.success) {
    for (const issue of result.issues) {
      const key = issue.path?.[0]?.key;
      const message =
        issue.kind === 'schema' && issue.input === undefined && typeof key === 'string'
          ? `front matter: missing ${key}`
          : `front matter: ${issue.message}`;
      problems.push({
        file,
        line: lineOf(typeof key === 'string' ? keyOffset(doc, key) : undefined),
        message,
      });
    }
    return undefined;
  }
  if (problems.length > 0) return undefined;
  return { ...result.output, relatedLine: lineOf(keyOffset(doc, 'related')) };
}

function sanitizeValues(value: unknown): unknown {
  if (typeof value === 'string') return sanitizeText(value);
  if (Array.isArray(value)) return value.map(sanitizeValues);
  if (value !== null && typeof value === 'object') {
    return Object.fromEntries(Object.entries(value).map(([k, v]) => [sanitizeText(k), sanitizeValues(v)]));
  }
  return value;
}

function keyOffset(doc: Document, key: string): number | undefined {
  if (!isMap(doc.contents)) return undefined;
  const pair = doc.contents.items.find((item) => isScalar(item.key) && item.key.value === key);
  return pair && isScalar(pair.key) ? pair.key.range?.[0] : undefined;
}

function countNewlines(text: string, end: number): number {
  let count = 0;
  for (let i = 0; i < end && i < text.length; i++) if (text[i] === '\n') count++;
  return count;
}

function firstLine(message: string): string {
  return message.split('\n')[0] ?? message;
}
