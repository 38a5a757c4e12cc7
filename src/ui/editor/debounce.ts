// A debounce with a ceiling: steady typing postpones the preview or the autosave, never indefinitely.
export interface Debounced {
  timer?: ReturnType<typeof setTimeout>;
  /** When the pending run was first asked for. */
  since?: number;
}

/** Runs `run` after `delay` ms of quiet, but never later than `maxWait` ms after the first request. */
export function debounce(state: Debounced, delay: number, maxWait: number, run: () => void): void {
  const now = Date.now();
  state.since ??= now;
  clearTimeout(state.timer);
  const wait = Math.max(0, Math.min(delay, state.since + maxWait - now));
  state.timer = setTimeout(() => {
    state.since = undefined;
    run();
  }, wait);
}
