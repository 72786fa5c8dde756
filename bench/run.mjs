// `npm run bench`: cold start-up of the built CLI against a bare `node -e 0`, then the same commands on synthetic
// packs of 1,000 and 10,000 topics. Each run is a whole new process (spawnSync, timed with performance.now());
// commands are run round-robin so that machine noise falls on all of them alike. Needs nothing beyond Node;
// peak memory comes from /usr/bin/time when it is there. Results go to stdout and into bench/RESULTS.md. Last, where
// a private dockerd can start (root, Debian's docker.io), `lab check` per lab (bench/lab-bench.mjs).
// BENCH_ONLY=labs runs only that part and prints it, without touching RESULTS.md.
import { spawnSync } from 'node:child_process';
import {
  copyFileSync,
  existsSync,
  mkdirSync,
  mkdtempSync,
  readFileSync,
  rmSync,
  utimesSync,
  writeFileSync,
} from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { performance } from 'node:perf_hooks';
import { fileURLToPath } from 'node:url';
import { labRows } from './lab-bench.mjs';
import { makePack } from './make-pack.mjs';

const root = fileURLToPath(new URL('..', import.meta.url));
const bin = path.join(root, 'bin', 'dockerlearn.js');
const results = path.join(root, 'bench', 'RESULTS.md');
const RUNS = Number(process.env['BENCH_RUNS'] ?? 15);
const PACK_RUNS = Number(process.env['BENCH_PACK_RUNS'] ?? 5);
const SIZES = (process.env['BENCH_SIZES'] ?? '1000,10000').split(',').map(Number);
const TIME = '/usr/bin/time';

const work = mkdtempSync(path.join(os.tmpdir(), 'dockerlearn-bench-'));
const baseEnv = { ...process.env, NO_COLOR: '1', DOCKERLEARN_CONTENT: '' };
delete baseEnv['FORCE_COLOR'];

function envWith(home) {
  return { ...baseEnv, DOCKERLEARN_HOME: home };
}

function spawn(args, env) {
  const started = performance.now();
  const r = spawnSync(process.execPath, args, { env, stdio: ['ignore', 'pipe', 'pipe'], maxBuffer: 1 << 30 });
  return {
    ms: performance.now() - started,
    status: r.status,
    stdout: String(r.stdout),
    stderr: String(r.stderr),
  };
}

/** Peak resident memory (MB) and CPU time (user + system, ms) of one run, or undefined without GNU time. */
function usage(args, env) {
  if (!existsSync(TIME)) return undefined;
  const out = path.join(work, 'time.txt');
  spawnSync(TIME, ['-f', '%M %U %S', '-o', out, process.execPath, ...args], { env, stdio: 'ignore' });
  const [kb, user, sys] = readFileSync(out, 'utf8').trim().split('\n').pop().split(' ').map(Number);
  return Number.isFinite(kb) ? { memory: kb / 1024, cpu: (user + sys) * 1000 } : undefined;
}

/** One run, timed, with its CPU time and peak memory when GNU time is there: for runs that cannot be repeated. */
function once(args, env) {
  const out = path.join(work, 'time-once.txt');
  const timed = existsSync(TIME);
  const started = performance.now();
  const r = timed
    ? spawnSync(TIME, ['-f', '%M %U %S', '-o', out, process.execPath, ...args], { env, stdio: 'ignore' })
    : spawnSync(process.execPath, args, { env, stdio: 'ignore' });
  const ms = performance.now() - started;
  if (r.status !== 0) return undefined;
  if (!timed) return { ms };
  const [kb, user, sys] = readFileSync(out, 'utf8').trim().split('\n').pop().split(' ').map(Number);
  return { ms, memory: kb / 1024, cpu: (user + sys) * 1000 };
}

const median = (xs) => {
  const s = [...xs].sort((a, b) => a - b);
  const m = s.length >> 1;
  return s.length % 2 ? s[m] : (s[m - 1] + s[m]) / 2;
};

