// Which story step the reader is on. The scroll engine and the stepper write it; the sticky
// graphic reads it. Shared by every island on the page (they import this one module).

class StoryState {
  /** The active step, 0-based. */
  index = $state(0);
  count = $state(0);
  /** Whether the story's scrolling section is on screen (the stepper shows only then). */
  inView = $state(false);
  /** Set by story/start.ts once the scroll engine runs: move to a step (scrolls the text there). */
  go: (index: number) => void = (index) => {
    this.index = Math.max(0, Math.min(this.count - 1, index));
  };
}

export const story = new StoryState();
