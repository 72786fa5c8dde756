import { describe, expect, it } from 'vitest';
import { explainDockerfile } from '../../src/explain/dockerfile.js';
import { palette } from '../../src/ui/color.js';
import { renderInlineWith } from '../../src/ui/inline-markdown.js';
import { formatExplain } from '../../src/ui/views/format-explain.js';
import { noStyle } from '../../src/ui/views/styles.js';

const e = explainDockerfile(
  'FROM node:22-alpine AS build\nWORKDIR /app\nRUN npm ci && npm run build && npm prune --omit=dev && echo a very long line indeed\nFROM node:22-alpine\nCOPY --from=build /app /app\nUSER node\nCMD ["node", "/app"]\n',
  { source: 'Dockerfile', hasDockerignore: true },
);

describe('formatExplain', () => {
  it('lists items with line, stage, layer, meaning and concept, then stages and findings, within the width', () => {
    const text = formatExplain(e, 60, noStyle, (t) => renderInlineWith(t, noStyle));
    const lines = text.split('\n');
    expect(lines[0]).toBe('Dockerfile: Dockerfile');
    expect(text).toContain('     2  WORKDIR /app  (stage build, metadata layer)\n');
    expect(text).toContain('→ dockerlearn lookup WORKDIR');
    expect(text).toMatch(
      /Stages\n {2}build: from node:22-alpine, line 1\n {2}1 \(final\): from node:22-alpine, line 4\n/,
    );
    expect(text).toContain('← COPY --from stage build, line 5');
    expect(text).toContain('Findings: none');
    // the long RUN line is wrapped, not cut
    expect(text.replace(/\s+/g, ' ')).toContain('echo a very long line indeed');
    for (const line of lines.filter((l) => !l.includes('lookup')))
      expect(line.length).toBeLessThanOrEqual(60);
    expect(text).not.toContain('\u001b[');
  });

  it('fits every line into a narrow terminal: the title, the tags, stage lines and finding headings too', () => {
    const go = explainDockerfile(
      'FROM golang:1.23 AS build\nRUN go build -o /out/app ./cmd/app\nFROM gcr.io/distroless/static-debian12:nonroot\nCOPY --from=build /out/app /app\nCOPY . .\n',
      { source: 'build/docker/services/api/Dockerfile', hasDockerignore: false },
    );
    const text = formatExplain(go, 40, noStyle, (t) => renderInlineWith(t, noStyle));
    const wide = text.split('\n').filter((line) => [...line].length > 40);
    expect(wide).toEqual([]);
    expect(text).toContain('copy-all-without-dockerignore');
    expect(text.replace(/\s+/g, ' ')).toContain('(stage build, filesystem layer)');
  });

  it('colours with a colour palette', () => {
    expect(formatExplain(e, 80, palette(true), (t) => renderInlineWith(t, palette(true)))).toContain(
      '\u001b[36mWORKDIR /app\u001b[39m',
    );
  });
});