/** The command names the built CLI lists in its --help, so the bench works before and after commands are added. */
function availableCommands() {
  const help = spawn([bin, '--help'], envWith(work)).stdout;
  const after = help.split(/^Commands:$/m)[1] ?? '';
  return new Set([...after.matchAll(/^ {2}([a-z][\w-]*)/gm)].map((m) => m[1]));
}

/** Runs every case round-robin: `warmups` untimed rounds, then `runs` timed ones; failed cases are marked. */
function measure(cases, env, runs, warmups) {
  for (const c of cases) {
    c.times = [];
    if (!c.available) continue;
    for (let i = 0; i < warmups; i++) {
      const r = spawn(c.args, env);
      if (r.status !== 0) c.failed = `exit ${r.status}: ${r.stderr.split('\n')[0]}`;
    }
  }
  for (let i = 0; i < runs; i++) {
    for (const c of cases) if (c.available && !c.failed) c.times.push(spawn(c.args, env).ms);
  }
  for (const c of cases) {
    c.median = c.times.length ? median(c.times) : undefined;
    if (c.available && !c.failed) Object.assign(c, usage(c.args, env));
  }
}

const fmt = (n, digits = 0) => (n === undefined ? '–' : n.toFixed(digits));

if (process.env['BENCH_ONLY'] === 'labs') {
  try {
    console.log((await labRows({ bin, work, env: envWith(path.join(work, 'home-labs')) })).join('\n').trim());
  } finally {
    rmSync(work, { recursive: true, force: true });
  }
  process.exit(0);
} else if (process.env['BENCH_ONLY']) {
  console.error(`BENCH_ONLY=${process.env['BENCH_ONLY']}: only \`labs\` can be run alone`);
  process.exit(2);
}

const commands = availableCommands();
const cli = (label, args, budget) => {
  const name = args.find((a, i) => !a.startsWith('-') && args[i - 1] !== '--content');
  return { label, args: [bin, ...args], budget, available: name === undefined || commands.has(name) };
};

// ---- explain inputs: a 100-line Dockerfile and a 100-line compose file ----
const explainDockerfile = path.join(work, 'Dockerfile');
const explainCompose = path.join(work, 'compose.yaml');
{
  const df = ['# syntax=docker/dockerfile:1', 'FROM node:22-alpine AS build', 'WORKDIR /app'];
  for (let i = 0; df.length < 96; i++)
    df.push(i % 3 === 0 ? `COPY src/part${i} ./src/part${i}` : `RUN echo step ${i} && ls /app`);
  df.push('FROM node:22-alpine', 'COPY --from=build /app /app', 'USER node', 'CMD ["node", "/app/index.js"]');
  writeFileSync(explainDockerfile, `${df.join('\n')}\n`);
  const compose = ['services:'];
  for (let i = 0; compose.length < 91; i++)
    compose.push(
      `  svc${i}:`,
      `    image: example/svc:${i}`,
      '    ports:',
      `      - "${8000 + i}:80"`,
      '    networks: [back]',
    );
  compose.push(
    'networks:',
    '  back:',
    'volumes:',
    '  data:',
    'secrets:',
    '  token:',
    '    file: ./token.txt',
    '',
    '',
  );
  writeFileSync(explainCompose, `${compose.slice(0, 100).join('\n')}\n`);
}
// The same two files as explain meets them the first time: dated an hour ahead, so they always count as modified
// moments ago, and explain never keeps (or reuses) what it printed for them.
const freshDir = path.join(work, 'fresh');
mkdirSync(freshDir);
const freshDockerfile = path.join(freshDir, 'Dockerfile');
const freshCompose = path.join(freshDir, 'compose.yaml');
{
  const ahead = new Date(Date.now() + 3_600_000);
  for (const [from, to] of [
    [explainDockerfile, freshDockerfile],
    [explainCompose, freshCompose],
  ]) {
    copyFileSync(from, to);
    utimesSync(to, ahead, ahead);
  }
}

