import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import type { ContentProblem } from '../errors.js';
import type { Lab } from '../labs/model.js';
import { parseLab } from '../labs/parse-lab.js';
import { displayPath, type ContentSource } from './load.js';

const MAX_LAB_BYTES = 512 * 1024;

/** Every lab of the folders' `labs/` subfolders, in source order; problems (file:line) are collected, never thrown. */
export function loadLabs(
  sources: readonly ContentSource[],
  cwd: string,
): { labs: Lab[]; problems: ContentProblem[] } {
  const problems: ContentProblem[] = [];
  const labs: Lab[] = [];
  for (const source of sources) {
    const dir = path.join(source.dir, 'labs');
    let names: string[];
    try {
      names = readdirSync(dir, { withFileTypes: true })
        .filter((e) => e.name.endsWith('.md') && !/^readme\.md$/i.test(e.name) && !e.name.startsWith('.'))
        .filter((e) => e.isFile() || e.isSymbolicLink())
        .map((e) => e.name)
        .sort();
    } catch (error) {
      const code = (error as NodeJS.ErrnoException).code;
      if (code !== 'ENOENT' && code !== 'ENOTDIR')
        problems.push({
          file: displayPath(dir, cwd),
          message: `cannot read the labs folder (${code ?? 'error'})`,
        });
      continue;
    }
    for (const name of names) {
      const file = path.join(dir, name);
      const shown = displayPath(file, cwd);
      let text: string;
      try {
        const bytes = readFileSync(file);
        if (bytes.length > MAX_LAB_BYTES) throw new Error('a lab file is limited to 512 KB');
        if (bytes.includes(0)) throw new Error('not a text file (it contains NUL bytes)');
        text = bytes.toString('utf8');
      } catch (error) {
        const code = (error as NodeJS.ErrnoException).code;
        problems.push({
          file: shown,
          message: code ? `cannot read the lab (${code})` : (error as Error).message,
        });
        continue;
      }
      const lab = parseLab(text, shown, name.slice(0, -3), problems);
      if (lab) labs.push(lab);
    }
  }
  return { labs, problems };
}
