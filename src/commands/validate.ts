import path from 'node:path';
import { checkContent } from '../content/load.js';
import { loadLabs } from '../content/load-labs.js';
import { checkLabs } from '../labs/validate-labs.js';
import { resolveSources } from '../content/sources.js';
import type { Context } from '../context.js';
import { DockerlearnError, formatProblem } from '../errors.js';
import { loadOptions } from './load-library.js';

/**
 * Checks folders of notes (default: the built-in ones) and reports every problem. A user folder is checked on top of
 * the built-in notes, so its `related` ids may name built-in topics; the counts are of the named folders only.
 */
export async function runValidate(dirs: string[], ctx: Context): Promise<void> {
  const builtin = path.resolve(ctx.builtinContent);
  const sources = resolveSources(builtin, undefined, dirs, ctx.cwd);
  const named = dirs.length > 0 ? sources.filter((s) => !s.builtIn) : sources;
  const base = named.some((s) => s.dir === builtin) ? [] : sources.filter((s) => s.builtIn);
  const { library, problems } = await checkContent([...base, ...named], loadOptions(ctx));
  const loaded = await loadLabs(named, ctx.cwd, loadOptions(ctx).cache);
  problems.push(...loaded.problems, ...checkLabs(loaded.labs, library).problems);
  if (problems.length > 0) {
    // every problem of every stage and file, sorted by file and line
    const sorted = [...problems].sort(
      (a, b) => (a.file < b.file ? -1 : a.file > b.file ? 1 : 0) || (a.line ?? 0) - (b.line ?? 0),
    );
    for (const problem of sorted) ctx.stderr.write(`${formatProblem(problem)}\n`);
    const count = problems.length === 1 ? '1 problem' : `${problems.length} problems`;
    throw new DockerlearnError(`${count} found in the notes`);
  }
  const checked = dirs.length === 0 ? library.topics : library.topics.filter((t) => t.source !== 'built-in');
  const concepts = checked.reduce((n, t) => n + t.concepts.length, 0);
  const questions = checked.reduce((n, t) => n + t.questionCount, 0);
  const n = loaded.labs.length;
  const labs = n === 0 ? '' : n === 1 ? ', 1 lab' : `, ${n} labs`;
  ctx.stdout.write(`ok: ${checked.length} topics, ${concepts} concepts, ${questions} questions${labs}\n`);
}
