import { describe, expect, it } from 'vitest';
import {
  HEIGHT_MESSAGE,
  READY_MESSAGE,
  documentHeight,
  pymMessage,
  startResizeChild,
  type ChildWindow,
  type Measurable,
  type ResizeObserverConstructor,
} from '../../src/embed/resize-child.ts';

/** A page root whose content height a test sets; the iframe (viewport) is `viewport` tall. */
class FakeRoot implements Measurable {
  content = 300;
  viewport = 150;
  get scrollHeight() {
    return Math.max(this.content, this.viewport);
  }
  get clientHeight() {
    return this.viewport;
  }
  getBoundingClientRect() {
    return { height: this.content };
  }
}

type Listener = (event: { source: unknown; data: unknown }) => void;

class FakeWindow implements ChildWindow {
  readonly root = new FakeRoot();
  readonly document = { documentElement: this.root, body: {} };
  readonly posted: { message: unknown; origin: string }[] = [];
  readonly parent = {
    postMessage: (message: unknown, origin: string) => this.posted.push({ message, origin }),
  };
  location = { search: '' };
  listeners = new Set<Listener>();
  timers = new Map<number, () => void>();
  intervalMs = 0;
  addEventListener(_type: 'message', listener: Listener) {
    this.listeners.add(listener);
  }
  removeEventListener(_type: 'message', listener: Listener) {
    this.listeners.delete(listener);
  }
  setInterval(handler: () => void, ms: number) {
    this.intervalMs = ms;
    this.timers.set(1, handler);
    return 1;
  }
  clearInterval(handle: number) {
    this.timers.delete(handle);
  }
  tick() {
    for (const t of this.timers.values()) t();
  }
  receive(data: unknown, source: unknown = this.parent) {
    for (const l of this.listeners) l({ source, data });
  }
  /** Heights sent, one per message format. */
  heights() {
    return this.posted.map(({ message }) =>
      typeof message === 'string' ? message : (message as { height: number }).height,
    );
  }
}

class FakeObserver {
  static last: FakeObserver | null = null;
  targets: unknown[] = [];
  disconnected = false;
  constructor(readonly callback: () => void) {
    FakeObserver.last = this;
  }
  observe(target: unknown) {
    this.targets.push(target);
  }
  disconnect() {
    this.disconnected = true;
  }
}
const Observer = FakeObserver as unknown as ResizeObserverConstructor;

function start(win: FakeWindow, options: Parameters<typeof startResizeChild>[0] = {}) {
  return startResizeChild({ window: win, ResizeObserver: Observer, ...options });
}

describe('measuring the page', () => {
  it('uses the content height, so an iframe taller than its content can shrink', () => {
    const root = new FakeRoot();
    root.content = 300.2;
    root.viewport = 800;
    expect(documentHeight(root)).toBe(301);
  });

  it('uses scrollHeight when something overflows the root', () => {
    const root = {
      scrollHeight: 950,
      clientHeight: 600,
      getBoundingClientRect: () => ({ height: 600 }),
    };
    expect(documentHeight(root)).toBe(950);
  });
});

describe('a page as tall as its frame (embeds: src/share/fit.ts)', () => {
  it('reports what its content needs, not the document, and watches the content too', () => {
    const win = new FakeWindow();
    win.root.content = 850; // the frame's height: the embed fills it
    let needed = 612.3;
    const content = { id: 'content' };
    start(win, { measure: () => needed, observe: [content] });
    expect(win.heights()).toEqual([613, 613]);
    expect(FakeObserver.last!.targets).toContain(content);
    needed = 1200; // a reader opened the data table
    FakeObserver.last!.callback();
    expect(win.heights().slice(2)).toEqual([1200, 1200]);
  });

  it('sends nothing while there is nothing to measure', () => {
    const win = new FakeWindow();
    start(win, { measure: () => 0 });
    expect(win.posted).toEqual([]);
  });
});

