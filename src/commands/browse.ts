import { shouldColor } from '../ui/should-color.js';
import { outputWidth } from '../ui/output-width.js';
import type { Library, Topic } from '../content/model.js';
import { getPrompter, type Context } from '../context.js';
import { NotFoundError } from '../errors.js';
import { filterTopics } from '../library/filter-topics.js';
import { loadProgress } from '../progress/store.js';
import type { PromptChoice, Prompter } from '../ui/prompter.js';
import { formatBrowseIntro, formatQuizChoice, formatTopicChoices } from '../ui/views/format-browse.js';
import { loadNotes, type GlobalOptions } from './load-library.js';
import { loadProgressWithWarning, progressFileOrWarn } from './progress-saver.js';
import { DEFAULT_COUNT, quizTopics } from './quiz.js';
import { showTopic } from './show.js';

type Pick = { topic: Topic } | 'quit';
type Next = 'quiz' | 'back' | 'quit';

/**
 * Bare `dockerlearn` on a terminal: a menu of topics (type to filter); the picked one is shown as `show` shows it,
 * then the learner can take a quiz on it, go back to the topics, or quit. Ctrl-C at a prompt ends it (exit 130).
 */
export async function runBrowse(opts: GlobalOptions, ctx: Context): Promise<void> {
  const library = await loadNotes(ctx, opts);
  if (library.topics.length === 0) {
    throw new NotFoundError('no topics to browse', { hint: 'run dockerlearn validate to check the notes' });
  }
  const prompter = await getPrompter(ctx, shouldColor(ctx.stdout, ctx.env, opts.color));
  const file = (await progressFileOrWarn(ctx)) ?? null;
  // warn about an unusable progress file once, not at every return to the menu
  let read = topicsRead(await loadProgressWithWarning(ctx, file));
  let last: Topic | undefined;
  ctx.stdout.write(formatBrowseIntro(outputWidth(ctx.stdout, ctx.env)));
  for (;;) {
    const picked = await pickTopic(prompter, library, { read, last }, ctx);
    if (picked === 'quit') return;
    const { topic } = picked;
    last = topic;
    await showTopic(library, topic, opts, ctx);
    if (file !== null) read = topicsRead(loadProgress(file).progress);
    const next = await prompter.select<Next>({
      message: 'What next?',
      choices: [
        ...(topic.questionCount > 0
          ? [{ name: formatQuizChoice(topic, DEFAULT_COUNT), value: 'quiz' as const }]
          : []),
        { name: 'Back to topics', value: 'back' },
        { name: 'Quit', value: 'quit' },
      ],
    });
    if (next === 'quit') return;
    if (next === 'quiz') {
      await quizTopics(library, [topic], opts, ctx);
      ctx.stdout.write('\n');
    }
  }
}

// Back at the menu, the topic just read is highlighted, so the learner can step on to its neighbours.
function pickTopic(
  prompter: Prompter,
  library: Library,
  state: { read: ReadonlySet<string>; last: Topic | undefined },
  ctx: Context,
): Promise<Pick> {
  const width = outputWidth(ctx.stdout, ctx.env);
  const labels = formatTopicChoices(library.topics, state.read, width);
  // one value object per topic, so that the highlighted default compares equal
  const choices = new Map(
    library.topics.map((topic) => [
      topic.id,
      { name: labels.get(topic.id) ?? topic.title, value: { topic }, description: topic.summary },
    ]),
  );
  const quit: PromptChoice<Pick> = { name: 'Quit', value: 'quit', description: 'leave dockerlearn' };
  const last = state.last && choices.get(state.last.id);
  return prompter.search<Pick>({
    message: 'Pick a topic (type to filter)',
    source: (term) => {
      // Tab puts the highlighted line into the filter: let that line still find its topic
      const line = [...choices.values()].filter((c) => c.name === term.trim());
      const topics = filterTopics(library, term).flatMap((t) => choices.get(t.id) ?? []);
      return [...(line.length > 0 ? line : topics), quit];
    },
    ...(last ? { default: last.value } : {}),
  });
}

function topicsRead(progress: { topicsRead: Record<string, string> }): Set<string> {
  return new Set(Object.keys(progress.topicsRead));
}
