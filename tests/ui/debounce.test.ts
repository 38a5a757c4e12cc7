import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { debounce, type Debounced } from '../../src/ui/editor/debounce';

describe('debounce with a ceiling', () => {
  beforeEach(() => vi.useFakeTimers());
  afterEach(() => vi.useRealTimers());

  it('runs after a quiet spell', () => {
    const state: Debounced = {};
    const run = vi.fn();
    debounce(state, 150, 600, run);
    vi.advanceTimersByTime(149);
    expect(run).not.toHaveBeenCalled();
    vi.advanceTimersByTime(1);
    expect(run).toHaveBeenCalledTimes(1);
  });

  it('steady requests every 100 ms still run it by the ceiling, then start afresh', () => {
    const state: Debounced = {};
    const run = vi.fn();
    for (let t = 0; t < 600; t += 100) {
      debounce(state, 150, 600, run);
      vi.advanceTimersByTime(100);
    }
    expect(run).toHaveBeenCalledTimes(1);
    expect(state.since).toBeUndefined();
    debounce(state, 150, 600, run);
    vi.advanceTimersByTime(150);
    expect(run).toHaveBeenCalledTimes(2);
  });
});