describe('the child sends its height', () => {
  it('at once, in the pym.js, AMP and Backfill formats, to any origin', () => {
    const win = new FakeWindow();
    win.location.search = '?v=1&id=chart-1&childId=pym-box';
    start(win);
    expect(win.posted).toEqual([
      { message: 'pymxPYMxpym-boxxPYMxheightxPYMx300', origin: '*' },
      { message: { sentinel: 'amp', type: 'embed-size', height: 300 }, origin: '*' },
      {
        message: { type: HEIGHT_MESSAGE, id: 'chart-1', height: 300, version: 1 },
        origin: '*',
      },
    ]);
  });

  it('uses the pym childId as its id when it has no id of its own, and vice versa', () => {
    const win = new FakeWindow();
    win.location.search = '?childId=pym-box';
    start(win);
    expect(win.posted[2]!.message).toMatchObject({ id: 'pym-box' });
    const win2 = new FakeWindow();
    win2.location.search = '?id=ours';
    start(win2);
    expect(win2.posted[0]!.message).toBe(pymMessage('ours', 'height', '300'));
  });

  it('leaves out the pym message when there is no id at all, and ignores unsafe ids', () => {
    const win = new FakeWindow();
    win.location.search = '?childId=%3Cimg%3E';
    start(win);
    expect(win.posted.map((p) => p.message)).toEqual([
      { sentinel: 'amp', type: 'embed-size', height: 300 },
      { type: HEIGHT_MESSAGE, id: null, height: 300, version: 1 },
    ]);
  });

  it('again when the ResizeObserver sees a change, and not when the height is the same', () => {
    const win = new FakeWindow();
    start(win, { id: 'a', childId: 'a' });
    const observer = FakeObserver.last!;
    expect(observer.targets).toEqual([win.root, win.document.body]);
    win.posted.length = 0;
    observer.callback();
    expect(win.posted).toEqual([]);
    win.root.content = 420;
    observer.callback();
    expect(win.heights()).toEqual(['pymxPYMxaxPYMxheightxPYMx420', 420, 420]);
    win.root.content = 120;
    observer.callback();
    expect(win.heights().slice(3)).toEqual(['pymxPYMxaxPYMxheightxPYMx120', 120, 120]);
  });

  it('from a once-a-second poll, which catches what no observer reports', () => {
    const win = new FakeWindow();
    start(win, { ResizeObserver: null, id: null, childId: null });
    expect(win.intervalMs).toBe(1000);
    win.posted.length = 0;
    win.tick();
    expect(win.posted).toEqual([]);
    win.root.content = 555;
    win.tick();
    expect(win.heights()).toEqual([555, 555]);
  });

  it('when the host asks: our ready ping or pym.js width, even if unchanged', () => {
    const win = new FakeWindow();
    start(win, { id: 'box', childId: 'box' });
    win.posted.length = 0;
    win.receive({ type: READY_MESSAGE, id: 'box' });
    expect(win.posted).toHaveLength(3);
    win.receive({ type: READY_MESSAGE });
    expect(win.posted).toHaveLength(6);
    win.receive(pymMessage('box', 'width', '640'));
    expect(win.posted).toHaveLength(9);
  });

  it('ignores messages that are malformed, for another embed, or not from its parent', () => {
    const win = new FakeWindow();
    start(win, { id: 'box', childId: 'box' });
    win.posted.length = 0;
    const ignored: unknown[] = [
      null,
      undefined,
      42,
      'backfill:ready?',
      [READY_MESSAGE],
      { type: 'backfill:ready' },
      { type: READY_MESSAGE, id: 'other' },
      { type: READY_MESSAGE, id: '<img src=x>' },
      { type: READY_MESSAGE, id: 7 },
      { kind: READY_MESSAGE },
      pymMessage('other', 'width', '640'),
      pymMessage('box', 'width', 'javascript:alert(1)'),
      pymMessage('box', 'navigateTo', 'https://example.com'),
      pymMessage('box', 'width', '6'.repeat(500)),
      `x${pymMessage('box', 'width', '640')}`,
    ];
    for (const data of ignored) win.receive(data);
    expect(win.posted).toEqual([]);
    // A well-formed ping from a sibling frame is ignored too.
    win.receive({ type: READY_MESSAGE, id: 'box' }, { postMessage() {} });
    expect(win.posted).toEqual([]);
  });

  it('stops: no observer, no poll, no listener', () => {
    const win = new FakeWindow();
    const stop = start(win);
    const observer = FakeObserver.last!;
    stop();
    stop();
    expect(observer.disconnected).toBe(true);
    expect(win.timers.size).toBe(0);
    expect(win.listeners.size).toBe(0);
  });

  it('does nothing on a page that is not in a frame', () => {
    const win = new FakeWindow();
    (win as { parent: unknown }).parent = win;
    const stop = start(win);
    expect(win.listeners.size).toBe(0);
    expect(win.timers.size).toBe(0);
    stop();
  });
});
