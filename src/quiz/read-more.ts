import type { Question, Topic } from '../content/model.js';

/**
 * The command that teaches what `question` asks: `dockerlearn lookup <concept>` for the topic's concept
 * whose heading or alias the question or its explanation mentions (the longest such name), else `show <topic>`.
 */
export function readMoreCommand(topic: Topic, question: Question): string {
  const text = ` ${words(`${question.prompt} ${question.explanation}`)} `;
  let best: string | undefined;
  for (const concept of topic.concepts) {
    for (const name of [concept.title, ...concept.aliases]) {
      const key = words(name);
      if (key.length < 4 || !text.includes(` ${key} `)) continue;
      if (!best || key.length > words(best).length) best = name;
    }
  }
  if (!best) return `dockerlearn show ${topic.id}`;
  return `dockerlearn lookup ${/\s/.test(best) ? `"${best}"` : best}`;
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
