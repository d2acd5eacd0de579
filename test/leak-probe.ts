/**
 * Counts what a widget can leave behind on the page once it is gone. There is no standard
 * API that lists a target's event listeners, so while a probe is running it wraps the
 * platform's own methods (and calls through to them) to observe the real library code:
 *
 * - event listeners on `window`, `document` and `<html>` (`EventTarget.prototype.addEventListener`
 *   and `removeEventListener`), kept as a live set keyed by target, type, listener and capture,
 *   as the platform keys them: a remove cancels the matching add, and an `AbortSignal` given
 *   as `signal` cancels it when it aborts;
 * - `on...` event handler properties of `window` and `document` (compared at the end);
 * - observed targets of `MutationObserver`, `ResizeObserver` and `IntersectionObserver`
 *   (`observe` adds, `unobserve` removes one, `disconnect` removes all of that observer's);
 * - `setInterval` timers not cleared, and `setTimeout` timers neither run nor cleared.
 *
 * Only what is added while the probe runs is counted, so a clean run ends with nothing live.
 */

type Listener = EventListenerOrEventListenerObject;

export interface LeakReport {
  /** Listeners still registered, e.g. `document keydown (bubble) #3`. */
  listeners: string[];
  /** `on...` properties of window or document set during the run, e.g. `window.onresize`. */
  handlers: string[];
  /** Targets still observed, e.g. `MutationObserver on <html>`. */
  observed: string[];
  /** Intervals still running. */
  intervals: number;
  /** Timeouts still pending. */
  timeouts: number;
}

export interface LeakProbe {
  /** Stops observing and restores the platform's methods. */
  stop(): void;
  /** What is live now (of what was added since the probe started). */
  report(): LeakReport;
  /** The most listeners and observed targets live at any one time during the run. */
  readonly peak: { listeners: number; observed: number };
}

const OBSERVERS = ['MutationObserver', 'ResizeObserver', 'IntersectionObserver'] as const;

function handlerProperties(): Map<string, unknown> {
  const out = new Map<string, unknown>();
  for (const [name, target] of [['window', window], ['document', document]] as const) {
    for (const key in target) {
      if (key.startsWith('on')) out.set(`${name}.${key}`, (target as unknown as Record<string, unknown>)[key]);
    }
  }
  return out;
}

