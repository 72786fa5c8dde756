import { outputWidth } from '../ui/output-width.js';
import { existsSync, readFileSync, statSync } from 'node:fs';
import path from 'node:path';
import type { Context } from '../context.js';
import { NotFoundError, UsageError } from '../errors.js';
import type { Explanation } from '../explain/model.js';
import { shouldColor } from '../ui/should-color.js';
import { noStyle } from '../ui/views/styles.js';

export interface ExplainOptions {
  json?: boolean;
  color?: boolean;
}

const OWN_FLAGS = new Set(['--json', '--no-color']);

/** `dockerlearn explain <file | - | docker command...>`: reads, explains, prints (text or --json). */
export async function runExplain(input: string[], opts: ExplainOptions, ctx: Context): Promise<void> {
  const explanation = await explainInput(input, opts, ctx);
  if (opts.json) {
    ctx.stdout.write(`${JSON.stringify(explanation, null, 2)}\n`);
    return;
  }
  const color = shouldColor(ctx.stdout, ctx.env, opts.color);
  const width = outputWidth(ctx.stdout, ctx.env);
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
  ctx.stdout.write(text);
}

async function explainInput(input: string[], opts: ExplainOptions, ctx: Context): Promise<Explanation> {
  const words = input[0] === '$' ? input.slice(1) : input;
  const first = words[0] ?? '';
  if (first === 'docker' || /^\s*(\$\s*)?docker(\s|$)/.test(first)) {
    // every word after `docker` is the docker command's own (explain's flags go before it); one quoted argument is
    // the command line as written (with its `$ `, quotes and `\` line joins), several are re-quoted as the shell split them
    const { explainDockerCommand } = await import('../explain/docker-command.js');
    return explainDockerCommand(words.length === 1 ? first : words.map(quoteWord).join(' '));
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
  if (first === '-') return explainBytes(await readStdin(ctx), '-', undefined);
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
  const { MAX_INPUT_BYTES } = await import('../explain/explain-input.js');
  // read at most one byte over the cap, so a huge file is refused without reading it all
  const bytes = stats.size > MAX_INPUT_BYTES ? new Uint8Array(MAX_INPUT_BYTES + 1) : readFileSync(file);
  return explainBytes(bytes, first, existsSync(path.join(path.dirname(file), '.dockerignore')));
}

/** Only the explainer the input needs is loaded: a compose file never loads dockerfile-ast. */
async function explainBytes(bytes: Uint8Array, source: string, hasDockerignore: boolean | undefined) {
  const { readExplainInput } = await import('../explain/explain-input.js');
  const { text, kind } = readExplainInput(bytes, source);
  if (kind === 'dockerfile') {
    const { explainDockerfile } = await import('../explain/dockerfile.js');
    return explainDockerfile(text, { source, hasDockerignore });
  }
  const { explainCompose } = await import('../explain/compose.js');
  return explainCompose(text, source);
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
