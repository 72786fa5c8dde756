import type { Concept, Library, Question, Topic } from '../content/model.js';
import { findConcept } from '../library/find-concept.js';
import { keptNameVisitor } from '../library/name-index.js';
import { dockerlearnCommand } from '../shell-command.js';
import { correctAnswerText } from './check-answer.js';

/**
 * The concept of `topic` that `question` tests: the one its `Concept:` line names, else a guess: the concept the
 * question names most strongly. A name counts double when it appears in the question or its right answer rather
 * than only in the explanation; multi-word names and flags (`-p`) count for more than single words; names shorter
 * than 4 letters (other than flags) are ignored. Undefined when the topic names none of its concepts.
 */
export function questionConcept(topic: Topic, question: Question): Concept | undefined {
  if (question.concept !== undefined) {
    const linked = topic.concepts.find((c) => c.id === question.concept);
    if (linked) return linked;
  }
  return guessConcept(topic, question);
}

/**
 * The command that teaches what `question` asks: `dockerlearn lookup <name>` of its concept, else
 * `dockerlearn show <topic>`. Given the library, the name is the concept's title or, when `lookup` would find
 * something else by the title (a topic of that name, or a heading two notes share), the first of its aliases that
 * finds it.
 */
export function readMoreCommand(topic: Topic, question: Question, library?: Library): string {
  const concept = questionConcept(topic, question);
  if (!concept) return `dockerlearn show ${topic.id}`;
  const name = library ? findableName(library, topic, concept) : concept.title;
  return dockerlearnCommand('lookup', name.replace(/`/g, ''));
}

// Worked out once per concept: the questions of a quiz, or of an export, share their concepts.
const findable = new WeakMap<Library, Map<string, string>>();

function findableName(library: Library, topic: Topic, concept: Concept): string {
  let known = findable.get(library);
  if (!known) findable.set(library, (known = new Map<string, string>()));
  const key = `${topic.id}#${concept.id}`;
  let name = known.get(key);
  if (name === undefined) known.set(key, (name = firstFindableName(library, topic, concept)));
  return name;
}

function firstFindableName(library: Library, topic: Topic, concept: Concept): string {
  for (const name of [concept.title, ...concept.aliases]) {
    if (name.startsWith('-')) continue; // a command-line flag would be read as an option of `lookup`
    const { match } = findConcept(library, name, keptNameVisitor(library));
    if (match?.topic.id === topic.id && match.concept?.id === concept.id) return name;
  }
  return concept.title;
}

function guessConcept(topic: Topic, question: Question): Concept | undefined {
  const primary = `${question.prompt} ${question.body} ${correctAnswerText(question)}`;
  const texts = { primary: ` ${words(primary)} `, explanation: ` ${words(question.explanation)} ` };
  const flags = { primary: flagTokens(primary), explanation: flagTokens(question.explanation) };
  let best: { concept: Concept; score: number } | undefined;
  for (const concept of topic.concepts) {
    const names = [concept.title, ...concept.aliases];
    const score = names.reduce((sum, name) => sum + nameWeight(name, texts, flags), 0);
    if (score > 0 && (!best || score > best.score)) best = { concept, score };
  }
  return best?.concept;
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
