import { palette } from '../color.js';
import { renderInline } from '../inline-markdown.js';
import { wrapText } from '../layout.js';
import { layoutText } from './text.js';

/** One option of a select-all question, as the learner left it. */
export interface OptionMark {
  text: string;
  ticked: boolean;
  correct: boolean;
}

export interface Feedback {
  correct: boolean;
  /** the right answer, shown when the learner was wrong */
  rightAnswer: string;
  explanation: string;
  /** a command that teaches the point, e.g. `dockerlearn show networking` */
  readMore: string;
  /** select-all questions: every option, so the learner sees which ticks were wrong and which were missed */
  marks?: readonly OptionMark[] | undefined;
  /** true when the learner chose "I don't know" */
  skipped?: boolean | undefined;
  /** what is off in a wrong typed answer, e.g. "right command, but `-d` is missing" */
  hint?: string | undefined;
}

/**
 * What the learner sees after answering: right or wrong, the right answer (for select-all, each option marked
 * ticked-and-right, ticked-but-wrong or missed), why, and where to read more; all wrapped to `width`.
 */
export function formatFeedback(feedback: Feedback, color: boolean, width: number): string {
  const c = palette(color);
  const md = (text: string) => renderInline(text, color);
  const lines: string[] = [];
  if (feedback.correct) lines.push(c.green.bold('Right.'));
  else if (feedback.marks) lines.push(c.red.bold(feedback.skipped ? 'Not answered.' : 'Wrong.'));
  else {
    const verdict = c.red.bold(feedback.skipped ? 'Not answered.' : 'Wrong.');
    lines.push(
      wrapText(`${verdict} The answer: ${c.bold(md(feedback.rightAnswer))}`, width, { hanging: '  ' }),
    );
  }
  if (feedback.hint && !feedback.correct)
    lines.push(wrapText(md(feedback.hint), width, { indent: '  ', hanging: '    ' }));
  if (feedback.marks && !feedback.correct) {
    for (const mark of feedback.marks) {
      const [sign, label] = markOf(mark);
      const paint = mark.ticked === mark.correct ? c.green : c.red;
      lines.push(
        wrapText(`${paint(sign)} ${md(mark.text)} ${c.dim(`(${label})`)}`, width, {
          indent: '  ',
          hanging: '    ',
        }),
      );
    }
  }
  lines.push(layoutText(feedback.explanation, width, '  ', md));
  lines.push(wrapText(`Read more: ${c.cyan(feedback.readMore)}`, width, { indent: '  ', hanging: '    ' }));
  return `${lines.join('\n')}\n\n`;
}

function markOf({ ticked, correct }: OptionMark): [string, string] {
  if (ticked && correct) return ['✓', 'ticked, right'];
  if (ticked) return ['✗', 'ticked, but wrong'];
  if (correct) return ['✗', 'missed: this one is right too'];
  return ['✓', 'left out, right'];
}
