import type { ExplainItem } from './model.js';
import { DOCKERFILE_CONCEPTS as C } from './dockerfile-concepts.js';
import type { ParsedInstruction } from './parse-dockerfile.js';
import type { Stage } from './dockerfile-stages.js';
import { cleanLine } from './clean-text.js';

/** What the instructions before this one have set, in its stage. */
export interface StageState {
  stage: Stage | undefined;
  workdir: string;
  user: string;
  /** an ENTRYPOINT is set in this stage (CMD then only supplies its arguments) */
  entrypoint: boolean;
  shell: string;
}

export type Meaning = Pick<ExplainItem, 'meaning' | 'layer' | 'concept'>;

const q = (text: string) =>
  text.includes('`') ? `"${cleanLine(text, 120)}"` : `\`${cleanLine(text, 120)}\``;

/** Resolves a container path against the working folder, as COPY and WORKDIR do. */
export function resolvePath(path: string, workdir: string): string {
  if (path.startsWith('/') || path.startsWith('$')) return path;
  const base = workdir.endsWith('/') ? workdir : `${workdir}/`;
  const rest = path === '.' || path === './' ? '' : path.replace(/^\.\//, '');
  return `${base}${rest}`;
}

/** The meaning of one instruction, in this file's terms (its paths, stage names, ports, user). */
export function describeInstruction(
  i: ParsedInstruction,
  state: StageState,
  stages: readonly Stage[],
): Meaning {
  const describe = describers[i.keyword];
  if (describe) return describe(i, state, stages);
  return {
    meaning: `${q(i.keyword)} is not a Dockerfile instruction: the build stops here with an error`,
    layer: 'none',
    concept: C.build,
  };
}

type Describer = (i: ParsedInstruction, state: StageState, stages: readonly Stage[]) => Meaning;

const describers: Record<string, Describer> = {
  FROM(i, _state, stages) {
    const stage = stages.find((s) => s.line === i.line);
    const image = i.from?.image ?? '';
    const which = stage?.name ? `stage "${stage.name}" (stage ${stage.index})` : `stage ${stage?.index ?? 0}`;
    const base =
      stage?.baseStage !== undefined
        ? `on top of the result of stage "${stage.baseStage}"`
        : image === 'scratch'
          ? 'from an empty filesystem (scratch: no shell, no libraries)'
          : `from the image ${q(image)}`;
    const platform = i.from?.platform ? `, for the platform ${q(i.from.platform)}` : '';
    const final = stage?.final ? '; the last stage, so its result is the image you get' : '';
    return {
      meaning: `starts ${which} ${base}${platform}${final}`,
      layer: 'none',
      concept: stage?.baseStage !== undefined ? C.stageBase : stage?.name ? C.stage : C.from,
    };
  },
  RUN(i, state) {
    const command = i.json ? i.json.join(' ') : i.args;
    const form = i.json ? ' (exec form: no shell)' : '';
    const mounts = i.flags.filter((f) => f.name === 'mount').map((f) => mountWords(f.value ?? ''));
    const mounted = mounts.length > 0 ? `, with ${mounts.join(' and ')}` : '';
    return {
      meaning: `runs ${q(command)} at build time in ${state.workdir} as ${state.user}${form}${mounted}, and saves the files it changes as a new layer`,
      layer: 'filesystem',
      concept: C.run,
    };
  },
  COPY: copyMeaning,
  ADD: copyMeaning,
  WORKDIR(i, state) {
    const dir = resolvePath(i.words[0] ?? '', state.workdir);
    return {
      meaning: `sets ${dir} as the working folder for the RUN, COPY, ADD, CMD and ENTRYPOINT lines after it in this stage, and for its containers; creates it if it does not exist`,
      layer: 'metadata',
      concept: C.workdir,
    };
  },
  ENV(i) {
    const names = i.properties.map((p) => p.name).join(', ');
    return {
      meaning: `sets the environment variable${i.properties.length === 1 ? '' : 's'} ${names} for the later build steps of this stage and for every container of the image`,
      layer: 'metadata',
      concept: C.envArg,
    };
  },
  ARG(i) {
    const p = i.properties[0];
    const name = p?.name ?? '';
    const dflt = p?.value != null ? ` (default ${q(p.value)})` : ' (no default: empty unless given)';
    const scope =
      i.stage < 0
        ? '; declared before the first FROM, so only FROM lines can use it, unless a stage declares `ARG ' +
          name +
          '` again'
        : ' for the rest of this stage';
    return {
      meaning: `declares the build argument ${name}${dflt}, set with \`--build-arg ${name}=...\`${scope}; it exists only during the build, not in the running container`,
      layer: 'none',
      concept: C.envArg,
    };
  },
  EXPOSE(i) {
    const ports = i.words.join(', ');
    return {
      meaning: `records that the app listens on ${ports}; it publishes nothing: \`docker run -p\` does that`,
      layer: 'metadata',
      concept: C.expose,
    };
  },
  USER(i) {
    return {
      meaning: `makes the later RUN lines of this stage, and the container's main process, run as ${q(i.args.trim())}`,
      layer: 'metadata',
      concept: C.user,
    };
  },
  CMD(i, state) {
    const command = i.json ? i.json.join(' ') : i.args;
    const role = state.entrypoint
      ? `gives ${q(command)} as the default arguments of the ENTRYPOINT`
      : `sets ${q(command)} as the default command of a container`;
    const form = i.json
      ? ' (exec form: run directly, it gets the signals)'
      : ` (shell form: run by ${state.shell}, which is PID 1 and may not pass signals on)`;
    return {
      meaning: `${role}, used when \`docker run\` names no command${form}`,
      layer: 'metadata',
      concept: C.cmd,
    };
  },
  ENTRYPOINT(i, state) {
    const command = i.json ? i.json.join(' ') : i.args;
    const args = i.json
      ? '; the CMD or the `docker run` arguments are appended to it'
      : `; shell form: run by ${state.shell}, so CMD and \`docker run\` arguments are ignored`;
    return {
      meaning: `makes ${q(command)} the program every container of this image runs${args}`,
      layer: 'metadata',
      concept: C.cmd,
    };
  },
  HEALTHCHECK(i) {
    if (/^\s*none\b/i.test(i.args))
      return {
        meaning: 'turns off any health check inherited from the base image',
        layer: 'metadata',
        concept: C.healthcheck,
      };
    const flag = (name: string, dflt: string) => i.flags.find((f) => f.name === name)?.value ?? dflt;
    const test = i.args.replace(/^\s*CMD\s+/i, '');
    return {
      meaning: `runs ${q(test)} inside the container every ${flag('interval', '30s')} (time-out ${flag('timeout', '30s')}); after ${flag('retries', '3')} failures in a row the container is reported unhealthy`,
      layer: 'metadata',
      concept: C.healthcheck,
    };
  },
  LABEL(i) {
    return {
      meaning: `adds the label${i.properties.length === 1 ? '' : 's'} ${i.properties.map((p) => p.name).join(', ')} to the image's metadata`,
      layer: 'metadata',
      concept: C.label,
    };
  },
  MAINTAINER() {
    return {
      meaning: 'names the author (deprecated: use `LABEL org.opencontainers.image.authors=...`)',
      layer: 'metadata',
      concept: C.label,
    };
  },
  VOLUME(i) {
    return {
      meaning: `marks ${i.json ? i.json.join(', ') : i.words.join(', ')} as a mount point: each container gets an anonymous volume there unless something is mounted there`,
      layer: 'metadata',
      concept: C.volume,
    };
  },
  STOPSIGNAL(i) {
    return {
      meaning: `makes \`docker stop\` send ${q(i.args.trim())} to the main process instead of SIGTERM`,
      layer: 'metadata',
      concept: C.stopsignal,
    };
  },
  SHELL(i) {
    return {
      meaning: `makes ${q(i.json ? i.json.join(' ') : i.args)} run the shell form of the later RUN, CMD and ENTRYPOINT lines instead of /bin/sh -c`,
      layer: 'metadata',
      concept: C.shell,
    };
  },
  ONBUILD(i) {
    return {
      meaning: `stores ${q(i.args)} as a trigger: it runs later, at the start of any build whose FROM uses this image`,
      layer: 'metadata',
      concept: C.onbuild,
    };
  },
};

function copyMeaning(i: ParsedInstruction, state: StageState, stages: readonly Stage[]): Meaning {
  const words = i.json ?? i.words;
  const dest = words.length > 1 ? (words[words.length - 1] ?? '') : '';
  const sources = words.slice(0, -1);
  const fromFlag = i.flags.find((f) => f.name === 'from')?.value;
  let origin = 'from the build context';
  let concept: string = C.copy;
  if (fromFlag) {
    const stage = stages.find(
      (s) =>
        (s.name === fromFlag.toLowerCase() || String(s.index) === fromFlag) &&
        s.index < (state.stage?.index ?? 0),
    );
    origin = stage ? `from stage "${stage.label}"` : `from the image ${q(fromFlag)}`;
    concept = stage ? C.copyFrom : C.copyFromImage;
  }
  const remote = i.keyword === 'ADD' && sources.some((s) => /^(https?:|git@)/.test(s));
  const extra =
    i.keyword === 'ADD' ? (remote ? ' (ADD downloads it)' : ' (ADD also unpacks local tar archives)') : '';
  const owner = i.flags.find((f) => f.name === 'chown')?.value;
  const chown = owner ? `, owned by ${q(owner)}` : '';
  return {
    meaning: `copies ${sources.map((s) => q(s)).join(', ') || 'nothing'} ${origin} into ${resolvePath(dest, state.workdir)}${chown}${extra}, as a new layer`,
    layer: 'filesystem',
    concept,
  };
}

function mountWords(spec: string): string {
  const type = /(?:^|,)type=([^,]+)/.exec(spec)?.[1] ?? 'bind';
  const target = /(?:^|,)(?:target|dst|destination)=([^,]+)/.exec(spec)?.[1];
  const at = target ? ` at ${q(target)}` : '';
  if (type === 'cache') return `a cache folder kept between builds${at}`;
  if (type === 'secret') return `a secret mounted only for this step${at} (not saved in the image)`;
  if (type === 'ssh') return 'access to the SSH agent';
  return `a ${cleanLine(type, 20)} mount${at}`;
}
