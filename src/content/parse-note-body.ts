import { ContentError, type ContentProblem } from '../errors.js';
import type { ConceptSection, NoteBody, Question } from './model.js';
import { parseConcepts, isAliasLine } from './parse-concepts.js';
import { parseQuiz } from './parse-quiz.js';
import { sanitizeText } from './sanitize-text.js';
import { scanHeadings, type Heading } from './scan-headings.js';
import { splitFrontMatter } from './split-front-matter.js';

// Apart from parse-note.ts, which adds the front matter: re-reading a cached note's body needs no YAML parser.

/** A NoteBody as parsed, before it is handed out frozen. */
export interface ParsedBody extends NoteBody {
  concepts: ConceptSection[];
  questions: Question[];
}

const QUIZ_HEADING = /^quiz$/i;
const NOT_A_CONCEPT = /^(quiz|further reading)$/i;

/** The body of a note (after its front matter): concepts, questions and readable text; problems are collected. */
export function parseNoteBody(
  lines: readonly string[],
  bodyStart: number,
  topic: string,
  file: string,
  problems: ContentProblem[],
): ParsedBody {
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
  const questions = parseQuiz(lines, quizHeadings, { topic, file, problems, concepts });

  const quizStart = quizIndex === -1 ? lines.length : headings[quizIndex]!.index;
  const quizStop = quizIndex === -1 || quizEnd === -1 ? lines.length : headings[quizEnd]!.index;
  const readable = [...lines.slice(bodyStart, quizStart), ...lines.slice(quizStop)].filter(
    (l) => !isAliasLine(l),
  );
  const firstConcept = conceptHeadings.find((h) => h.level === 2 || h.level === 3)?.index ?? quizStart;
  return {
    markdown: readable.join('\n').trim(),
    overview: lines.slice(bodyStart, Math.min(firstConcept, quizStart)).join('\n').trim(),
    concepts,
    questions,
  };
}

/** Parses the body of a note read again after its front matter was cached; throws a ContentError on any problem. */
export function parseCachedNoteBody(raw: string, topic: string, file: string): ParsedBody {
  const problems: ContentProblem[] = [];
  const lines = sanitizeText(raw).split('\n');
  const body = parseNoteBody(lines, splitFrontMatter(lines).bodyStart, topic, file, problems);
  if (problems.length > 0) throw new ContentError(problems);
  return body;
}
