#!/usr/bin/env node
// Regenerates src/explain/docker-commands.json from what the docker client on this machine prints.
// Facts only: command paths, aliases, usage, flag names, short forms, value types, whether a flag repeats, and
// whether options may follow the first positional argument. No help sentence is copied: meanings are written by
// hand in src/explain/docker-meanings.ts. Usage: `node scripts/extract-docker-help.mjs [--check]`.
// The client never reaches a daemon: DOCKER_HOST points at a socket that does not exist and the client config is
// a fresh temporary folder, so nothing on the machine is read or changed.
import { execFileSync, spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const OUT = fileURLToPath(new URL('../src/explain/docker-commands.json', import.meta.url));
const configDir = mkdtempSync(path.join(tmpdir(), 'docker-help-'));
const env = {
  PATH: process.env.PATH ?? '/usr/bin:/bin',
  HOME: configDir,
  DOCKER_CONFIG: configDir,
  DOCKER_HOST: `unix://${path.join(configDir, 'no-daemon.sock')}`,
  COLUMNS: '200',
  LANG: 'C',
};
// Types whose flag may be given more than once (pflag slice/array/map values and docker's list-like options).
const REPEATABLE = new Set([
  'list',
  'strings',
  'stringArray',
  'map',
  'ulimit',
  'pref',
  'port',
  'network',
  'mount',
  'secret',
  'config',
  'filter',
]);
// Plugins that are not installed here; their facts come from elsewhere (compose: docs.docker.com).
const SKIP = new Set(['buildx', 'compose', 'scout', 'help']);

function docker(args) {
  const r = spawnSync('docker', args, { env, encoding: 'utf8', timeout: 10_000 });
  return { out: r.stdout ?? '', err: r.stderr ?? '', status: r.status };
}

/** Splits help text into its sections: `Usage`, `Aliases`, `Options`, `Commands`, ... */
function sections(text) {
  const found = {};
  let current;
  for (const line of text.split('\n')) {
    const head = /^([A-Z][A-Za-z ]*):(.*)$/.exec(line);
    if (head) {
      current = head[1];
      found[current] = head[2].trim() ? [head[2].trim()] : [];
    } else if (current) found[current].push(line);
  }
  return found;
}

function parseFlags(lines = []) {
  const flags = [];
  for (const line of lines) {
    const m =
      /^\s{2,}(?:-([A-Za-z0-9]), )?\s*--([a-z0-9][a-z0-9-]*)(?: ([A-Za-z][A-Za-z0-9-]*))?(?:\s{2,}|$)/.exec(
        line,
      );
    if (!m) continue;
    const [, short, name, type = 'bool'] = m;
    if (name === 'help') continue;
    const flag = { name, type };
    if (short) flag.short = short;
    if (REPEATABLE.has(type)) flag.repeatable = true;
    flags.push(flag);
  }
  return flags;
}

function subcommands(found) {
  const names = [];
  for (const key of Object.keys(found)) {
    if (!/Commands$/.test(key)) continue;
    for (const line of found[key]) {
      const m = /^\s{2}([a-z][a-z0-9-]*)\*?\s{2,}/.exec(line);
      if (m && !SKIP.has(m[1])) names.push(m[1]);
    }
  }
  return names;
}

/** True when an option after the first positional is still read as an option (cobra's interspersed flags). */
function interspersed(words) {
  const { out, err } = docker([...words, 'x', '--no-such-flag-zz']);
  return /unknown flag: --no-such-flag-zz/.test(out + err);
}

const commands = [];
function visit(words) {
  const { out } = docker([...words, '--help']);
  const found = sections(out);
  const subs = subcommands(found);
  const usage = (found.Usage?.[0] ?? '').replace(/^docker( [a-z0-9-]+)*?(?= \[|\s[A-Z]|$)/, '').trim();
  const aliases = (found.Aliases ?? [])
    .join(' ')
    .split(',')
    .map((a) => a.trim().replace(/^docker\s+/, ''))
    .filter(Boolean);
  const entry = { path: words.join(' '), aliases: aliases.length ? aliases : [words.join(' ')], usage };
  if (subs.length > 0 && /COMMAND$/.test(found.Usage?.[0] ?? '')) {
    entry.group = true;
    entry.subcommands = subs;
  } else {
    entry.interspersed = interspersed(words);
  }
  entry.flags = parseFlags(found.Options);
  commands.push(entry);
  if (entry.group) for (const sub of subs) visit([...words, sub]);
}

try {
  // `docker --version` prints `Docker version 28.2.2, build e6534b4` without asking a daemon
  const version = /version ([0-9][^,\s]*)/.exec(
    execFileSync('docker', ['--version'], { env, encoding: 'utf8' }),
  )?.[1];
  const top = sections(docker(['--help']).out);
  const global = parseFlags(top['Global Options'] ?? top.Options);
  for (const name of subcommands(top)) visit([name]);
  // `docker run` and `docker container run` are one command: keep it once, under the alias the client lists
  // first (`container run`, `image ls`, `image build`), so every command has one path however it is reached.
  const byAliases = new Map();
  for (const c of commands) {
    const key = [...c.aliases].sort().join('|');
    const kept = byAliases.get(key);
    if (!kept || c.path === c.aliases[0]) byAliases.set(key, c);
  }
  const unique = [...byAliases.values()];
  const data = {
    source: `docker ${version} --help (scripts/extract-docker-help.mjs)`,
    client: version,
    global,
    commands: unique,
  };
  const prettier = await import('prettier');
  const options = (await prettier.resolveConfig(OUT)) ?? {};
  const text = await prettier.format(JSON.stringify(data), { ...options, filepath: OUT });
  if (process.argv.includes('--check')) {
    const old = readFileSync(OUT, 'utf8');
    if (old !== text) {
      console.error(`${OUT} differs from what docker ${version} prints; run without --check to regenerate`);
      process.exitCode = 1;
    }
  } else {
    writeFileSync(OUT, text);
    console.log(
      `wrote ${unique.length} commands from docker ${version} to ${path.relative(process.cwd(), OUT)}`,
    );
  }
} finally {
  rmSync(configDir, { recursive: true, force: true });
}
