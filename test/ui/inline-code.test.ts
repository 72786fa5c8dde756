import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { explainDockerCommand } from '../../src/explain/docker-command.js';
import type { ExplainItem, Explanation } from '../../src/explain/model.js';
import { renderCodeSpans } from '../../src/ui/inline-code.js';
import { renderInlineWith } from '../../src/ui/inline-markdown.js';
import { explainFixture } from '../explain/helpers.js';

// marks where a code span starts and ends, so that the comparison sees the spans and not only the text
const marks = {
  yellow: (t: string) => `<${t}>`,
  bold: (t: string) => `*${t}*`,
  italic: (t: string) => `_${t}_`,
};

function prose(e: Explanation): string[] {
  const items = (list: readonly ExplainItem[]): string[] =>
    list.flatMap((i) => [i.meaning, ...items(i.children ?? [])]);
  const notes = (e.extra?.['cacheNotes'] as { message: string }[] | undefined) ?? [];
  return [...items(e.items), ...e.findings.map((f) => f.message), ...notes.map((n) => n.message)];
}

describe('renderCodeSpans', () => {
  it('renders code spans as marked does, and hands anything else back to marked', () => {
    expect(renderCodeSpans('sets `/app` as the folder', marks)).toBe('sets </app> as the folder');
    expect(renderCodeSpans('`` a`b `` and ` x `', marks)).toBe('<a`b> and <x>');
    expect(renderCodeSpans('an `unclosed span', marks)).toBe('an `unclosed span');
    expect(renderCodeSpans('`a *b* c` stays', marks)).toBe('<a *b* c> stays');
    expect(renderCodeSpans('it is **bold**', marks)).toBeUndefined();
    expect(renderCodeSpans('see https://docs.docker.com', marks)).toBeUndefined();
    expect(renderCodeSpans('mail a@b.io', marks)).toBeUndefined();
  });

  it('gives what marked gives whenever it renders a text itself (10,000 texts)', () => {
    const alphabet = fc.constantFrom(
      ...'ab `` * _~[]()<>!&@"\\\n:/.w'.split(''),
      ...['```', 'www.', 'http://', 'NODE_ENV', 'x__y', '](', '  \n'],
    );
    fc.assert(
      fc.property(fc.array(alphabet, { maxLength: 30 }), (parts) => {
        const text = parts.join('');
        const fast = renderCodeSpans(text, marks);
        if (fast !== undefined) expect(fast).toBe(renderInlineWith(text, marks));
      }),
      { numRuns: 10_000 },
    );
  });

  // (the seed's stray backtick leaves a `*` outside any span: that text goes to marked)
  it('renders every meaning and finding of the fixtures itself, as marked would', () => {
    const explanations = [
      ...['node.Dockerfile', 'python.Dockerfile', 'go.Dockerfile', 'java.Dockerfile', 'nginx.Dockerfile'],
      ...['compose.yaml', 'stack.yml'],
    ].map(explainFixture);
    explanations.push(
      explainDockerCommand(
        "docker run -d --rm -p 8080:80 --name web -v data:/data -e MODE=prod --restart unless-stopped -w /app nginx:1.27 nginx -g 'daemon off;'",
      ),
    );
    const texts = explanations.flatMap(prose);
    expect(texts.length).toBeGreaterThan(100);
    const needMarked = texts.filter((t) => renderCodeSpans(t, marks) === undefined);
    for (const t of texts)
      if (!needMarked.includes(t)) expect(renderCodeSpans(t, marks)).toBe(renderInlineWith(t, marks));
    expect(needMarked).toEqual([]);
  });
});
