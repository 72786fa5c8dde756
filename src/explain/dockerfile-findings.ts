import type { Finding } from './model.js';
import { DOCKERFILE_CONCEPTS as C, INSTRUCTIONS } from './dockerfile-concepts.js';
import type { StageGraph } from './dockerfile-stages.js';
import type { ParsedInstruction } from './parse-dockerfile.js';
import { cleanLine } from './clean-text.js';
import type { ClosestWord } from './closest-word.js';

export interface FindingOptions {
  /** whether a .dockerignore sits beside the file; undefined when unknown (standard input) */
  hasDockerignore?: boolean | undefined;
  escape: string;
  /** names of the file's stages: `FROM <stage>` has no tag to pin */
  stageNames?: ReadonlySet<string>;
  /** default values of the ARGs declared before the first FROM, which FROM lines may use */
  globalArgs?: ReadonlyMap<string, string>;
  /** suggests what an unknown instruction is a typo of; without it, none is suggested */
  closestWord?: ClosestWord | undefined;
}

const SECRET_NAME = /(pass(word|wd)?|secret|token|api[_-]?key|private[_-]?key|credential|auth)/i;
const PATH_INSTRUCTIONS = new Set(['COPY', 'ADD', 'WORKDIR', 'FROM', 'VOLUME', 'USER', 'EXPOSE']);
const ARCHIVE = /\.(tar|tar\.gz|tgz|tar\.bz2|tbz2?|tar\.xz|txz|tar\.zst)$/i;
const q = (text: string) => (text.includes('`') ? `"${cleanLine(text, 80)}"` : `\`${cleanLine(text, 80)}\``);

type Check = (i: ParsedInstruction, options: FindingOptions) => Finding[];

/** Everything worth changing or knowing in the file, each with its line, rule and concept, in line order. */
export function findDockerfileProblems(
  instructions: readonly ParsedInstruction[],
  graph: StageGraph,
  options: FindingOptions,
): Finding[] {
  const findings: Finding[] = [];
  const withStages = {
    ...options,
    stageNames: new Set(graph.stages.flatMap((s) => (s.name ? [s.name] : []))),
    globalArgs: new Map(
      instructions
        .filter((i) => i.stage === -1 && i.keyword === 'ARG')
        .flatMap((i) => i.properties.flatMap((p) => (p.value === null ? [] : [[p.name, p.value] as const]))),
    ),
  };
  for (const i of instructions) for (const check of checks) findings.push(...check(i, withStages));
  findings.push(...wholeFileChecks(instructions, graph));
  return findings.sort((a, b) => (a.line ?? 0) - (b.line ?? 0));
}

