import { ContentError, type ContentProblem } from '../errors.js';
import type { Topic } from './model.js';
import { parseConcepts, isAliasLine } from './parse-concepts.js';
import { parseFrontMatter, splitFrontMatter } from './parse-front-matter.js';
import { parseQuiz } from './parse-quiz.js';
import { sanitizeText } from './sanitize-text.js';
import { scanHeadings, type Heading } from './scan-headings.js';

export interface NoteOrigin {
  /** path shown in messages */
  file: string;
  /** 'built-in' or the folder the note came from */
  source: string;
  /** id to use when the front matter gives none: the file name without `.md` */
  fallbackId: string;
}

const QUIZ_HEADING = /^quiz$/i;
const NOT_A_CONCEPT = /^(quiz|further reading)$/i;

/** Parses one note's text into a Topic, or throws a ContentError listing every problem with its line. */
export function parseNote(raw: string, origin: NoteOrigin): Topic {
  const { file } = origin;
  const problems: ContentProblem[] = [];
  const lines = sanitizeText(raw).split('\n');
  const { yaml, bodyStart } = splitFrontMatter(lines);
  if (yaml === null) {
    throw new ContentError([{ file, line: 1, message: 'note has no front matter (a `---` block with at least a title)' }]);
  }
  const meta = parseFrontMatter(yaml, file, problems);
  const id = meta?.id ?? origin.fallbackId;

  const headings = scanHeadings(lines).filter((h) => h.index >= bodyStart);
  const quizIndex = headings.findIndex((h) => h.level === 2 && QUIZ_HEADING.test(h.text));
  const quizEnd = quizIndex === -1 ? -1 : headings.findIndex((h, i) => i > quizIndex && h.level <= 2);
  const inQuiz = (i: number) => quizIndex !== -1 && i > quizIndex && (quizEnd === -1 || i < quizEnd);
  const quizHeadings = headings.filter((_, i) => inQuiz(i));
  const sectionEnd = (heading: Heading) =>
    headings.find((h) => h.index > heading.index && h.level <= heading.level)?.index ?? lines.length;

  let skipLevel = 0;
  const conceptHeadings = headings.filter((h, i) => {
    if (i === quizIndex || inQuiz(i)) return false;
    if (skipLevel && h.level > skipLevel) return false;
    skipLevel = NOT_A_CONCEPT.test(h.text) ? h.level : 0;
    return skipLevel === 0;
  });
  const concepts = parseConcepts(lines, conceptHeadings, sectionEnd);
  const questions = parseQuiz(lines, quizHeadings, { topic: id, file, problems });

  if (problems.length > 0 || !meta) throw new ContentError(problems);

  const quizStart = quizIndex === -1 ? lines.length : headings[quizIndex]!.index;
  const quizStop = quizIndex === -1 || quizEnd === -1 ? lines.length : headings[quizEnd]!.index;
  const readable = [...lines.slice(bodyStart, quizStart), ...lines.slice(quizStop)].filter((l) => !isAliasLine(l));
  const firstConcept = conceptHeadings.find((h) => h.level === 2 || h.level === 3)?.index ?? quizStart;
  return {
    id,
    title: meta.title,
    summary: meta.summary,
    aliases: meta.aliases,
    order: meta.order,
    related: meta.related,
    relatedLine: meta.relatedLine,
    concepts,
    questions,
    markdown: readable.join('\n').trim(),
    overview: lines.slice(bodyStart, Math.min(firstConcept, quizStart)).join('\n').trim(),
    file,
    source: origin.source,
  };
}
