/** Runs `task` when the page is idle (or soon, where idle callbacks are missing); returns a handle. */
export function runWhenIdle(task: () => void): number {
  return typeof requestIdleCallback === 'function'
    ? requestIdleCallback(task, { timeout: 2000 })
    : window.setTimeout(task, 200);
}

/** Cancels a task of `runWhenIdle` (0 is no task). */
export function cancelIdleTask(handle: number): void {
  if (!handle) return;
  if (typeof cancelIdleCallback === 'function') cancelIdleCallback(handle);
  else window.clearTimeout(handle);
}
