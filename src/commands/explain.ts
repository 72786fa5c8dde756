import { outputWidth } from '../ui/output-width.js';
import { existsSync, readFileSync, statSync } from 'node:fs';
import path from 'node:path';
import type { Context } from '../context.js';
import { NotFoundError, UsageError } from '../errors.js';
import type { ClosestWord } from '../explain/closest-word.js';
import type { Explanation } from '../explain/model.js';
import { shouldColor } from '../ui/should-color.js';
import { noStyle } from '../ui/views/styles.js';
import { loadOptions } from './load-library.js';

export interface ExplainOptions {
  json?: boolean;
  color?: boolean;
}

const OWN_FLAGS = new Set(['--json', '--no-color']);

/** `dockerlearn explain <file | - | docker command...>`: reads, explains, prints (text or --json). */
export async function runExplain(input: string[], opts: ExplainOptions, ctx: Context): Promise<void> {
  const target = await explainTarget(input, opts, ctx);
  const color = shouldColor(ctx.stdout, ctx.env, opts.color);
  const width = outputWidth(ctx.stdout, ctx.env);
  const kept = target.file
    ? await keptExplanation(target.file, opts.json === true, color, width, ctx)
    : undefined;
  const known = kept?.read();
  if (known !== undefined) {
    ctx.stdout.write(known);
    return;
  }
  const text = await explanationText(await target.explain(), opts, color, width);
  kept?.keep(text);
  ctx.stdout.write(text);
}

/** What explain reads: a file (which a kept explanation may stand for) or anything else. */
interface ExplainTarget {
  explain(): Promise<Explanation>;
  file?: { path: string; shown: string; hasDockerignore: boolean };
}

/**
 * Where the explanation of a file is kept between runs: the file, known by its path, size and mtime (one modified
 * moments ago is not kept), like a note `show` renders. Parsing and describing a 100-line Dockerfile in a fresh
 * process is ~15 ms of JIT-cold code, most of what `explain` costs; the kept text is printed without it.
 */
async function keptExplanation(
  file: NonNullable<ExplainTarget['file']>,
  json: boolean,
  color: boolean,
  width: number,
  ctx: Context,
) {
  const cache = loadOptions(ctx).cache;
  if (!cache) return undefined;
  const { renderedEntry } = await import('../cache/render-cache.js');
  return renderedEntry(cache, {
    slot: `explain\n${file.path}`,
    variant: json ? ['json'] : [String(width), color ? 'color' : 'plain'],
    source: { note: file.path, extra: `${file.shown}\0${String(file.hasDockerignore)}` },
    // a learner mostly explains files explain has not seen: the code cache keeps the parsers
    usual: true,
  });
}

async function explanationText(
  explanation: Explanation,
  opts: ExplainOptions,
  color: boolean,
  width: number,
): Promise<string> {
  if (opts.json) return `${JSON.stringify(explanation, null, 2)}\n`;
  const [{ formatExplain }, { renderCodeSpans }] = await Promise.all([
    import('../ui/views/format-explain.js'),
    import('../ui/inline-code.js'),
  ]);
  const styles = color ? (await import('../ui/color.js')).palette(true) : noStyle;
  // meanings are prose with `code` spans, rendered without marked; marked is loaded only for a text that needs it
  let needsMarked = false;
  let text = formatExplain(explanation, width, styles, (markdown) => {
    const rendered = renderCodeSpans(markdown, styles);
    if (rendered === undefined) needsMarked = true;
    return rendered ?? markdown;
  });
  if (needsMarked) {
    const { renderInlineWith } = await import('../ui/inline-markdown.js');
    text = formatExplain(explanation, width, styles, (markdown) => renderInlineWith(markdown, styles));
  }
  return text;
}

