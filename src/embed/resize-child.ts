// The child side of auto-height: an embedded page tells the page around it how tall it is, so
// the host can size the iframe to fit and no inner scroll bar appears.
//
// One height, three dialects, because hosts speak different ones:
//   pymxPYMx<childId>xPYMxheightxPYMx<height>       pym.js (NPR), the newsroom standard
//   { sentinel: 'amp', type: 'embed-size', height }  AMP's <amp-iframe resizable>
//   { type: 'backfill:height', id, height, version } our own host script (public/embed.js)
// Messages go to the parent with targetOrigin '*': the child cannot know who embeds it, and a
// height is no secret. Messages coming in are only ever triggers to send the height again:
// nothing in them is shown, stored or followed.
import { groupByKey, queryPairs } from '../lib/query.ts';
import { EMBED_ID, LINK_OPTIONS } from '../links/options.ts';

export const HEIGHT_MESSAGE = 'backfill:height';
export const READY_MESSAGE = 'backfill:ready?';
export const PROTOCOL_VERSION = 1;
/** The slow fallback for changes a ResizeObserver misses (or browsers without one). */
export const POLL_MS = 1000;

const PYM = 'xPYMx';
const LONGEST_PYM_MESSAGE = 200;

/** What is measured: the page's root element. */
export interface Measurable {
  readonly scrollHeight: number;
  readonly clientHeight: number;
  getBoundingClientRect(): { readonly height: number };
}

interface IncomingMessage {
  readonly source: unknown;
  readonly data: unknown;
}
type MessageListener = (event: IncomingMessage) => void;

/** The parts of `window` this uses, so tests can pass a fake. */
export interface ChildWindow {
  readonly document: { readonly documentElement: Measurable; readonly body: unknown };
  readonly parent: { postMessage(message: unknown, targetOrigin: string): void };
  readonly location: { readonly search: string };
  addEventListener(type: 'message', listener: MessageListener): void;
  removeEventListener(type: 'message', listener: MessageListener): void;
  setInterval(handler: () => void, ms: number): number;
  clearInterval(handle: number): void;
}

export interface ResizeObserverLike {
  observe(target: never): void;
  disconnect(): void;
}
export type ResizeObserverConstructor = new (callback: () => void) => ResizeObserverLike;

export interface ResizeChildOptions {
  /** Our id for this embed (sent in the JSON message). Default: the page URL's `id`, else `childId`. */
  id?: string | null;
  /** pym.js's id for this embed. Default: the page URL's `childId` (pym's Parent adds it), else `id`. */
  childId?: string | null;
  /** Default: the real window. */
  window?: ChildWindow;
  /** Default: the browser's ResizeObserver; null to rely on polling alone. */
  ResizeObserver?: ResizeObserverConstructor | null;
  pollMs?: number;
  /**
   * The height to report, in CSS pixels. Default: the document's (documentHeight). A page that
   * is as tall as its frame reports what its content needs instead (src/share/fit.ts).
   */
  measure?: () => number;
  /** More elements whose size changes the height (besides the root element and the body). */
  observe?: readonly unknown[];
}

/**
 * The height the page needs, in whole CSS pixels. The root element's box is the content's height
 * even when that is less than the iframe (scrollHeight never drops below the iframe's height,
 * so an iframe sized by it could grow but never shrink); scrollHeight is used when something
 * overflows the root. Embed pages must not set `html { height: 100% }`.
 */
export function documentHeight(root: Measurable): number {
  const box = root.getBoundingClientRect().height;
  const overflow = root.scrollHeight > root.clientHeight ? root.scrollHeight : 0;
  return Math.ceil(Math.max(box, overflow));
}

/** pym.js's message format: fields joined by 'xPYMx'. */
export function pymMessage(childId: string, type: string, payload: string): string {
  return ['pym', childId, type, payload].join(PYM);
}

const safeId = (value: string | null | undefined): string | null =>
  typeof value === 'string' && EMBED_ID.test(value) ? value : null;

/** The embed's id and pym.js's childId, as the option table names them (links/options.ts). */
function idsFrom(search: string): { id: string | null; childId: string | null } {
  const byKey = groupByKey(queryPairs(search));
  const first = (key: string | undefined) => (key ? byKey.get(key)?.[0] : undefined);
  return {
    id: safeId(first(LINK_OPTIONS.id.key)),
    childId: safeId(first(LINK_OPTIONS.id.alias)),
  };
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/** { type: 'backfill:ready?', id? }: the host's script asks for the height (it may have loaded late). */
function isReadyPing(data: unknown, id: string | null): boolean {
  if (!isRecord(data) || data.type !== READY_MESSAGE) return false;
  if (data.id === undefined || data.id === null) return true;
  return typeof data.id === 'string' && safeId(data.id) !== null && (id === null || data.id === id);
}

/** pym.js's Parent sends its width on load and on every resize, and expects a height back. */
function isPymWidth(data: unknown, childId: string | null): boolean {
  if (childId === null || typeof data !== 'string' || data.length > LONGEST_PYM_MESSAGE)
    return false;
  const prefix = pymMessage(childId, 'width', '');
  return data.startsWith(prefix) && /^\d+(?:\.\d+)?$/.test(data.slice(prefix.length));
}

/**
 * Start telling the host this page's height. Returns a function that stops it. Does nothing when
 * the page is not in a frame.
 */
export function startResizeChild(options: ResizeChildOptions = {}): () => void {
  const win = options.window ?? (window as unknown as ChildWindow);
  if ((win.parent as unknown) === win) return () => {};
  const fromUrl = idsFrom(win.location.search);
  const id = options.id !== undefined ? safeId(options.id) : (fromUrl.id ?? fromUrl.childId);
  const childId = options.childId !== undefined ? safeId(options.childId) : (fromUrl.childId ?? id);
  const Observer =
    options.ResizeObserver !== undefined
      ? options.ResizeObserver
      : ((globalThis as { ResizeObserver?: ResizeObserverConstructor }).ResizeObserver ?? null);
  const root = win.document.documentElement;

  let lastSent = -1;
  const send = (height: number) => {
    lastSent = height;
    const parent = win.parent;
    if (childId !== null) parent.postMessage(pymMessage(childId, 'height', String(height)), '*');
    parent.postMessage({ sentinel: 'amp', type: 'embed-size', height }, '*');
    parent.postMessage({ type: HEIGHT_MESSAGE, id, height, version: PROTOCOL_VERSION }, '*');
  };
  /** Send the height if it changed (or always, when asked again). */
  const measure = options.measure ?? (() => documentHeight(root));
  const update = (force = false) => {
    const height = Math.ceil(measure());
    if (!(height > 0)) return;
    if (force || height !== lastSent) send(height);
  };

  const onMessage: MessageListener = (event) => {
    // Only the page that embeds us may ask; a sibling frame or a popup may not.
    if (event.source !== win.parent) return;
    if (isReadyPing(event.data, id) || isPymWidth(event.data, childId)) update(true);
  };

  win.addEventListener('message', onMessage);
  const observer = Observer ? new Observer(() => update()) : null;
  observer?.observe(root as never);
  if (win.document.body) observer?.observe(win.document.body as never);
  for (const element of options.observe ?? []) observer?.observe(element as never);
  const timer = win.setInterval(() => update(), options.pollMs ?? POLL_MS);
  update();

  let stopped = false;
  return () => {
    if (stopped) return;
    stopped = true;
    observer?.disconnect();
    win.clearInterval(timer);
    win.removeEventListener('message', onMessage);
  };
}
