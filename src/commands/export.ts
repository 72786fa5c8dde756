import { writeFileSync } from 'node:fs';
import path from 'node:path';
import type { Context } from '../context.js';
import { DockerlearnError, UsageError } from '../errors.js';
import { cachedDerivation } from '../cache/derived-cache.js';
import { isQuestionBank, questionBank } from '../library/export/question-bank.js';
import { toAnki } from '../library/export/to-anki.js';
import { toMarkdown } from '../library/export/to-markdown.js';
import { loadNotes, loadOptions, type GlobalOptions } from './load-library.js';
import { selectTopics } from './select-topics.js';

export const EXPORT_FORMATS = ['anki', 'json', 'markdown'] as const;

export interface ExportOptions extends GlobalOptions {
  format: (typeof EXPORT_FORMATS)[number];
  output?: string;
  force?: boolean;
}

export async function runExport(names: string[], opts: ExportOptions, ctx: Context): Promise<void> {
  const library = await loadNotes(ctx, opts);
  const topics = selectTopics(library, names);
  // every topic's questions, kept between runs like the glossary (see isQuestionBank), then those asked for
  const all = cachedDerivation(
    library,
    loadOptions(ctx).cache,
    { name: 'question-bank', isValue: isQuestionBank },
    (lib) => questionBank(lib),
  );
  const questions = topics.flatMap((topic) => all.filter((q) => q.topic === topic.id));
  const text =
    opts.format === 'anki'
      ? toAnki(questions)
      : opts.format === 'markdown'
        ? toMarkdown(topics, questions)
        : `${JSON.stringify(questions, null, 2)}\n`;
  if (!opts.output || opts.output === '-') {
    ctx.stdout.write(text);
    return;
  }
  const file = path.resolve(ctx.cwd, opts.output);
  await writeExport(file, opts.output, text, opts.force === true);
  ctx.stderr.write(`wrote ${questions.length} questions to ${opts.output}\n`);
}

// Never replace an existing file unless asked to; with --force the old file is swapped out atomically.
async function writeExport(file: string, shown: string, text: string, force: boolean): Promise<void> {
  try {
    if (force) {
      const { replaceFile } = await import('../progress/replace-file.js');
      replaceFile(file, text);
    } else {
      writeFileSync(file, text, { flag: 'wx' });
    }
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    if (code === 'EEXIST')
      throw new UsageError(`${shown} already exists`, { hint: 'pass --force to replace it' });
    if (code === 'ENOENT') throw new DockerlearnError(`cannot write ${shown}: its folder does not exist`);
    if (code === 'EACCES' || code === 'EPERM')
      throw new DockerlearnError(`cannot write ${shown}: permission denied`);
    if (code === 'EISDIR') throw new DockerlearnError(`cannot write ${shown}: it is a folder`);
    throw error;
  }
}