// ---- start-up on the built-in notes ----
const startup = [
  { label: 'node -e 0', args: ['-e', '0'], available: true },
  cli('--version', ['--version'], 1.5),
  cli('--help', ['--help'], 1.5),
  cli('topics', ['topics'], 1.5),
  cli('topics --json', ['topics', '--json'], 1.5),
  // issue 18 asks every command for 1.5x (issue 14 had allowed lookup 2x)
  cli('show networking (piped)', ['show', 'networking'], 1.5),
  cli('lookup macvlan', ['lookup', 'macvlan'], 1.5),
  cli('lookup docker ps', ['lookup', 'docker', 'ps'], 1.5),
  cli('lookup --rm', ['lookup', '--rm'], 1.5),
  cli('glossary', ['glossary'], 1.5),
  cli('search "copy on write"', ['search', 'copy on write'], 1.5),
  cli('validate', ['validate'], 1.5),
  cli('explain Dockerfile (100 lines)', ['explain', explainDockerfile], 1.5),
  cli('explain compose.yaml (100 lines)', ['explain', explainCompose], 1.5),
  cli('explain Dockerfile (100 lines, first time)', ['explain', freshDockerfile], 1.5),
  cli('explain compose.yaml (100 lines, first time)', ['explain', freshCompose], 1.5),
  // a docker command line with 10 flags: the command table and the tokenizer load only for this
  cli(
    'explain docker run (10 flags)',
    [
      'explain',
      'docker',
      'run',
      '-d',
      '--rm',
      '-p',
      '8080:80',
      '--name',
      'web',
      '-v',
      'data:/data',
      '-e',
      'MODE=prod',
      '--restart',
      'unless-stopped',
      '--network',
      'appnet',
      '-w',
      '/app',
      '-u',
      '1000',
      'nginx:1.27',
      'nginx',
      '-g',
      'daemon off;',
    ],
    1.5,
  ),
  cli('lab', ['lab'], 1.5),
  cli('lab show containers-web', ['lab', 'show', 'containers-web'], 1.5),
  // issue 18: every other command too (quiz and the menu need a terminal; `review` here has nothing due)
  cli('progress', ['progress'], 1.5),
  cli('review (nothing due)', ['review'], 1.5),
  cli('cheatsheet', ['cheatsheet'], 1.5),
  cli('export --format json', ['export', '--format', 'json'], 1.5),
  cli('completion bash', ['completion', 'bash'], 1.5),
];
const startupHome = path.join(work, 'home-startup');
console.error(`start-up: ${RUNS} runs of ${startup.length} commands after 2 warm-up rounds…`);
measure(startup, envWith(startupHome), RUNS, 2);
const floor = startup[0].median;

const startupRows = startup.map((c) => {
  if (!c.available) return `| ${c.label} | not available | | | | |`;
  if (c.failed) return `| ${c.label} | failed (${c.failed}) | | | | |`;
  const ratio = c.median / floor;
  const verdict =
    c.budget === undefined ? 'floor' : ratio <= c.budget ? `ok (≤ ${c.budget}×)` : `over (> ${c.budget}×)`;
  return `| ${c.label} | ${fmt(c.median)} | ${ratio.toFixed(2)}× | ${fmt(c.cpu)} | ${fmt(c.memory)} | ${verdict} |`;
});

// ---- synthetic packs ----
const packs = [];
for (const size of SIZES) {
  const dir = path.join(work, `pack-${size}`);
  console.error(`pack of ${size} topics: writing…`);
  makePack(dir, size);
  // Notes changed in the last 3 seconds are never cached (their times cannot yet be trusted); a pack is measured
  // as a learner would meet it, unpacked a moment before, not in the same second.
  await new Promise((resolve) => setTimeout(resolve, 3500));
  const middle = Math.floor(size / 2);
  const home = path.join(work, `home-${size}`);
  const env = envWith(home);
  // The very first run of the tool on a new pack parses every note (and fills the cache, where there is one); the
  // first search after it builds and saves the search index.
  const first = once([bin, '--content', dir, 'topics'], env);
  const firstSearch = once([bin, '--content', dir, 'search', 'copy on write'], env);
  const cases = [
    cli('topics', ['--content', dir, 'topics']),
    cli(`lookup "gadget ${middle}"`, ['--content', dir, 'lookup', `gadget ${middle}`]),
    cli('search "copy on write"', ['--content', dir, 'search', 'copy on write']),
    cli('validate', ['validate', dir]),
  ];
  cases.forEach((c) => (c.key = c.label.split(' ')[0]));
  console.error(`pack of ${size} topics: ${PACK_RUNS} runs of ${cases.length} commands…`);
  measure(cases, env, PACK_RUNS, 1);
  packs.push({ size, first, firstSearch, cases });
  rmSync(dir, { recursive: true, force: true });
}

