import { ContentError, type ContentProblem } from '../errors.js';
import type { ParsedTopic } from './model.js';
import { parseFrontMatter } from './parse-front-matter.js';
import { parseNoteBody } from './parse-note-body.js';
import { sanitizeText } from './sanitize-text.js';
import { splitFrontMatter } from './split-front-matter.js';

export interface NoteOrigin {
  /** path shown in messages */
  file: string;
  /** 'built-in' or the folder the note came from */
  source: string;
  /** id to use when the front matter gives none: the file name without `.md` */
  fallbackId: string;
}

/** Parses one note's text into a Topic, or throws a ContentError listing every problem with its line. */
export function parseNote(raw: string, origin: NoteOrigin): ParsedTopic {
  const { file } = origin;
  const problems: ContentProblem[] = [];
  const lines = sanitizeText(raw).split('\n');
  const { yaml, bodyStart } = splitFrontMatter(lines);
  if (yaml === null) {
    throw new ContentError([
      { file, line: 1, message: 'note has no front matter (a `---` block with at least a title)' },
    ]);
  }
  const meta = parseFrontMatter(yaml, file, problems);
  const id = meta?.id ?? origin.fallbackId;
  const body = parseNoteBody(lines, bodyStart, id, file, problems);
  if (problems.length > 0 || !meta) throw new ContentError(problems);

  return {
    id,
    title: meta.title,
    summary: meta.summary,
    aliases: meta.aliases,
    order: meta.order,
    related: meta.related,
    relatedLine: meta.relatedLine,
    concepts: body.concepts,
    questionCount: body.questions.length,
    file,
    source: origin.source,
    markdown: body.markdown,
    overview: body.overview,
    questions: body.questions,
  };
}
