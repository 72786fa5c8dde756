import { createHash, type Hash } from 'node:crypto';
import type { Library } from './model.js';
import { RACY_MS, type NoteStat } from './note-cache.js';

/** Collects the folders and notes a library is loaded from into its fingerprint (see Library.fingerprint). */
export class FingerprintBuilder {
  private readonly folders: Hash = createHash('sha256');
  private readonly notes: Hash = createHash('sha256');
  private settled = true;
  private readonly now = Date.now();

  folder(dir: string): void {
    this.folders.update(`${dir}\n`);
    this.notes.update(`${dir}\n`);
  }

  note(file: string, stat: NoteStat): void {
    this.notes.update(`${file}\0${stat.size}\0${stat.mtimeMs}\n`);
    if (this.now - stat.mtimeMs <= RACY_MS) this.settled = false;
  }

  result(): Library['fingerprint'] {
    if (!this.settled) return undefined;
    return { folders: this.folders.digest('hex').slice(0, 16), notes: this.notes.digest('hex') };
  }
}
