import { readdirSync, readFileSync, statSync } from 'node:fs';
import path from 'node:path';
import type { FileStat, FolderCacheOptions } from '../cache/folder-cache.js';
import { openLabCache } from '../cache/lab-cache.js';
import type { ContentProblem } from '../errors.js';
import type { Lab } from '../labs/model.js';
import { displayPath, type ContentSource } from './load.js';

const MAX_LAB_BYTES = 512 * 1024;

type ParseLab = typeof import('../labs/parse-lab.js').parseLab;
let parser: ParseLab | undefined;

// The parser (with the YAML library) is loaded at the first cache miss: a cached run never needs it.
async function loadParser(): Promise<ParseLab> {
  parser ??= (await import('../labs/parse-lab.js')).parseLab;
  return parser;
}

/**
 * Every lab of the folders' `labs/` subfolders, in source order; problems (file:line) are collected, never thrown.
 * With `cache`, a lab unchanged since it last parsed cleanly is taken from the parsed-labs cache.
 */
export async function loadLabs(
  sources: readonly ContentSource[],
  cwd: string,
  cache?: FolderCacheOptions,
): Promise<{ labs: Lab[]; problems: ContentProblem[] }> {
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
    const cached = openLabCache(cache, dir);
    for (const name of names) {
      const file = path.join(dir, name);
      const shown = displayPath(file, cwd);
      let text: string;
      let stat: FileStat;
      try {
        const info = statSync(file);
        stat = { size: info.size, mtimeMs: info.mtimeMs };
        const hit = cached.lookup(name, stat);
        if (hit) {
          labs.push({ ...hit.lab, file: shown });
          continue;
        }
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
      // parseLab gives no lab when it found a problem, so a lab with a problem is never cached
      const lab = (parser ?? (await loadParser()))(text, shown, name.slice(0, -3), problems);
      if (!lab) continue;
      labs.push(lab);
      const { file: _shown, ...rest } = lab;
      cached.remember(name, stat, { lab: rest });
    }
    cached.save();
  }
  return { labs, problems };
}
