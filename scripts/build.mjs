// `npm run build`: type-check (tsc) then bundle (esbuild.config.mjs). With --if-changed (what `npm test` runs) it
// does nothing when no input changed since the last build that succeeded: `npm install` has just built through
// `prepare`, and building again would cost the test run ~6 s of type checking for the same dist/.
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const root = fileURLToPath(new URL('..', import.meta.url));
const stampFile = path.join(root, '.build', 'inputs.txt');
const INPUTS = ['src', 'package.json', 'package-lock.json', 'tsconfig.json', 'tsconfig.build.json'];
const BUILDERS = ['esbuild.config.mjs', 'scripts/build.mjs'];

/** Every input's path, size and modification time, and the settings that change the output. */
function inputsStamp() {
  const lines = [`node ${process.version}`, `no-minify ${process.env.DOCKERLEARN_NO_MINIFY ?? ''}`];
  const visit = (relative) => {
    const full = path.join(root, relative);
    if (!existsSync(full)) return;
    const stat = statSync(full);
    if (stat.isDirectory()) {
      for (const name of readdirSync(full).sort()) visit(path.join(relative, name));
    } else {
      lines.push(`${relative} ${stat.size} ${stat.mtimeMs}`);
    }
  };
  for (const input of [...INPUTS, ...BUILDERS]) visit(input);
  return lines.join('\n');
}

function run(command, args) {
  const result = spawnSync(command, args, { cwd: root, stdio: 'inherit' });
  if (result.status !== 0) process.exit(result.status ?? 1);
}

const stamp = inputsStamp();
const built = existsSync(path.join(root, 'dist', 'main.cjs')) && existsSync(stampFile);
if (process.argv.includes('--if-changed') && built && readFileSync(stampFile, 'utf8') === stamp) {
  console.log('dist/ is up to date with its sources: not building again');
  process.exit(0);
}
run(process.execPath, [
  path.join(root, 'node_modules', 'typescript', 'bin', 'tsc'),
  '-p',
  'tsconfig.build.json',
  '--noEmit',
]);
run(process.execPath, [path.join(root, 'esbuild.config.mjs')]);
mkdirSync(path.dirname(stampFile), { recursive: true });
writeFileSync(stampFile, stamp);
