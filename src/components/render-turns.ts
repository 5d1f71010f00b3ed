/**
 * Turns for renders. Once the page is parsed, the elements' renders share a
 * time budget per task: a page (or a script) that adds dozens of lists at
 * once, or a feed that arrives for a hundred lists, would otherwise render
 * them all in one task, the long task a reader feels as a frozen page. Past
 * the budget, the rest wait for the next task, in the order they asked. The
 * first slice is the script's own evaluation task, which has already spent
 * time on compiling and upgrading.
 */
const SLICE_MS = 40;

/** When the current task's slice began; undefined once that task is over, until a render opens the next slice. */
let sliceStart: number | undefined = performance.now();
/** Resolves in the next task; renders over budget wait on it. */
let nextSlice: Promise<void> | undefined;

/**
 * A task of `user-blocking` priority where there is one (Chromium, Firefox): it runs before the
 * browser's next frame, so the lists are not laid out once per slice before the last one renders
 * (a plain task made a hundred lists' cards show later: see BENCHMARKS.md). Input still goes first.
 * Elsewhere (Safari) a MessageChannel message, the fastest plain task. Exported for tests that
 * need to run between two turns.
 */
export const nextTask = (): Promise<void> =>
  (globalThis as {scheduler?: {postTask(cb: () => void, options: {priority: string}): Promise<void>}}).scheduler
    ?.postTask(() => {}, {priority: 'user-blocking'}) ??
  new Promise<void>((resolve) => {
    const c = new MessageChannel();
    c.port1.onmessage = () => {
      // A port left open keeps its channel alive (and Node's process, where the package is imported for SSR).
      c.port1.close();
      resolve();
    };
    c.port2.postMessage(0);
  });

// Without MessageChannel (old SSR runtimes) there are no tasks to share, and nothing renders anyway.
function closeSlice(): void {
  sliceStart = undefined;
}

function openNextSlice(): void {
  nextSlice = undefined;
}

if (typeof MessageChannel === 'function') void nextTask().then(closeSlice);

/** Undefined when a render may run now; otherwise a promise of the next task, to ask again then. */
export function renderTurn(): Promise<void> | undefined {
  const now = performance.now();
  if (sliceStart === undefined) {
    sliceStart = now;
    void nextTask().then(closeSlice);
  }
  if (!nextSlice && now - sliceStart < SLICE_MS) return undefined;
  nextSlice ??= nextTask().then(openNextSlice);
  return nextSlice;
}