/** Starts counting. Call `stop()` when done (in a `finally`). */
export function startProbe(): LeakProbe {
  const proto = EventTarget.prototype;
  const { addEventListener, removeEventListener } = proto;
  // The browser's timers, typed as the DOM types them (the type-check also loads Node's types).
  type SetTimer = (handler: TimerHandler, ms?: number, ...args: unknown[]) => number;
  type ClearTimer = (id?: number) => void;
  const timers = window as unknown as { setInterval: SetTimer; clearInterval: ClearTimer; setTimeout: SetTimer; clearTimeout: ClearTimer };
  const { setInterval, clearInterval, setTimeout, clearTimeout } = timers;
  const restores: Array<() => void> = [];
  const peak = { listeners: 0, observed: 0 };

  // Event listeners on the page-wide targets.
  const names = new Map<EventTarget, string>([
    [window, 'window'],
    [document, 'document'],
    [document.documentElement, '<html>'],
  ]);
  const listenerIds = new Map<Listener, number>();
  const live = new Set<string>();
  const keyOf = (target: EventTarget, type: string, listener: Listener, options?: boolean | EventListenerOptions) => {
    const capture = typeof options === 'boolean' ? options : !!options?.capture;
    if (!listenerIds.has(listener)) listenerIds.set(listener, listenerIds.size + 1);
    return `${names.get(target)} ${type} (${capture ? 'capture' : 'bubble'}) #${listenerIds.get(listener)}`;
  };
  // `this` is undefined for a bare `addEventListener(...)` in a module: the platform then uses `window`.
  proto.addEventListener = function (this: EventTarget | undefined, type: string, listener: Listener | null, options?: boolean | AddEventListenerOptions) {
    const target = this ?? window;
    if (listener && names.has(target)) {
      const signal = typeof options === 'object' ? options.signal : undefined;
      if (!signal?.aborted) {
        const key = keyOf(target, type, listener, options);
        live.add(key);
        peak.listeners = Math.max(peak.listeners, live.size);
        signal?.addEventListener('abort', () => live.delete(key), { once: true });
      }
    }
    return addEventListener.call(target, type, listener, options);
  };
  proto.removeEventListener = function (this: EventTarget | undefined, type: string, listener: Listener | null, options?: boolean | EventListenerOptions) {
    const target = this ?? window;
    if (listener && names.has(target)) live.delete(keyOf(target, type, listener, options));
    return removeEventListener.call(target, type, listener, options);
  };
  restores.push(() => {
    proto.addEventListener = addEventListener;
    proto.removeEventListener = removeEventListener;
  });

  // Observers.
  const observed = new Map<object, { kind: string; targets: Set<Node | Element> }>();
  const observedCount = () => [...observed.values()].reduce((n, o) => n + o.targets.size, 0);
  for (const kind of OBSERVERS) {
    const ctor = (window as unknown as Record<string, { prototype: Record<string, (...args: unknown[]) => unknown> } | undefined>)[kind];
    if (!ctor) continue;
    const p = ctor.prototype;
    const original = { observe: p.observe!, unobserve: p.unobserve, disconnect: p.disconnect! };
    p.observe = function (this: object, target: unknown, ...rest: unknown[]) {
      const entry = observed.get(this) ?? { kind, targets: new Set() };
      entry.targets.add(target as Node);
      observed.set(this, entry);
      peak.observed = Math.max(peak.observed, observedCount());
      return original.observe.call(this, target, ...rest);
    };
    if (original.unobserve) {
      p.unobserve = function (this: object, target: unknown) {
        observed.get(this)?.targets.delete(target as Node);
        return original.unobserve!.call(this, target);
      };
    }
    p.disconnect = function (this: object) {
      observed.delete(this);
      return original.disconnect.call(this);
    };
    restores.push(() => Object.assign(p, original.unobserve === undefined ? { observe: original.observe, disconnect: original.disconnect } : original));
  }

  // Timers.
  const intervals = new Set<number>();
  const timeouts = new Set<number>();
  timers.setInterval = (handler, ms, ...args) => {
    const id = setInterval.call(window, handler, ms, ...args);
    intervals.add(id);
    return id;
  };
  timers.clearInterval = (id) => {
    if (id !== undefined) intervals.delete(id);
    clearInterval.call(window, id);
  };
  timers.setTimeout = (handler, ms, ...args) => {
    const run =
      typeof handler === 'function'
        ? (...a: unknown[]) => {
            timeouts.delete(id);
            (handler as (...a: unknown[]) => void)(...a);
          }
        : handler;
    const id = setTimeout.call(window, run, ms, ...args);
    timeouts.add(id);
    return id;
  };
  timers.clearTimeout = (id) => {
    if (id !== undefined) timeouts.delete(id);
    clearTimeout.call(window, id);
  };
  restores.push(() => Object.assign(timers, { setInterval, clearInterval, setTimeout, clearTimeout }));

  const handlersBefore = handlerProperties();

  return {
    peak,
    stop() {
      for (const restore of restores.splice(0).reverse()) restore();
    },
    report() {
      const handlers = [...handlerProperties()].filter(([k, v]) => v !== handlersBefore.get(k)).map(([k]) => k);
      const describe = (n: Node | Element) => ('localName' in n ? `<${n.localName}>` : n.nodeName);
      return {
        listeners: [...live],
        handlers,
        observed: [...observed.values()].flatMap((o) => [...o.targets].map((t) => `${o.kind} on ${describe(t)}`)),
        intervals: intervals.size,
        timeouts: timeouts.size,
      };
    },
  };
}
