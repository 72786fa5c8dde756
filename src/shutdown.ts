/**
 * Work that must finish (or be stopped) before the process exits on SIGINT or SIGTERM: a save under way,
 * a pager that owns the terminal. main.ts runs it; the rest of the program only registers.
 */
type Task = () => Promise<unknown>;

const tasks = new Set<Task>();

/** Registers `task` to run if the process is stopped by a signal; returns a function that unregisters it. */
export function onShutdown(task: Task): () => void {
  tasks.add(task);
  return () => {
    tasks.delete(task);
  };
}

/** Runs every registered task and waits for them all, or for `timeoutMs`, whichever comes first. */
export async function runShutdownTasks(timeoutMs: number): Promise<void> {
  const all = Promise.allSettled([...tasks].map((task) => task()));
  let timer: NodeJS.Timeout | undefined;
  const timeout = new Promise<void>((resolve) => {
    timer = setTimeout(resolve, timeoutMs);
  });
  await Promise.race([all, timeout]);
  clearTimeout(timer);
}
