import type { ExplainItem, Explanation } from './model.js';
import { DOCKERFILE_CONCEPTS as C } from './dockerfile-concepts.js';
import { findDockerfileProblems } from './dockerfile-findings.js';
import { describeInstruction, resolvePath, type StageState } from './dockerfile-meaning.js';
import { buildStageGraph, type StageGraph } from './dockerfile-stages.js';
import { parseDockerfile, type ParsedInstruction } from './parse-dockerfile.js';
import { cleanDeep, cleanLine } from './clean-text.js';
import type { ClosestWord } from './closest-word.js';

export interface DockerfileOptions {
  /** the path as the learner gave it, or `-` */
  source: string;
  /** whether a .dockerignore sits beside the file (the command checks); undefined when unknown */
  hasDockerignore?: boolean | undefined;
  /** suggests what an unknown instruction is a typo of (`closestWord`); without it, none is suggested */
  closestWord?: ClosestWord | undefined;
}

export interface BuildArg {
  name: string;
  default: string | null;
  line: number;
  /** `global`: declared before the first FROM (FROM lines only); `stage`: inside the stage named by `stage` */
  scope: 'global' | 'stage';
  stage: string | undefined;
}

export interface CacheNote {
  line: number;
  message: string;
  concept: string;
}

/** `Explanation.extra` of a Dockerfile: the stage graph, build arguments, cache notes and parser directives. */
export interface DockerfileExtra extends StageGraph {
  buildArgs: BuildArg[];
  cacheNotes: CacheNote[];
  directives: { name: string; value: string; line: number }[];
}

const DEPENDENCY_INSTALL =
  /\b(npm\s+(ci|install|i)\b|yarn(\s+install)?\s*($|&|;)|pnpm\s+(install|i)\b|pip3?\s+install\b|poetry\s+install\b|uv\s+sync\b|go\s+mod\s+download\b|mvn\b.*dependency:|gradle\b.*dependencies|bundle\s+install\b|composer\s+install\b|cargo\s+fetch\b)/;

/** Explains a Dockerfile: every instruction in order, its stage, layer and concept; the stage graph; findings. */
export function explainDockerfile(text: string, options: DockerfileOptions): Explanation {
  const parsed = parseDockerfile(text);
  const graph = buildStageGraph(parsed.instructions);
  const items: ExplainItem[] = [];
  // the state each stage ended with, for the stages based on it (FROM <stage>)
  const states = new Map<string, StageState>();
  let state: StageState = freshState(undefined);
  for (const instruction of parsed.instructions) {
    if (instruction.keyword === 'FROM') {
      const stage = graph.stages.find((s) => s.line === instruction.line);
      const base = stage?.baseStage === undefined ? undefined : states.get(stage.baseStage);
      state = base ? { ...base, stage } : freshState(stage);
    }
    const meaning = describeInstruction(instruction, state, graph.stages);
    items.push({
      line: instruction.line,
      text: instruction.text,
      ...meaning,
      stage: state.stage?.label,
    });
    state = advance(state, instruction);
    if (state.stage) states.set(state.stage.label, state);
  }
  const extra: DockerfileExtra = {
    ...graph,
    buildArgs: buildArgs(parsed.instructions, graph),
    cacheNotes: cacheNotes(parsed.instructions, graph),
    directives: parsed.directives.map((d) => ({ ...d, name: cleanLine(d.name), value: cleanLine(d.value) })),
  };
  return cleanDeep({
    kind: 'dockerfile',
    source: options.source,
    items,
    findings: findDockerfileProblems(parsed.instructions, graph, {
      hasDockerignore: options.hasDockerignore,
      escape: parsed.escape,
      closestWord: options.closestWord,
    }),
    extra: extra as unknown as Record<string, unknown>,
  } satisfies Explanation);
}

function freshState(stage: StageState['stage']): StageState {
  return { stage, workdir: '/', user: 'root', entrypoint: false, shell: '/bin/sh -c' };
}

function advance(state: StageState, i: ParsedInstruction): StageState {
  switch (i.keyword) {
    case 'WORKDIR':
      return { ...state, workdir: resolvePath(i.words[0] ?? '/', state.workdir) };
    case 'USER':
      return { ...state, user: cleanLine(i.args.trim(), 40) || state.user };
    case 'ENTRYPOINT':
      return { ...state, entrypoint: true };
    case 'SHELL':
      return { ...state, shell: cleanLine(i.json ? i.json.join(' ') : i.args, 40) };
    default:
      return state;
  }
}

function buildArgs(instructions: readonly ParsedInstruction[], graph: StageGraph): BuildArg[] {
  return instructions
    .filter((i) => i.keyword === 'ARG')
    .flatMap((i) =>
      i.properties.map((p) => ({
        name: cleanLine(p.name, 80),
        default: p.value === null ? null : cleanLine(p.value, 120),
        line: i.line,
        scope: i.stage < 0 ? ('global' as const) : ('stage' as const),
        stage: graph.stages[i.stage]?.label,
      })),
    );
}

function cacheNotes(instructions: readonly ParsedInstruction[], graph: StageGraph): CacheNote[] {
  const notes: CacheNote[] = [];
  for (const stage of graph.stages) {
    const own = instructions.filter((i) => i.stage === stage.index);
    const copyAll = own.find(
      (i) =>
        (i.keyword === 'COPY' || i.keyword === 'ADD') &&
        !i.flags.some((f) => f.name === 'from') &&
        (i.json ?? i.words).slice(0, -1).some((s) => s === '.' || s === './'),
    );
    if (!copyAll) continue;
    const install = own.find(
      (i) => i.line > copyAll.line && i.keyword === 'RUN' && DEPENDENCY_INSTALL.test(i.args),
    );
    if (install)
      notes.push({
        line: copyAll.line,
        message: `line ${copyAll.line} copies the whole context before the dependency install at line ${install.line}: any change to any file re-runs the install; copy only the dependency manifests first, install, then copy the rest`,
        concept: C.cache,
      });
    else
      notes.push({
        line: copyAll.line,
        message: `line ${copyAll.line} copies the whole context: a change to any file there rebuilds this layer and every later one in stage "${stage.label}"`,
        concept: C.cache,
      });
  }
  // a new value for a stage's ARG misses the cache at its first use, not at the ARG line: a line that names it, or
  // any RUN (build arguments are in the environment every RUN after them sees)
  for (const [index, arg] of instructions.entries()) {
    if (arg.stage < 0 || arg.keyword !== 'ARG') continue;
    for (const name of arg.properties.map((p) => p.name)) {
      const use = instructions
        .slice(index + 1)
        .find((i) => i.stage === arg.stage && (i.keyword === 'RUN' || i.variables.includes(name)));
      if (use)
        notes.push({
          line: use.line,
          message: `a new \`--build-arg ${cleanLine(name, 40)}=...\` value invalidates the cache from line ${use.line}, its first use after line ${arg.line}${use.variables.includes(name) ? '' : ' (a RUN: build arguments are in its environment)'}, and every line after it in the stage`,
          concept: C.cache,
        });
    }
  }
  return notes.sort((a, b) => a.line - b.line);
}
