import type { Context } from '../context.js';
import { findLab, resourceLines } from '../labs/find-lab.js';
import { labStatus } from '../labs/record.js';
import { dockerlearnCommand } from '../shell-command.js';
import { outputWidth } from '../ui/output-width.js';
import { renderMarkdownCached } from '../ui/render-cache.js';
import { shouldColor, shouldHyperlink } from '../ui/should-color.js';
import { loadNotesAndLabs, loadOptions, type GlobalOptions } from './load-library.js';
import { loadProgressWithWarning } from './progress-saver.js';

/** `lab`: the labs in study order with their topic and status. No engine call. */
export async function runLabList(globals: GlobalOptions & { json?: boolean }, ctx: Context): Promise<void> {
  const { labs } = await loadNotesAndLabs(ctx, globals);
  const progress = await loadProgressWithWarning(ctx);
  const rows = labs.map((lab) => ({
    id: lab.id,
    title: lab.title,
    topic: lab.topic,
    needs: lab.needs,
    status: labStatus(progress, lab.id),
  }));
  if (globals.json) {
    ctx.stdout.write(`${JSON.stringify(rows, null, 2)}\n`);
    return;
  }
  if (rows.length === 0) {
    ctx.stdout.write('no labs loaded\n');
    return;
  }
  const idWidth = Math.max(...rows.map((r) => r.id.length));
  const topicWidth = Math.max(...rows.map((r) => r.topic.length));
  for (const r of rows)
    ctx.stdout.write(
      `${r.id.padEnd(idWidth)}  ${r.topic.padEnd(topicWidth)}  ${r.status.padEnd(11)}  ${r.title}\n`,
    );
  ctx.stdout.write(`\nStart one: ${dockerlearnCommand('lab', 'show', rows[0]?.id ?? '')}\n`);
}

/** `lab show`: the task, the names to use and what will be checked; never the hints' or solution's text. */
export async function runLabShow(name: string, globals: GlobalOptions, ctx: Context): Promise<void> {
  const { labs } = await loadNotesAndLabs(ctx, globals);
  const lab = await findLab(labs, name);
  const out: string[] = [
    `# ${lab.title}`,
    '',
    `Lab ${lab.id} · topic ${lab.topic} · needs ${lab.needs.join(', ')}`,
    '',
  ];
  out.push('## Goal', lab.goal, '', '## Task', lab.task, '');
  if (lab.names) out.push('## Names', lab.names, '');
  out.push('## What will be checked');
  for (const check of lab.checks) {
    const props = Object.keys(check.props).filter((p) => p !== 'helperImage');
    out.push(`- ${check.subject} ${check.name}${props.length ? `: ${props.join(', ')}` : ' exists'}`);
  }
  out.push(
    '',
    `## Created by the lab (what \`lab clean\` removes${lab.resources.nodes.length ? ' or sets back' : ''})`,
    ...resourceLines(lab).map((l) => `- ${l}`),
    '',
  );
  out.push(
    `Check your work: ${dockerlearnCommand('lab', 'check', lab.id)}`,
    '',
    `Stuck? ${dockerlearnCommand('lab', 'hint', lab.id)} (${lab.hints.length} hints)`,
  );
  // rendered as `show` renders a note (fitted to the width, markdown as text), kept between runs
  const color = shouldColor(ctx.stdout, ctx.env, globals.color);
  const cache = loadOptions(ctx).cache;
  const text = await renderMarkdownCached(
    out.join('\n'),
    { color, width: outputWidth(ctx.stdout, ctx.env), hyperlinks: shouldHyperlink(color, ctx.env) },
    cache && { ...cache, slot: `lab\n${lab.id}` },
  );
  ctx.stdout.write(text.endsWith('\n') ? text : `${text}\n`);
}
