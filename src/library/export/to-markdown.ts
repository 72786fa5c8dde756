import type { Topic } from '../../content/model.js';
import { rightAnswer, type ExportedQuestion } from './question-bank.js';

/** A printable study sheet: per topic, each question with its choices, the answer and the explanation. */
export function toMarkdown(topics: readonly Topic[], questions: readonly ExportedQuestion[]): string {
  const out = ['# dockerlearn study sheet', ''];
  for (const topic of topics) {
    const own = questions.filter((q) => q.topic === topic.id);
    if (own.length === 0) continue;
    out.push(`## ${topic.title}`, '');
    own.forEach((q, i) => {
      out.push(`**${i + 1}. ${q.prompt}**`, '');
      if (q.body) out.push(q.body, '');
      if (q.kind !== 'typed') {
        for (const choice of q.choices) out.push(`- ${choice.correct ? '✔' : '○'} ${choice.text}`);
        out.push('');
      }
      const answer = q.kind === 'typed' ? q.answers.map((a) => `\`${a}\``).join(' or ') : rightAnswer(q);
      out.push(`Answer: ${answer}`, '');
      out.push(...q.explanation.split('\n').map((line) => `> ${line}`), '');
      out.push(`Read more: \`${q.readMore}\``, '');
    });
  }
  return `${out.join('\n').trimEnd()}\n`;
}
