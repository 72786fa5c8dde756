import type { Question, Topic } from '../content/model.js';
import { dockerlearnCommand } from '../shell-command.js';
import { correctAnswerText } from './check-answer.js';

/**
 * The command that teaches what `question` asks: `dockerlearn lookup <title>` for the topic's concept that
 * the question names most strongly, else `dockerlearn show <topic>`. A name counts double when it appears
 * in the question or its right answer rather than only in the explanation; multi-word names and flags
 * (`-p`) count for more than single words; names shorter than 4 letters (other than flags) are ignored.
 */
export function readMoreCommand(topic: Topic, question: Question): string {
  const primary = `${question.prompt} ${question.body} ${correctAnswerText(question)}`;
  const texts = { primary: ` ${words(primary)} `, explanation: ` ${words(question.explanation)} ` };
  const flags = { primary: flagTokens(primary), explanation: flagTokens(question.explanation) };
  let best: { name: string; score: number } | undefined;
  for (const concept of topic.concepts) {
    const names = [concept.title, ...concept.aliases];
    const score = names.reduce((sum, name) => sum + nameWeight(name, texts, flags), 0);
    if (score > 0 && (!best || score > best.score)) best = { name: concept.title, score };
  }
  if (!best) return `dockerlearn show ${topic.id}`;
  return dockerlearnCommand('lookup', best.name);
}

function nameWeight(
  name: string,
  texts: { primary: string; explanation: string },
  flags: { primary: Set<string>; explanation: Set<string> },
): number {
  if (/^--?[a-z]/i.test(name)) {
    if (flags.primary.has(name)) return 6;
    return flags.explanation.has(name) ? 3 : 0;
  }
  const key = words(name);
  if (key.length < 4) return 0;
  const size = key.split(' ').length;
  if (texts.primary.includes(` ${key} `)) return 2 * size;
  return texts.explanation.includes(` ${key} `) ? size : 0;
}

// command-line flags in the text, such as -p or --network
function flagTokens(text: string): Set<string> {
  return new Set(text.match(/(?<![\w-])--?[a-z][\w-]*/gi) ?? []);
}

// lower-case words without punctuation and without a plural `s`, joined by single spaces
function words(text: string): string {
  return text
    .toLowerCase()
    .split(/[^a-z0-9]+/)
    .filter(Boolean)
    .map((word) => (word.length > 3 && word.endsWith('s') && !word.endsWith('ss') ? word.slice(0, -1) : word))
    .join(' ');
}
