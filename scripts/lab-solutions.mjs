// Running a built-in lab's own reference solution (the `## Solution` block of content/labs/<id>.md) on a private
// engine: shared by the bench (bench/lab-bench.mjs) and the engine test that every published solution passes its
// check (test/labs/lab-solutions.engine.test.ts). Only built-in solutions, and only on a private engine: a solution
// drains nodes and removes things, which the learner's own engine must never see. Types: lab-solutions.d.mts.
import { execFileSync, spawn, spawnSync } from 'node:child_process';
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';

export const REGISTRY = '127.0.0.1:5000';

/** The `## Solution` console block of a lab file, or undefined. */
export function solutionOf(file) {
  const text = readFileSync(file, 'utf8');
  const section = /^## Solution\s*$([\s\S]*?)^## /m.exec(text)?.[1] ?? '';
  return /^(`{3,})[^\n]*\n([\s\S]*?)^\1\s*$/m.exec(section)?.[2];
}

export const commandExists = (cmd) =>
  spawnSync('sh', ['-c', `command -v ${cmd}`], { stdio: 'ignore' }).status === 0;

async function answers(url) {
  return fetch(url).then(
    (response) => response.ok,
    () => false,
  );
}

/** Debian's docker-registry on 127.0.0.1:5000 for the push lab ({ stop }), or the reason there is none ({ reason }). */
export async function startRegistry(work) {
  if (!commandExists('docker-registry'))
    return { reason: 'no docker-registry (apt-get install docker-registry)' };
  if (await answers(`http://${REGISTRY}/v2/`))
    return { reason: `${REGISTRY} is already taken by another process` };
  const dir = path.join(work, 'registry');
  mkdirSync(dir, { recursive: true });
  const config = path.join(dir, 'config.yml');
  writeFileSync(
    config,
    `version: 0.1\nlog:\n  level: warn\nstorage:\n  filesystem:\n    rootdirectory: ${dir}/data\nhttp:\n  addr: ${REGISTRY}\n`,
  );
  const child = spawn('docker-registry', ['serve', config], { stdio: 'ignore' });
  const stop = async () => {
    if (child.exitCode !== null) return;
    const exited = new Promise((resolve) => child.once('exit', resolve));
    child.kill('SIGTERM');
    await exited;
  };
  for (let i = 0; i < 80; i++) {
    if (await answers(`http://${REGISTRY}/v2/`)) return { stop };
    if (child.exitCode !== null) break;
    await new Promise((resolve) => setTimeout(resolve, 250));
  }
  await stop();
  return { reason: `docker-registry did not answer on ${REGISTRY}` };
}

/** A veth pair of our own as the macvlan parent ({ parent, remove }; no real interface is touched), or { reason }. */
export function makeVeth(salt = 0) {
  const name = `dlsv${(process.pid + salt) % 100_000}`;
  try {
    execFileSync('ip', ['link', 'add', `${name}a`, 'type', 'veth', 'peer', 'name', `${name}b`], {
      stdio: 'ignore',
    });
    execFileSync('ip', ['link', 'set', `${name}a`, 'up'], { stdio: 'ignore' });
    return {
      parent: `${name}a`,
      remove: () => spawnSync('ip', ['link', 'del', `${name}a`], { stdio: 'ignore' }),
    };
  } catch {
    return { reason: 'could not make a veth pair for the macvlan parent' };
  }
}

/** Whether the docker CLI with `env` has Compose v2 (`docker compose`); else Debian's v1 `docker-compose` is used. */
export function hasComposeV2(env) {
  return spawnSync('docker', ['compose', 'version'], { env, stdio: 'ignore' }).status === 0;
}

/**
 * A solution as this machine can run it, and each change made: busybox is imported, not pulled, and no registry but
 * ours answers; the macvlan parent is our veth pair; Compose v1 where v2 is missing.
 */
export function adaptSolution(id, script, { vethParent, composeV2 }) {
  const changes = [];
  let out = script.replace(/^docker pull (?!"?\$\(|127\.0\.0\.1)\S+\s*$/gm, '');
  if (vethParent && out.includes('parent=eth0')) {
    out = out.replaceAll('parent=eth0', `parent=${vethParent}`);
    changes.push(`${id}: parent=eth0 → a veth pair of our own`);
  }
  if (!composeV2 && /docker compose /.test(out)) {
    out = out.replace(/docker compose /g, 'docker-compose ');
    changes.push(`${id}: \`docker compose\` → Compose v1 \`docker-compose\``);
  }
  return { script: out, changes };
}

/**
 * Runs a solution with `sh` in `dir` (as HOME too) with `env`. Its own failures (a second `swarm init`, an `ip` busybox
 * lacks) do not stop it: the check says whether the result is right. Returns sh's output, for a failing check's report.
 */
export function runSolution(script, dir, env) {
  const r = spawnSync('sh', ['-c', script], {
    cwd: dir,
    env: Object.fromEntries(Object.entries({ ...env, HOME: dir }).filter(([, v]) => v !== undefined)),
    encoding: 'utf8',
    timeout: 180_000,
  });
  return `${r.stdout ?? ''}${r.stderr ?? ''}`;
}
