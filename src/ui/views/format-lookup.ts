import type { LookupData, MatchData } from '../../library/lookup-data.js';
import type { Topic } from '../../content/model.js';
import { wrapText } from '../layout.js';
import type { Styles } from './styles.js';

/**
 * What `lookup` prints for a match: where it lives, other names that matched as well, the section rendered, then
 * related concepts and the command that reads the whole topic. For a topic: its overview and its concepts.
 * `rendered` is the match's markdown, already rendered for the terminal; `styles` colours it (chalk) or not (noStyle).
 */
export function formatLookup(
  data: Omit<LookupData, 'markdown'>,
  topic: Topic,
  rendered: string,
  { styles: c, width }: { styles: Styles; width: number },
): string {
  const wrap = (text: string) => wrapText(text, width, { hanging: '  ' });
  const match = data.match;
  if (!match) return '';
  const head =
    match.kind === 'topic' ? `${topic.id} ${c.dim('(topic)')}` : data.path.map(unquoted).join(' › ');
  const lines = [c.bold(c.cyan(wrap(head)))];
  if (data.alternatives.length > 0)
    lines.push(c.dim(wrap(`also: ${data.alternatives.map(place).join(', ')}`)));
  lines.push('', rendered.trimEnd(), '');
  if (match.kind === 'topic') {
    lines.push(c.bold(`Concepts (${topic.concepts.length}):`));
    for (const concept of topic.concepts)
      lines.push(wrapText(unquoted(concept.title), width, { indent: concept.level === 3 ? '    ' : '  ' }));
    if (topic.related.length > 0) lines.push('', wrap(`Related topics: ${topic.related.join(', ')}`));
    lines.push(
      '',
      wrap(`Read the whole topic: ${c.cyan(`dockerlearn show ${topic.id}`)}`),
      wrap(`Look up a concept:    ${c.cyan('dockerlearn lookup <name>')}`),
    );
  } else {
    if (data.related.length > 0) {
      lines.push(wrap(`Related: ${data.related.map((r) => `${r.topic} › ${unquoted(r.title)}`).join(', ')}`));
    }
    lines.push(wrap(`Read the whole topic: ${c.cyan(`dockerlearn show ${match.topic}`)}`));
  }
  return `${lines.join('\n')}\n`;
}

function place(m: MatchData): string {
  return m.kind === 'topic' ? `${m.topic} (topic)` : `${m.topic} › ${unquoted(m.title)}`;
}

// a heading's backticks are markdown, which these lines do not render: `latest` is just a tag → latest is just a tag
function unquoted(title: string): string {
  return title.replace(/`/g, '');
}
