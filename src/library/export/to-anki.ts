import { rightAnswer, type ExportedQuestion } from './question-bank.js';

/**
 * A tab-separated file for Anki's text importer: a header that declares tab separation, HTML fields and the tags
 * column, then one note per line: front (question and choices), back (answer and explanation), tags.
 */
export function toAnki(questions: readonly ExportedQuestion[]): string {
  const header = ['#separator:tab', '#html:true', '#tags column:3'];
  const rows = questions.map((q) => [front(q), back(q), `dockerlearn::${q.topic}`].join('\t'));
  return `${[...header, ...rows].join('\n')}\n`;
}

function front(q: ExportedQuestion): string {
  const parts = [inline(q.prompt)];
  if (q.body) parts.push(block(q.body));
  if (q.kind === 'multiple') parts.push('<i>(select every right answer)</i>');
  if (q.kind === 'typed') parts.push('<i>(type the command)</i>');
  if (q.kind !== 'typed' && q.kind !== 'true-false') {
    parts.push(`<ul>${q.choices.map((c) => `<li>${inline(c.text)}</li>`).join('')}</ul>`);
  }
  return parts.join('<br>');
}

function back(q: ExportedQuestion): string {
  const answer =
    q.kind === 'typed'
      ? q.answers.map((a) => `<code>${escapeHtml(a)}</code>`).join(' or ')
      : inline(rightAnswer(q));
  return `<b>${answer}</b><br><br>${inline(q.explanation)}<br><br><i>Read more: <code>${escapeHtml(q.readMore)}</code></i>`;
}

// Anki fields are HTML on one line: escape markup, keep code spans as <code>; as in markdown, a single newline is a
// space and a blank line a paragraph break.
function inline(markdown: string): string {
  return escapeHtml(markdown)
    .replace(/`([^`]+)`/g, '<code>$1</code>')
    .replace(/\*\*([^*]+)\*\*/g, '<b>$1</b>')
    .replace(/\n\s*\n/g, '<br><br>')
    .replace(/\n/g, ' ');
}

function block(markdown: string): string {
  const code = /^```[^\n]*\n([\s\S]*?)\n?```$/.exec(markdown.trim());
  return code ? `<pre>${escapeHtml(code[1] ?? '').replace(/\n/g, '<br>')}</pre>` : inline(markdown);
}

function escapeHtml(text: string): string {
  return text
    .replace(/&/g, '&amp;')
    .replace(/</g, '&lt;')
    .replace(/>/g, '&gt;')
    .replace(/"/g, '&quot;')
    .replace(/\t/g, '    ');
}
