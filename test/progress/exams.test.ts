import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { emptyProgress, type ExamRecord, type Progress } from '../../src/progress/model.js';
import { MAX_EXAMS_KEPT, recordExam } from '../../src/progress/record-exam.js';
import { resetProgress } from '../../src/progress/reset-progress.js';
import { loadProgress, updateProgress } from '../../src/progress/store.js';
import { recordAnswer } from '../../src/quiz/schedule.js';

const now = new Date('2026-03-10T12:00:00Z');
const tempFile = () => path.join(mkdtempSync(path.join(tmpdir(), 'dockerlearn-exams-')), 'progress.json');
const readJson = (file: string) => JSON.parse(readFileSync(file, 'utf8')) as Progress;

const exam = (score: number, overrides: Partial<ExamRecord> = {}): ExamRecord => ({
  date: now.toISOString(),
  score,
  total: 4,
  percent: score * 25,
  passMark: 70,
  passed: score >= 3,
  minutesUsed: 7.5,
  minutesAllowed: 30,
  timedOut: false,
  seed: 5,
  topics: [{ topic: 'alpha', score, total: 4 }],
  ...overrides,
});

describe('exam results in the progress file', () => {
  it('loads a file written before exams existed, as having none, and keeps its answers', () => {
    const file = tempFile();
    const older = recordAnswer(emptyProgress(), 'alpha/q', true, now);
    writeFileSync(file, JSON.stringify({ ...older, exams: undefined }));
    const loaded = loadProgress(file);
    expect(loaded.problem).toBeUndefined();
    expect(loaded.progress.exams).toEqual([]);
    expect(Object.keys(loaded.progress.questions)).toEqual(['alpha/q']);
  });

  it('adds an exam to an older file on the next save without losing anything', async () => {
    const file = tempFile();
    writeFileSync(
      file,
      JSON.stringify({ version: 1, questions: {}, topicsRead: { alpha: now.toISOString() } }),
    );
    await updateProgress(file, (p) => recordExam(p, exam(3)));
    const saved = readJson(file);
    expect(saved.topicsRead).toEqual({ alpha: now.toISOString() });
    expect(saved.exams).toEqual([exam(3)]);
  });

  it('round-trips exam results, oldest first', async () => {
    const file = tempFile();
    await updateProgress(file, (p) => recordExam(p, exam(1)));
    await updateProgress(file, (p) => recordExam(p, exam(4, { timedOut: true })));
    const loaded = loadProgress(file);
    expect(loaded.problem).toBeUndefined();
    expect(loaded.progress.exams.map((e) => [e.score, e.timedOut])).toEqual([
      [1, false],
      [4, true],
    ]);
  });

  it('reports an exam entry of the wrong shape as an unusable file', () => {
    const file = tempFile();
    writeFileSync(file, JSON.stringify({ ...emptyProgress(), exams: [{ ...exam(2), score: 'two' }] }));
    expect(loadProgress(file).problem).toMatch(/expected shape \(at exams\.0\.score\)/);
  });

  it(`keeps only the newest ${MAX_EXAMS_KEPT} results`, () => {
    let progress = emptyProgress();
    for (let i = 0; i < MAX_EXAMS_KEPT + 3; i++) progress = recordExam(progress, exam(1, { seed: i }));
    expect(progress.exams).toHaveLength(MAX_EXAMS_KEPT);
    expect(progress.exams[0]!.seed).toBe(3);
    expect(progress.exams.at(-1)!.seed).toBe(MAX_EXAMS_KEPT + 2);
  });

  it('a full reset removes exam results (even when they are all there is); a topic reset keeps them', async () => {
    const file = tempFile();
    await updateProgress(file, (p) => recordExam(recordAnswer(p, 'alpha/q', true, now), exam(3)));
    const topic = await resetProgress(file, 'alpha', now);
    expect(topic.questions).toBe(1);
    expect(readJson(file).exams).toHaveLength(1);
    const all = await resetProgress(file, undefined, now);
    expect(all.backup).toBeDefined();
    expect(readJson(file).exams).toEqual([]);
  });
});
