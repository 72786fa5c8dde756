import { palette } from '../color.js';
import { layoutText } from './text.js';

export interface Feedback {
  correct: boolean;
  /** the right answer, shown when the learner was wrong */
  rightAnswer: string;
  explanation: string;
  /** a command that teaches the point, e.g. `dockerlearn show networking` */
  readMore: string;
  /** what is off in a wrong typed answer, e.g. "right command, but `-d` is missing" */
  hint?: string | undefined;
}

/** What the learner sees after answering: right or wrong, the right answer, why, and where to read more. */
export function formatFeedback(feedback: Feedback, color: boolean, width?: number): string {
  const c = palette(color);
  const verdict = feedback.correct
    ? c.green.bold('Right.')
    : `${c.red.bold('Wrong.')} The answer: ${c.bold(feedback.rightAnswer)}`;
  const explanation = layoutText(feedback.explanation, width, '  ');
  const hint = !feedback.correct && feedback.hint ? `${layoutText(feedback.hint, width, '  ')}\n` : '';
  return `${verdict}\n${hint}${c.dim(explanation)}\n  Read more: ${c.cyan(feedback.readMore)}\n\n`;
}
