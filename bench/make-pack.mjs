// Writes a synthetic note pack: `count` topics, each about 2 KB of markdown before its quiz and 10 questions.
import { mkdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';

const WORDS = (
  'container image layer volume network bridge overlay registry tag digest build cache stage mount bind ' +
  'daemon socket namespace cgroup port publish service replica node manager worker secret config health ' +
  'restart policy entrypoint command environment label filter prune inspect logs stats compose stack'
).split(' ');

/** A deterministic pseudo-random generator, so every run writes the same pack. */
function rng(seed) {
  let s = seed >>> 0;
  return () => {
    s = (s * 1664525 + 1013904223) >>> 0;
    return s / 2 ** 32;
  };
}

function sentence(rand, words = 14) {
  const out = [];
  for (let i = 0; i < words; i++) out.push(WORDS[Math.floor(rand() * WORDS.length)]);
  out[0] = out[0][0].toUpperCase() + out[0].slice(1);
  return `${out.join(' ')}.`;
}

function paragraph(rand, sentences = 4) {
  return Array.from({ length: sentences }, () => sentence(rand)).join(' ');
}

function question(rand, id, n) {
  switch (n % 4) {
    case 0:
      return `### Which ${WORDS[n]} setting applies in case ${n} of ${id}? {#q${n}}\n- [ ] the first\n- [x] the second\n- [ ] the third\n\n> ${sentence(rand)}\n`;
    case 1:
      return `### Select every option that is a ${WORDS[n]} in ${id}, part ${n}. {#q${n}}\n- [x] one\n- [x] two\n- [ ] three\n\n> ${sentence(rand)}\n`;
    case 2:
      return `### True or false: ${sentence(rand, 8).toLowerCase().slice(0, -1)} (${n}). {#q${n}}\n- [x] True\n- [ ] False\n\n> ${sentence(rand)}\n`;
    default:
      return `### Type the command that shows ${WORDS[n]} number ${n}. {#q${n}}\nAnswer: \`docker ${WORDS[n]} ls\`\nAlso: \`docker ${WORDS[n]} list\`\n\n> ${sentence(rand)}\n`;
  }
}

/** One note: front matter, an overview, three concepts (one named after the topic, one "copy on write"), a quiz. */
export function makeNote(i) {
  const rand = rng(i + 1);
  const id = `topic-${String(i).padStart(5, '0')}`;
  const concept = `Gadget ${i}`;
  const body = [
    '---',
    `id: ${id}`,
    `title: Synthetic topic ${i}`,
    `summary: ${sentence(rand, 10)}`,
    `aliases: [synthetic ${i}, pack topic ${i}]`,
    `order: ${i}`,
    '---',
    '',
    `# Synthetic topic ${i}`,
    '',
    paragraph(rand, 5),
    '',
    `## ${concept}`,
    `<!-- aliases: gizmo ${i}, widget ${i} -->`,
    paragraph(rand, 4),
    '',
    '```console',
    `$ docker run --rm alpine:3.20 echo ${i}`,
    '```',
    '',
    '### Copy on write',
    paragraph(rand, 3) + ' A writable layer is added with copy on write semantics.',
    '',
    '## Limits',
    paragraph(rand, 3),
    '',
    '## Quiz',
    '',
    ...Array.from({ length: 10 }, (_, n) => question(rand, id, n)),
  ];
  return { id, text: `${body.join('\n')}\n` };
}

/** Writes `count` notes into `dir` (created if needed). */
export function makePack(dir, count) {
  mkdirSync(dir, { recursive: true });
  for (let i = 0; i < count; i++) {
    const { id, text } = makeNote(i);
    writeFileSync(path.join(dir, `${id}.md`), text);
  }
}
