import type { ContentProblem } from '../errors.js';
import type { Library, Topic } from '../content/model.js';
import { slugify } from '../content/slug.js';
import type { Lab } from './model.js';

/** Whether `name` is a concept of `topic`: its heading text in any case, or its id. */
export function topicHasConcept(topic: Topic, name: string): boolean {
  const wanted = name.trim().toLowerCase();
  const slug = slugify(name);
  return topic.concepts.some((c) => c.title.toLowerCase() === wanted || c.id === wanted || c.id === slug);
}

/**
 * Labs as a learner gets them: a later folder's lab replaces a built-in one with the same id; every lab's topic and
 * concepts must exist in `library`. Problems name the file and line. Pure.
 */
export function checkLabs(
  labs: readonly Lab[],
  library: Library,
): { labs: Lab[]; problems: ContentProblem[] } {
  const problems: ContentProblem[] = [];
  const byId = new Map<string, Lab>();
  const seen = new Map<string, string>();
  for (const lab of labs) {
    const other = seen.get(`${lab.id}\0${folderOf(lab.file)}`);
    if (other)
      problems.push({ file: lab.file, line: 1, message: `lab id "${lab.id}" is also used by ${other}` });
    seen.set(`${lab.id}\0${folderOf(lab.file)}`, lab.file);
    const topic = library.topics.find((t) => t.id === lab.topic);
    if (!topic) {
      problems.push({ file: lab.file, line: 1, message: `topic "${lab.topic}" is not a loaded note` });
      continue;
    }
    for (const concept of lab.concepts)
      if (!topicHasConcept(topic, concept))
        problems.push({
          file: lab.file,
          line: 1,
          message: `concept "${concept}" is not a heading of ${topic.id}`,
        });
    for (const check of lab.checks)
      for (const concept of [check.concept, ...Object.values(check.concepts)])
        if (concept !== undefined && !topicHasConcept(topic, concept))
          problems.push({
            file: lab.file,
            line: check.line,
            message: `concept "${concept}" is not a heading of ${topic.id}`,
          });
    byId.set(lab.id, lab);
  }
  const sorted = [...byId.values()].sort(
    (a, b) => orderOf(library, a) - orderOf(library, b) || a.order - b.order || a.id.localeCompare(b.id),
  );
  return { labs: sorted, problems };
}

function folderOf(file: string): string {
  return file.replace(/[\\/][^\\/]*$/, '');
}

function orderOf(library: Library, lab: Lab): number {
  const index = library.topics.findIndex((t) => t.id === lab.topic);
  return index === -1 ? Number.MAX_SAFE_INTEGER : index;
}
