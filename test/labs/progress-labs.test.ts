import { describe, expect, it } from 'vitest';
import { emptyProgress } from '../../src/progress/model.js';
import { parseProgress } from '../../src/progress/parse-progress.js';
import { labStatus, recordHintSeen, recordLabCheck } from '../../src/labs/record.js';
import type { RequirementResult } from '../../src/labs/model.js';

const req = (passed: boolean): RequirementResult => ({
  id: 'x',
  title: 't',
  passed,
  concept: 'c',
  topic: 'containers',
});

describe('labs in the progress file', () => {
  it('a format-1 file migrates to format 2 keeping every answer, read and exam, with no labs', () => {
    const old = {
      version: 1,
      questions: {
        'containers/a': {
          attempts: [{ at: '2026-01-01T00:00:00.000Z', correct: true }],
          card: {
            due: '2026-01-02T00:00:00.000Z',
            stability: 1,
            difficulty: 5,
            elapsed_days: 0,
            scheduled_days: 1,
            learning_steps: 0,
            reps: 1,
            lapses: 0,
            state: 1,
          },
        },
      },
      topicsRead: { containers: '2026-01-01T00:00:00.000Z' },
    };
    const parsed = parseProgress(JSON.stringify(old));
    expect(parsed.ok).toBe(true);
    if (!parsed.ok) return;
    expect(parsed.progress.version).toBe(2);
    expect(parsed.progress.questions).toEqual(old.questions);
    expect(parsed.progress.topicsRead).toEqual(old.topicsRead);
    expect(parsed.progress.labs).toEqual({});
  });

  it('a format-3 file is reported as newer, not read', () => {
    const parsed = parseProgress(JSON.stringify({ version: 3, questions: {}, topicsRead: {}, labs: {} }));
    expect(parsed).toMatchObject({ ok: false, reason: 'newer' });
  });

  it('a check result and hints seen round-trip; a pass is kept after a later failure', () => {
    const at = new Date('2026-02-01T00:00:00.000Z');
    let p = recordHintSeen(emptyProgress(), 'containers-web', 3, at);
    expect(labStatus(p, 'containers-web')).toBe('not started');
    p = recordLabCheck(p, 'containers-web', [req(true), req(false)], at);
    expect(labStatus(p, 'containers-web')).toBe('failed');
    p = recordLabCheck(p, 'containers-web', [req(true), req(true)], at);
    p = recordLabCheck(p, 'containers-web', [req(false), req(true)], at);
    const reread = parseProgress(JSON.stringify(p));
    expect(reread.ok && reread.progress.labs['containers-web']).toMatchObject({
      status: 'passed',
      met: 1,
      total: 2,
      hintsSeen: 1,
    });
  });
});

describe('progress shows labs passed', () => {
  it('after a recorded pass, `progress` names the lab and --json lists it', async () => {
    const { mkdtempSync, writeFileSync, mkdirSync } = await import('node:fs');
    const os = await import('node:os');
    const path = await import('node:path');
    const { run } = await import('../../src/main.js');
    const { fakeContext } = await import('../helpers/fake-context.js');
    const { locateProgressFile } = await import('../../src/progress/locate.js');
    const home = mkdtempSync(path.join(os.tmpdir(), 'dl-prog-'));
    const file = await locateProgressFile({ DOCKERLEARN_HOME: home });
    mkdirSync(path.dirname(file), { recursive: true });
    const p = recordLabCheck(emptyProgress(), 'containers-web', [req(true)], new Date());
    writeFileSync(file, JSON.stringify(p));
    const ctx = fakeContext({ env: { DOCKERLEARN_HOME: home } });
    expect(await run(['progress'], ctx)).toBe(0);
    expect(ctx.out.text()).toContain('Labs passed: 1 of 1 tried (containers-web)');
    const json = fakeContext({ env: { DOCKERLEARN_HOME: home } });
    await run(['progress', '--json'], json);
    expect(JSON.parse(json.out.text()).labsPassed).toEqual(['containers-web']);
  });
});
