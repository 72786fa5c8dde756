import type { DockerfileExtra } from '../../explain/dockerfile.js';
import type { ExplainItem, Explanation, Finding } from '../../explain/model.js';
import type { Styles } from './styles.js';
import { dockerlearnCommand } from '../../shell-command.js';
import { wrapText } from '../layout.js';
import { layoutText } from './text.js';

/** Renders the inline markdown (`code`) meanings and findings are written in, as `show` shows it. */
export type InlineRenderer = (markdown: string) => string;

// the command that teaches a concept, quoted so that it can be pasted into any shell
function see(concept: string, width: number, c: Styles, indent: string): string {
  return c.dim(
    wrapText(`→ ${dockerlearnCommand('lookup', concept)}`, width, { indent, hanging: `${indent}    ` }),
  );
}

const TITLES: Record<Explanation['kind'], string> = {
  dockerfile: 'Dockerfile',
  compose: 'Compose file',
  stack: 'Swarm stack file',
  command: 'docker command',
};

/**
 * `explain` as text: each item with its line, what it does and the concept to look up, then (Dockerfile) stages,
 * build arguments and cache notes, then findings. Wrapped to `width`; colour only through `c`.
 */
export function formatExplain(e: Explanation, width: number, c: Styles, md: InlineRenderer): string {
  const out: string[] = [c.bold(wrapText(`${TITLES[e.kind]}: ${e.source}`, width, { hanging: '  ' })), ''];
  for (const item of e.items) out.push(...formatItem(item, width, c, md, '  '));
  if (e.kind === 'dockerfile' && e.extra)
    out.push(...formatDockerfileExtra(e.extra as unknown as DockerfileExtra, width, c, md));
  out.push(...formatFindings(e.findings, width, c, md));
  return `${out.join('\n')}\n`;
}

function formatItem(
  item: ExplainItem,
  width: number,
  c: Styles,
  md: InlineRenderer,
  indent: string,
): string[] {
  const where = item.line === undefined ? '' : `${item.line}`.padStart(4) + '  ';
  const tags = [
    item.stage === undefined ? '' : `stage ${item.stage}`,
    item.layer && item.layer !== 'none' ? `${item.layer} layer` : '',
  ]
    .filter(Boolean)
    .join(', ');
  const body = indent + ' '.repeat(where.length + 2);
  const tagText = tags ? `  (${tags})` : '';
  // a long instruction is wrapped (never cut), and its tags go on a line of their own
  const fits = indent.length + where.length + item.text.length + tagText.length <= width;
  const head = fits
    ? [`${indent}${c.dim(where)}${c.cyan(item.text)}${c.dim(tagText)}`]
    : [
        ...layoutText(item.text, width, body)
          .split('\n')
          .map((line, i) => (i === 0 ? `${indent}${c.dim(where)}${c.cyan(line.trimStart())}` : c.cyan(line))),
        ...(tags ? [c.dim(wrapText(`(${tags})`, width, { indent: body }))] : []),
      ];
  const lines = [...head, layoutText(item.meaning, width, body, md)];
  if (item.concept) lines.push(see(item.concept, width, c, body));
  for (const child of item.children ?? []) lines.push(...formatItem(child, width, c, md, `${indent}  `));
  return lines;
}

function formatDockerfileExtra(x: DockerfileExtra, width: number, c: Styles, md: InlineRenderer): string[] {
  const out = ['', c.bold('Stages')];
  for (const stage of x.stages) {
    const marks = [stage.final ? 'final' : '', stage.skipped ? 'skipped by BuildKit' : '']
      .filter(Boolean)
      .join(', ');
    out.push(
      wrapText(
        `${c.cyan(stage.label)}${marks ? ` (${marks})` : ''}: from ${stage.base}, line ${stage.line}`,
        width,
        {
          indent: '  ',
          hanging: '      ',
        },
      ),
    );
    for (const edge of x.edges.filter((e) => e.to === stage.label && e.via !== 'FROM'))
      out.push(
        layoutText(
          `${edge.via} ${edge.image ? 'image' : 'stage'} ${edge.from}, line ${edge.line}`,
          width,
          '      ← '.padEnd(8),
        ),
      );
  }
  if (x.buildArgs.length > 0) {
    out.push('', c.bold('Build arguments'));
    for (const arg of x.buildArgs) {
      const scope = arg.scope === 'global' ? 'before FROM: FROM lines only' : `stage ${arg.stage ?? ''}`;
      out.push(
        wrapText(
          `${c.cyan(arg.name)}${arg.default === null ? '' : `=${arg.default}`}  ${c.dim(`(line ${arg.line}, ${scope})`)}`,
          width,
          { indent: '  ', hanging: '      ' },
        ),
      );
    }
  }
  if (x.cacheNotes.length > 0) {
    out.push('', c.bold('Build cache'));
    for (const note of x.cacheNotes)
      out.push(layoutText(note.message, width, '  ', md), see(note.concept, width, c, '  '));
  }
  return out;
}

function formatFindings(
  findings: readonly Finding[],
  width: number,
  c: Styles,
  md: InlineRenderer,
): string[] {
  if (findings.length === 0) return ['', c.bold('Findings: none')];
  const out = ['', c.bold(`Findings (${findings.length})`)];
  for (const f of findings) {
    const level =
      f.severity === 'error'
        ? c.yellow(c.bold('error'))
        : f.severity === 'warning'
          ? c.yellow('warning')
          : c.dim('info');
    out.push(
      wrapText(`${f.line === undefined ? '' : `line ${f.line}  `}${level}  ${c.dim(f.rule)}`, width, {
        indent: '  ',
        hanging: '    ',
      }),
    );
    out.push(layoutText(f.message, width, '    ', md));
    if (f.concept) out.push(see(f.concept, width, c, '    '));
  }
  return out;
}
