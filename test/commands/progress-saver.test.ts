import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { ProgressSaver } from '../../src/commands/progress-saver.js';
import { markTopicRead } from '../../src/progress/mark-read.js';
import type { Progress } from '../../src/progress/model.js';
import { fakeContext } from '../helpers/fake-context.js';

const now = new Date('2026-03-10T12:00:00Z');

describe('ProgressSaver', () => {
  it('keeps a change that failed to save and saves it with the next one, warning once', async () => {
    // a file stands where the progress folder should be: the first save cannot be written
    const home = path.join(mkdtempSync(path.join(os.tmpdir(), 'dockerlearn-saver-')), 'home');
    writeFileSync(home, 'not a folder');
    const ctx = fakeContext({ env: { DOCKERLEARN_HOME: home } });
    const saver = new ProgressSaver(ctx, () => now);

    await saver.save((p) => markTopicRead(p, 'alpha', now));
    expect(saver.saved).toBe(false);
    expect(ctx.err.text()).toMatch(/warning/);

    rmSync(home);
    await saver.save((p) => markTopicRead(p, 'beta', now));
    expect(saver.saved).toBe(true);
    const saved = JSON.parse(readFileSync(path.join(home, 'progress.json'), 'utf8')) as Progress;
    expect(Object.keys(saved.topicsRead).sort()).toEqual(['alpha', 'beta']);
    expect(ctx.err.text().match(/warning/g)).toHaveLength(1);
  });
});
