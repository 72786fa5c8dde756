import type { ParsedInstruction } from './parse-dockerfile.js';

export interface Stage {
  index: number;
  /** the name after `AS`, lower case as Docker reads it */
  name: string | undefined;
  /** the name, else the index: how the rest of the explanation refers to the stage */
  label: string;
  /** the image or stage after FROM, as written */
  base: string;
  /** set when `base` is an earlier stage */
  baseStage: string | undefined;
  line: number;
  final: boolean;
  /** BuildKit builds only the stages the final one needs: this one is not among them */
  skipped: boolean;
}

export interface StageEdge {
  /** label of the stage (or the image) the files or the base come from */
  from: string;
  /** label of the stage that uses it */
  to: string;
  line: number;
  via: 'FROM' | 'COPY --from' | 'RUN --mount';
  /** true when `from` is an image rather than a stage of this file */
  image: boolean;
}

export interface StageGraph {
  stages: Stage[];
  edges: StageEdge[];
  finalStage: string | undefined;
  skippedStages: string[];
}

/** Finds a stage by the reference a FROM, COPY --from or RUN --mount=from= uses (name or index). */
export function resolveStage(stages: readonly Stage[], ref: string, before: number): Stage | undefined {
  const lower = ref.toLowerCase();
  if (/^\d+$/.test(lower)) return stages.find((s) => s.index === Number(lower) && s.index < before);
  return stages.find((s) => s.name === lower && s.index < before);
}

/** The stage graph: each stage, its base, where files come from, the final stage, the stages BuildKit skips. */
export function buildStageGraph(instructions: readonly ParsedInstruction[]): StageGraph {
  const stages: Stage[] = [];
  const edges: StageEdge[] = [];
  for (const instruction of instructions) {
    if (instruction.keyword === 'FROM' && instruction.from) {
      const index = stages.length;
      const name = instruction.from.name?.toLowerCase();
      const base = instruction.from.image;
      const baseStage = base === '' ? undefined : resolveStage(stages, base, index);
      const label = name ?? String(index);
      stages.push({
        index,
        name,
        label,
        base,
        baseStage: baseStage?.label,
        line: instruction.line,
        final: false,
        skipped: false,
      });
      if (baseStage)
        edges.push({ from: baseStage.label, to: label, line: instruction.line, via: 'FROM', image: false });
      continue;
    }
    const stage = stages[instruction.stage];
    if (!stage) continue;
    for (const source of sourcesOf(instruction)) {
      const from = resolveStage(stages, source.ref, stage.index);
      edges.push({
        from: from?.label ?? source.ref,
        to: stage.label,
        line: instruction.line,
        via: source.via,
        image: from === undefined,
      });
    }
  }
  const last = stages[stages.length - 1];
  if (last) last.final = true;
  const needed = neededStages(stages, edges, last?.label);
  for (const stage of stages) stage.skipped = !needed.has(stage.label);
  return {
    stages,
    edges,
    finalStage: last?.label,
    skippedStages: stages.filter((s) => s.skipped).map((s) => s.label),
  };
}

function sourcesOf(instruction: ParsedInstruction): { ref: string; via: StageEdge['via'] }[] {
  const out: { ref: string; via: StageEdge['via'] }[] = [];
  for (const flag of instruction.flags) {
    if (
      (instruction.keyword === 'COPY' || instruction.keyword === 'ADD') &&
      flag.name === 'from' &&
      flag.value
    )
      out.push({ ref: flag.value, via: 'COPY --from' });
    if (instruction.keyword === 'RUN' && flag.name === 'mount' && flag.value) {
      const from = /(?:^|,)from=([^,]+)/.exec(flag.value);
      if (from?.[1]) out.push({ ref: from[1], via: 'RUN --mount' });
    }
  }
  return out;
}

function neededStages(
  stages: readonly Stage[],
  edges: readonly StageEdge[],
  target: string | undefined,
): Set<string> {
  const needed = new Set<string>();
  const queue = target === undefined ? [] : [target];
  const labels = new Set(stages.map((s) => s.label));
  while (queue.length > 0) {
    const label = queue.pop() as string;
    if (needed.has(label)) continue;
    needed.add(label);
    for (const edge of edges)
      if (edge.to === label && !edge.image && labels.has(edge.from)) queue.push(edge.from);
  }
  return needed;
}