async function explainTarget(input: string[], opts: ExplainOptions, ctx: Context): Promise<ExplainTarget> {
  const words = input[0] === '$' ? input.slice(1) : input;
  const first = words[0] ?? '';
  if (first === 'docker' || /^\s*(\$\s*)?docker(\s|$)/.test(first)) {
    // every word after `docker` is the docker command's own (explain's flags go before it); one quoted argument is
    // the command line as written (with its `$ `, quotes and `\` line joins), several are re-quoted as the shell split them
    const line = words.length === 1 ? first : words.map(quoteWord).join(' ');
    return {
      explain: async () => (await import('../explain/docker-command.js')).explainDockerCommand(line),
    };
  }
  // `explain Dockerfile --json`: explain's own flags may follow a file name
  const rest = words.slice(1);
  for (const flag of rest) {
    if (!OWN_FLAGS.has(flag))
      throw new UsageError(`explain takes one file, \`-\` or a docker command, not "${first} ${flag}"`, {
        hint: 'e.g. dockerlearn explain Dockerfile, or dockerlearn explain docker run -d nginx',
      });
    if (flag === '--json') opts.json = true;
    else opts.color = false;
  }
  if (first === '') throw new UsageError('explain needs a file, `-` or a docker command');
  if (first === '-') {
    const bytes = await readStdin(ctx);
    return { explain: () => explainBytes(bytes, '-', undefined) };
  }
  const file = path.resolve(ctx.cwd, first);
  let stats;
  try {
    stats = statSync(file);
  } catch {
    throw new NotFoundError(`no file "${first}"`, {
      hint: 'give a Dockerfile or Compose file path, a dash (-) for standard input, or a command: dockerlearn explain docker run nginx',
    });
  }
  if (stats.isDirectory())
    throw new UsageError(`"${first}" is a folder: name the Dockerfile or Compose file in it`);
  const hasDockerignore = existsSync(path.join(path.dirname(file), '.dockerignore'));
  const size = stats.size;
  return {
    file: { path: file, shown: first, hasDockerignore },
    explain: async () => {
      const { MAX_INPUT_BYTES } = await import('../explain/explain-input.js');
      // read at most one byte over the cap, so a huge file is refused without reading it all
      const bytes = size > MAX_INPUT_BYTES ? new Uint8Array(MAX_INPUT_BYTES + 1) : readFileSync(file);
      return explainBytes(bytes, first, hasDockerignore);
    },
  };
}

/**
 * Only the explainer the input needs is loaded: a compose file never loads dockerfile-ast. The typo suggester
 * (fuse.js, ~0.7 ms to load: in-process timings, session 9) is loaded only when the explainer asks for a
 * suggestion, for an unknown instruction or service key; the file is then explained again with it.
 */
async function explainBytes(
  bytes: Uint8Array,
  source: string,
  hasDockerignore: boolean | undefined,
): Promise<Explanation> {
  const { readExplainInput } = await import('../explain/explain-input.js');
  const { text, kind } = readExplainInput(bytes, source);
  let explain: (closestWord: ClosestWord) => Explanation;
  if (kind === 'dockerfile') {
    const { explainDockerfile } = await import('../explain/dockerfile.js');
    explain = (closestWord) => explainDockerfile(text, { source, hasDockerignore, closestWord });
  } else {
    const { explainCompose } = await import('../explain/compose.js');
    explain = (closestWord) => explainCompose(text, source, closestWord);
  }
  // a first pass with a suggester that only notes it was asked, so no rule names are needed here
  let asked = false;
  const explanation = explain(() => {
    asked = true;
    return undefined;
  });
  if (!asked) return explanation;
  const { closestWord } = await import('../explain/closest-word.js');
  return explain(closestWord);
}

function quoteWord(word: string): string {
  return /^[\w@%+=:,./-]+$/.test(word) ? word : `'${word.replace(/'/g, `'\\''`)}'`;
}

async function readStdin(ctx: Context): Promise<Uint8Array> {
  if (ctx.stdin.isTTY)
    throw new UsageError('`explain -` reads standard input, which is a terminal: pipe a file into it');
  const stream = ctx.stdin as Partial<AsyncIterable<Uint8Array | string>>;
  if (typeof stream[Symbol.asyncIterator] !== 'function') return new Uint8Array();
  const { MAX_INPUT_BYTES } = await import('../explain/explain-input.js');
  const chunks: Uint8Array[] = [];
  let size = 0;
  for await (const chunk of stream as AsyncIterable<Uint8Array | string>) {
    const bytes = typeof chunk === 'string' ? Buffer.from(chunk) : chunk;
    chunks.push(bytes);
    size += bytes.length;
    if (size > MAX_INPUT_BYTES) break;
  }
  return Buffer.concat(chunks);
}
