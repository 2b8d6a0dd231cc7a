// Work that may wait until the browser is idle: what a slider input changes off screen (the
// other tab, the diagram below, the address bar). A slider input paints the chart in view
// first; this catches the rest up in the spare time after that frame, or soon after.

/** At most this long in the queue before waiting work runs anyway (a drag leaves little idle time). */
export const IDLE_TIMEOUT_MS = 150;

/**
 * One piece of work, run once when the browser is idle after the next frame, however often it
 * is asked for in between (the latest state wins: `run` reads it when it runs). With `quiet`,
 * only once nothing has asked for that many milliseconds (a burst of slider steps, one run).
 * `flush` runs it now if it is waiting; `cancel` drops it. Without requestAnimationFrame or
 * requestIdleCallback (a page in the background, Safari), timers stand in.
 */
export interface IdleTask {
  schedule(): void;
  flush(): void;
  cancel(): void;
}

export function idleTask(run: () => void, { quiet = 0, timeout = IDLE_TIMEOUT_MS } = {}): IdleTask {
  let waiting = false;
  let timer: ReturnType<typeof setTimeout> | undefined;
  let frame = 0;
  let idle = 0;
  const clear = () => {
    clearTimeout(timer);
    if (frame) cancelAnimationFrame(frame);
    if (idle) cancelIdleCallback(idle);
    timer = undefined;
    frame = idle = 0;
  };
  const fire = () => {
    clear();
    waiting = false;
    run();
  };
  const whenIdle = () => {
    if (typeof requestIdleCallback === 'function') idle = requestIdleCallback(fire, { timeout });
    else timer = setTimeout(fire, 0);
  };
  // After the next frame (so never before the paint an input asked for), then when idle. A
  // hidden page draws no frames: the timer then goes on alone.
  const afterFrame = () => {
    if (typeof requestAnimationFrame !== 'function') return whenIdle();
    frame = requestAnimationFrame(() => {
      frame = 0;
      clearTimeout(timer);
      whenIdle();
    });
    timer = setTimeout(() => {
      if (frame) cancelAnimationFrame(frame);
      frame = 0;
      whenIdle();
    }, timeout);
  };
  return {
    schedule() {
      if (quiet) {
        clear();
        waiting = true;
        timer = setTimeout(afterFrame, quiet);
        return;
      }
      if (waiting) return;
      waiting = true;
      afterFrame();
    },
    flush() {
      if (waiting) fire();
    },
    cancel() {
      clear();
      waiting = false;
    },
  };
}