const packHeader = `| command | ${SIZES.map((s) => `${s.toLocaleString('en')} topics: ms | CPU ms | peak MB`).join(' | ')} |${
  SIZES.length > 1 ? ` ${SIZES[0]} → ${SIZES.at(-1)} time ratio |` : ''
}`;
const packRows = packs[0].cases.map((c, i) => {
  const cells = packs.map((p) => {
    const pc = p.cases[i];
    if (!pc.available) return 'not available | | ';
    if (pc.failed) return `failed (${pc.failed}) | | `;
    return `${fmt(pc.median)} | ${fmt(pc.cpu)} | ${fmt(pc.memory)}`;
  });
  const a = packs[0].cases[i].median;
  const b = packs.at(-1).cases[i].median;
  const ratio = SIZES.length > 1 ? ` ${a && b ? `${(b / a).toFixed(1)}×` : '–'} |` : '';
  return `| ${c.key} | ${cells.join(' | ')} |${ratio}`;
});
const onceRow = (label, pick) => {
  const cells = packs.map((p) => {
    const r = pick(p);
    return r ? `${fmt(r.ms)} | ${fmt(r.cpu)} | ${fmt(r.memory)}` : 'failed | | ';
  });
  const a = pick(packs[0])?.ms;
  const b = pick(packs.at(-1))?.ms;
  return `| ${label} | ${cells.join(' | ')} |${SIZES.length > 1 ? ` ${a && b ? `${(b / a).toFixed(1)}×` : '–'} |` : ''}`;
};
const firstRows = [
  onceRow('first run on a new pack (topics, empty cache)', (p) => p.first),
  onceRow('first search on it (builds the search index)', (p) => p.firstSearch),
];

const cpu = os.cpus();
// ---- lab check on a private engine, each lab set up with its reference solution (bench/lab-bench.mjs) ----
const labReport = await labRows({ bin, work, env: envWith(path.join(work, 'home-labs')) });

const report = [
  `Measured ${new Date().toISOString().slice(0, 16).replace('T', ' ')} UTC on ${os.type()} ${os.release()} (${os.arch()}), ` +
    `${cpu.length} × ${cpu[0]?.model.trim() ?? 'unknown CPU'}, ${(os.totalmem() / 2 ** 30).toFixed(1)} GB RAM, ` +
    `Node ${process.version}, load average ${os.loadavg()[0].toFixed(1)} at the end; ${RUNS} runs per command ` +
    `(pack: ${PACK_RUNS}) after warm-up, medians of wall-clock ms; CPU ms (user + system) and peak memory come from ` +
    `one extra run under /usr/bin/time.`,
  '',
  '| command | median ms | × node -e 0 | CPU ms (1 run) | peak MB | budget |',
  '| --- | ---: | ---: | ---: | ---: | --- |',
  ...startupRows,
  '',
  packHeader,
  `| --- | ${SIZES.map(() => '---: | ---: | ---:').join(' | ')} |${SIZES.length > 1 ? ' ---: |' : ''}`,
  ...packRows,
  ...firstRows,
  ...labReport,
].join('\n');

console.log(report);

const START = '<!-- bench:start -->';
const END = '<!-- bench:end -->';
const previous = existsSync(results)
  ? readFileSync(results, 'utf8')
  : `# Benchmark results\n\n${START}\n${END}\n`;
const updated = previous.includes(START)
  ? previous.replace(new RegExp(`${START}[\\s\\S]*?${END}`), `${START}\n${report}\n${END}`)
  : `${previous.trimEnd()}\n\n${START}\n${report}\n${END}\n`;
writeFileSync(results, updated);
console.error(`\nwritten to ${path.relative(process.cwd(), results)}`);
rmSync(work, { recursive: true, force: true });