const checks: Check[] = [
  function unknownInstruction(i, options) {
    if ((INSTRUCTIONS as readonly string[]).includes(i.keyword)) return [];
    const near = options.closestWord?.(i.keyword, INSTRUCTIONS);
    return [
      {
        line: i.line,
        rule: 'unknown-instruction',
        message: `${q(i.keyword)} is not an instruction${near ? `: likely a typo of ${near}` : ''}`,
        concept: C.build,
        severity: 'error',
      },
    ];
  },
  function strayBacktick(i, options) {
    if (options.escape === '`' || !PATH_INSTRUCTIONS.has(i.keyword)) return [];
    const word = i.words.find((w) => w.includes('`'));
    if (word === undefined) return [];
    return [
      {
        line: i.line,
        rule: 'likely-typo',
        message: `stray backtick in ${q(word)}: likely a typo (${i.keyword} takes it literally, as part of the name)`,
        concept: i.keyword === 'WORKDIR' ? C.workdir : i.keyword === 'FROM' ? C.from : C.copy,
        severity: 'error',
      },
    ];
  },
  function untaggedBase(i, options) {
    const written = i.from?.image;
    // `FROM ${BASE}`: what the ARG's default gives when the build passes no --build-arg
    const image = written === undefined ? undefined : withArgDefaults(written, options.globalArgs);
    if (i.keyword !== 'FROM' || !image || image === 'scratch' || image.includes('$') || image.includes('@'))
      return [];
    if (options.stageNames?.has(image.toLowerCase())) return [];
    const lastPart = image.slice(image.lastIndexOf('/') + 1);
    const tag = lastPart.includes(':') ? lastPart.slice(lastPart.indexOf(':') + 1) : undefined;
    if (tag !== undefined && tag !== 'latest') return [];
    return [
      {
        line: i.line,
        rule: 'latest-tag',
        message: `${q(image)}${image === written ? '' : ` (what ${q(written ?? '')} is when no --build-arg sets it)`} ${tag ? 'uses' : 'has no tag, so it means'} \`latest\`, which moves: pin a version (and a digest for exact builds)`,
        concept: C.latest,
        severity: 'warning',
      },
    ];
  },
  function addForCopy(i) {
    if (i.keyword !== 'ADD') return [];
    const sources = (i.json ?? i.words).slice(0, -1);
    if (sources.length === 0 || sources.some((s) => /^(https?:|git@)/.test(s) || ARCHIVE.test(s))) return [];
    return [
      {
        line: i.line,
        rule: 'add-instead-of-copy',
        message:
          'ADD of plain local files: COPY does the same with no surprises (ADD unpacks archives and fetches URLs)',
        concept: C.copy,
        severity: 'warning',
      },
    ];
  },
  function packageManagers(i) {
    if (i.keyword !== 'RUN') return [];
    const cmd = i.json ? i.json.join(' ') : i.args;
    const out: Finding[] = [];
    if (PACKAGE_TOOL.test(cmd)) out.push(...packageFindings(i, cmd));
    if (/(^|&&|;|\|\|)\s*cd\s+\S/.test(cmd))
      out.push({
        line: i.line,
        rule: 'cd-in-run',
        message:
          '`cd` inside RUN lasts only for that RUN: use WORKDIR to change folder for the lines after it',
        concept: C.workdir,
        severity: 'info',
      });
    return out;
  },
  function secrets(i) {
    if (i.keyword !== 'ENV' && i.keyword !== 'ARG') return [];
    return i.properties
      .filter((p) => SECRET_NAME.test(p.name) && (i.keyword === 'ARG' || p.value !== null))
      .map((p) => ({
        line: i.line,
        rule: i.keyword === 'ENV' ? 'secret-in-env' : 'secret-in-arg',
        message: `${q(p.name)} looks like a secret: ${i.keyword} values stay readable in the image (\`docker history\`, \`docker inspect\`); use a build secret (\`RUN --mount=type=secret\`) or a runtime secret`,
        concept: C.envArg,
        severity: 'warning' as const,
      }));
  },
  function shellForm(i) {
    if ((i.keyword !== 'CMD' && i.keyword !== 'ENTRYPOINT') || i.json || i.args.trim() === '') return [];
    return [
      {
        line: i.line,
        rule: 'shell-form',
        message: `shell-form ${i.keyword}: /bin/sh -c becomes PID 1 and may not pass SIGTERM on, so \`docker stop\` waits and then kills; use the exec form ["..."]`,
        concept: C.shellForm,
        severity: 'warning',
      },
    ];
  },
  function exposeMapping(i) {
    if (i.keyword !== 'EXPOSE') return [];
    return i.words
      .filter((w) => /^\d+:\d+/.test(w))
      .map((w) => ({
        line: i.line,
        rule: 'expose-not-publish',
        message: `${q(w)}: EXPOSE takes container ports only and never publishes; map host ports with \`docker run -p ${cleanLine(w, 20)}\``,
        concept: C.expose,
        severity: 'error' as const,
      }));
  },
  function maintainer(i) {
    if (i.keyword !== 'MAINTAINER') return [];
    return [
      {
        line: i.line,
        rule: 'maintainer-deprecated',
        message: 'MAINTAINER is deprecated: use `LABEL org.opencontainers.image.authors="..."`',
        concept: C.label,
        severity: 'warning',
      },
    ];
  },
  function copyAllWithoutIgnore(i, options) {
    if ((i.keyword !== 'COPY' && i.keyword !== 'ADD') || options.hasDockerignore !== false) return [];
    if (i.flags.some((f) => f.name === 'from')) return [];
    const sources = (i.json ?? i.words).slice(0, -1);
    if (!sources.some((s) => s === '.' || s === './')) return [];
    return [
      {
        line: i.line,
        rule: 'copy-all-without-dockerignore',
        message: `${i.text} copies the whole build context and there is no .dockerignore beside this file: node_modules, .git and .env files go into the image`,
        concept: C.context,
        severity: 'warning',
      },
    ];
  },
];

