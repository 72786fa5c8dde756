import { describe, expect, it } from 'vitest';
import { libraryOf } from '../../src/content/build-library.js';
import { parseNote } from '../../src/content/parse-note.js';
import { extractCommands } from '../../src/library/extract-commands.js';

const note = `---
title: Commands
---

# Commands

\`\`\`console
$ docker version
\`\`\`

## Running
\`\`\`console
$ docker run -d \\
    --name web nginx   # a comment
$ ls -la
$ docker version
\`\`\`

### Inside
\`\`\`dockerfile
RUN docker build .
\`\`\`

\`\`\`bash
docker ps -a
\`\`\`
`;

const topic = parseNote(note, { file: 'c.md', source: 'built-in', fallbackId: 'cmds' });

describe('extractCommands', () => {
  it('finds docker commands in shell blocks, joins continued lines, and names the concept', () => {
    expect(extractCommands(libraryOf([topic]))).toEqual([
      { topic: 'cmds', concept: 'Commands', command: 'docker version' },
      { topic: 'cmds', concept: 'Running', command: 'docker run -d --name web nginx' },
      { topic: 'cmds', concept: 'Inside', command: 'docker ps -a' },
    ]);
  });

  it('keeps only the topics asked for', () => {
    expect(extractCommands(libraryOf([topic]), ['other'])).toEqual([]);
  });
});