// Most RUN lines use none of these tools: one test for their names spares every other line the ten expressions below
// (~0.5 ms of explain on a 100-line Dockerfile).
const PACKAGE_TOOL = /\b(apt-get|apt|apk|yum|dnf|npm)\b/;

/** Package installs that leave their caches in the layer, and deprecated npm flags. */
function packageFindings(i: ParsedInstruction, cmd: string): Finding[] {
  const out: Finding[] = [];
  const cached = i.flags.some((f) => f.name === 'mount' && /type=cache/.test(f.value ?? ''));
  if (/\b(apt-get|apt)\s+update\b/.test(cmd) && !/\b(apt-get|apt)\s+(-\S+\s+)*install\b/.test(cmd))
    out.push({
      line: i.line,
      rule: 'apt-get-update-alone',
      message:
        '`apt-get update` in its own RUN: its cached layer is reused, so later installs see stale package lists; update and install in one RUN',
      concept: C.run,
      severity: 'warning',
    });
  const aptClean = /rm\s+-[a-z]*r[a-z]*f?\s+\/var\/lib\/apt\/lists/.test(cmd) || /apt-get\s+clean/.test(cmd);
  if (/\bapt-get\s+(-\S+\s+)*install\b/.test(cmd) && !aptClean && !cached)
    out.push(noCleanup(i.line, '`apt-get install` without `rm -rf /var/lib/apt/lists/*` in the same RUN'));
  if (
    /\bapk\s+(-\S+\s+)*add\b/.test(cmd) &&
    !/--no-cache/.test(cmd) &&
    !/\/var\/cache\/apk/.test(cmd) &&
    !cached
  )
    out.push(noCleanup(i.line, '`apk add` without `--no-cache`'));
  if (/\b(yum|dnf)\s+(-\S+\s+)*install\b/.test(cmd) && !/\b(yum|dnf)\s+clean\s+all\b/.test(cmd) && !cached)
    out.push(noCleanup(i.line, '`yum`/`dnf install` without `clean all` in the same RUN'));
  if (/\bnpm\s+(install|i|ci)\b[^&;|]*(--only[= ]prod(uction)?|--production)\b/.test(cmd))
    out.push({
      line: i.line,
      rule: 'npm-only-production',
      message: '`--only=production` / `--production` are deprecated npm flags: use `npm ci --omit=dev`',
      concept: C.npm,
      severity: 'warning',
    });
  return out;
}

function noCleanup(line: number, what: string): Finding {
  return {
    line,
    rule: 'install-without-cleanup',
    message: `${what}: the package cache stays in this layer and makes the image bigger`,
    concept: C.run,
    severity: 'warning',
  };
}

function wholeFileChecks(instructions: readonly ParsedInstruction[], graph: StageGraph): Finding[] {
  const out: Finding[] = [];
  const final = graph.stages[graph.stages.length - 1];
  if (!final) {
    out.push({
      line: instructions[0]?.line,
      rule: 'no-from',
      message: 'no FROM line: a Dockerfile must start a stage with FROM',
      concept: C.from,
      severity: 'error',
    });
    return out;
  }
  const inFinal = instructions.filter((i) => i.stage === final.index);
  const users = inFinal.filter((i) => i.keyword === 'USER');
  const lastUser = users[users.length - 1]?.args.trim().split(':')[0];
  if ((lastUser === undefined || lastUser === 'root' || lastUser === '0') && !/nonroot/.test(final.base))
    out.push({
      line: users[users.length - 1]?.line ?? final.line,
      rule: 'runs-as-root',
      message: `the final stage sets no non-root USER, so containers run as root${final.baseStage ? ' (unless its base stage set one)' : ' (unless the base image sets a user)'}`,
      concept: C.user,
      severity: 'warning',
    });
  for (const stage of graph.stages) {
    for (const keyword of ['CMD', 'ENTRYPOINT', 'HEALTHCHECK']) {
      const all = instructions.filter((i) => i.stage === stage.index && i.keyword === keyword);
      for (const early of all.slice(0, -1))
        out.push({
          line: early.line,
          rule: `multiple-${keyword.toLowerCase()}`,
          message: `only the last ${keyword} of a stage counts: this one (line ${early.line}) is replaced at line ${all[all.length - 1]?.line}`,
          concept: keyword === 'HEALTHCHECK' ? C.healthcheck : C.cmd,
          severity: 'warning',
        });
    }
  }
  const firstExpose = instructions.find((i) => i.keyword === 'EXPOSE');
  if (firstExpose && !firstExpose.words.some((w) => /^\d+:\d+/.test(w)))
    out.push({
      line: firstExpose.line,
      rule: 'expose-not-publish',
      message:
        'EXPOSE only documents the port: nothing is reachable from the host until `docker run -p` publishes it',
      concept: C.expose,
      severity: 'info',
    });
  for (const stage of graph.stages.filter((s) => s.skipped))
    out.push({
      line: stage.line,
      rule: 'skipped-stage',
      message: `stage "${stage.label}" is not needed by the final stage: a BuildKit build skips it unless you pass --target ${stage.label}`,
      concept: C.skipped,
      severity: 'info',
    });
  out.push(...globalArgsNotRedeclared(instructions));
  return out;
}

function globalArgsNotRedeclared(instructions: readonly ParsedInstruction[]): Finding[] {
  const globals = new Set(
    instructions
      .filter((i) => i.keyword === 'ARG' && i.stage < 0)
      .flatMap((i) => i.properties.map((p) => p.name)),
  );
  if (globals.size === 0) return [];
  const out: Finding[] = [];
  const declared = new Map<number, Set<string>>();
  for (const i of instructions) {
    if (i.stage < 0 || i.keyword === 'FROM') continue;
    const own = declared.get(i.stage) ?? new Set<string>();
    declared.set(i.stage, own);
    for (const name of new Set(i.variables))
      if (globals.has(name) && !own.has(name))
        out.push({
          line: i.line,
          rule: 'global-arg-not-redeclared',
          message: `$${name} is an ARG declared before FROM: inside a stage it is empty until the stage repeats \`ARG ${name}\``,
          concept: C.envArg,
          severity: 'warning',
        });
    if (i.keyword === 'ARG' || i.keyword === 'ENV') for (const p of i.properties) own.add(p.name);
  }
  return out;
}

/** `$NAME`, `${NAME}` and `${NAME:-word}` replaced by the ARG defaults in `args`; others are left as written. */
function withArgDefaults(text: string, args: ReadonlyMap<string, string> | undefined): string {
  if (!args || !text.includes('$')) return text;
  return text.replace(
    /\$(?:\{([A-Za-z_]\w*)(?::-([^}]*))?\}|([A-Za-z_]\w*))/g,
    (whole, braced: string | undefined, fallback: string | undefined, bare: string | undefined) => {
      const value = args.get(braced ?? bare ?? '');
      if (value !== undefined && (value !== '' || fallback === undefined)) return value;
      return fallback ?? whole;
    },
  );
}
