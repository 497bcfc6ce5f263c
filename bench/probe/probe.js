// Injected by the benchmark into every document of a run (`context.addInitScript`, which also runs
// in cross-site iframes, before any script of the page). The host page gets a small driver; the
// widget's (or the floor's) frame gets the probe. Plain JS on purpose: it runs in the browser as
// written (tsx would wrap named functions in a `__name` helper that pages do not have).
//
// Clock: `Date.now()` for everything compared across processes (host page, iframe and the
// browser's network log are three processes, and each derives its `performance.timeOrigin` on its
// own); `performance.now()` for what is compared inside the frame (long tasks).

/** @param {{ hostOrigin: string, frameOrigins: string[], listNames: string[], formSelector: string }} config */
function installBench(config) {
  if (window === window.top && location.origin === config.hostOrigin) installBenchHost();
  if (window !== window.top && config.frameOrigins.includes(location.origin)) installBenchFrame(config);
}

/** The host page side: opens the widget with the page's own SDK and timestamps its events. */
function installBenchHost() {
  const events = [];
  const waiters = [];
  let ui = null;
  const onEvent = (event) => {
    const entry = { type: event.type, at: Date.now() };
    events.push(entry);
    for (const waiter of waiters.filter((candidate) => candidate.type === entry.type)) waiter.resolve(entry);
  };
  const create = (options) => new window.Plugboard.ConnectUI({ ...options, onEvent });
  Object.defineProperty(window, '__benchHost', {
    value: {
      events,
      open: (options) => {
        ui = create(options);
        const at = Date.now();
        ui.open();
        return at;
      },
      preload: (options) => {
        ui = create(options);
        ui.preload();
      },
      reveal: () => {
        const at = Date.now();
        ui.open();
        return at;
      },
      whenEvent: (type) => {
        const seen = events.find((entry) => entry.type === type);
        return seen ? Promise.resolve(seen) : new Promise((resolve) => waiters.push({ type, resolve }));
      },
    },
  });
}

/** The frame side: paint marks, long tasks, clicks, frame counting. */
function installBenchFrame(config) {
  const probe = { marks: {}, longTasks: [], clicks: [], frames: [], isCountingFrames: false };
  Object.defineProperty(window, '__benchProbe', { value: probe });
  watchMarks(probe, config);
  new PerformanceObserver((list) => {
    for (const entry of list.getEntries()) probe.longTasks.push({ start: entry.startTime, duration: entry.duration });
  }).observe({ type: 'longtask' });
  addEventListener('click', () => probe.clicks.push(Date.now()), true);
  addFrameCounter(probe);
  watchKeys(probe);
}

// Each key typed into a text field: from the key's own timestamp (when the browser received it)
// to the end of the frame that shows what it changed. The widget renders an input's result
// before the next animation frame, so that frame, painted, shows it.
function watchKeys(probe) {
  probe.keyLatencies = [];
  let keyAt = null;
  addEventListener('keydown', (event) => (keyAt = event.timeStamp), true);
  addEventListener(
    'input',
    (event) => {
      const start = keyAt ?? event.timeStamp;
      keyAt = null;
      requestAnimationFrame(() => afterThisFrame(({ frame }) => probe.keyLatencies.push(frame - start)));
    },
    true,
  );
}

// Called in an animation frame: a task queued from there runs once that frame's rendering step
// (style, layout, paint) is done, i.e. once what the frame shows is painted.
function afterThisFrame(record) {
  const channel = new MessageChannel();
  channel.port1.onmessage = () => record({ epoch: Date.now(), frame: performance.now() });
  channel.port2.postMessage(null);
}

function elementWithText(text) {
  const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
  for (let node = walker.nextNode(); node; node = walker.nextNode()) {
    if (node.data.includes(text)) return node.parentElement;
  }
  return null;
}

/** Each mark: a cheap DOM test run on every mutation, and the element whose visibility decides. */
function markTargets({ listNames, formSelector }) {
  const hasAllNames = () => {
    const text = document.body?.textContent ?? '';
    return listNames.length > 0 && listNames.every((name) => text.includes(name));
  };
  const bySelector = (selector) => ({ isInDom: () => document.querySelector(selector) !== null, element: () => document.querySelector(selector) });
  return {
    loader: bySelector('[role="status"]'),
    list: { isInDom: hasAllNames, element: () => elementWithText(listNames[listNames.length - 1]) },
    form: bySelector(formSelector),
  };
}

// Visibility needs computed style. Asked in a mutation callback it would force extra style passes
// and slow the page down; asked in the animation frame it reuses the frame's own pass. Opacity is
// not checked: the widget's dialog fades in from 0 and counts from its first frame.
const isShown = (element) => element !== null && element.checkVisibility({ visibilityProperty: true });

function watchMarks(probe, config) {
  const targets = markTargets(config);
  const waiters = {};
  probe.whenMarked = (name) =>
    probe.marks[name] ? Promise.resolve(probe.marks[name]) : new Promise((resolve) => (waiters[name] ??= []).push(resolve));
  const markPainted = (name) =>
    afterThisFrame((time) => {
      probe.marks[name] = time;
      for (const resolve of waiters[name] ?? []) resolve(time);
    });
  const waitingTargets = () => Object.entries(targets).filter(([name, target]) => !(name in probe.marks) && target.isInDom());
  let isFrameRequested = false;
  const requestCheck = () => {
    if (isFrameRequested || waitingTargets().length === 0) return;
    isFrameRequested = true;
    requestAnimationFrame(checkInFrame);
  };
  // An element in the DOM but not shown yet (a stylesheet still loading) is looked at again in
  // the next frame: a stylesheet arriving is no mutation.
  const checkInFrame = () => {
    isFrameRequested = false;
    for (const [name, target] of waitingTargets()) {
      if (!isShown(target.element())) continue;
      probe.marks[name] = null;
      markPainted(name);
    }
    requestCheck();
  };
  new MutationObserver(requestCheck).observe(document, { childList: true, subtree: true, attributes: true, characterData: true });
  document.addEventListener('DOMContentLoaded', requestCheck);
}

// In a preloaded widget nothing changes inside the frame when `open()` reveals it, so the
// benchmark records rendered frames instead and takes the first one after `open()`.
function addFrameCounter(probe) {
  const waiters = [];
  probe.countFrames = () => {
    probe.isCountingFrames = true;
    const next = () =>
      requestAnimationFrame(() =>
        afterThisFrame(({ epoch }) => {
          probe.frames.push(epoch);
          for (const waiter of waiters.filter((candidate) => epoch >= candidate.after)) waiter.resolve(epoch);
          if (probe.isCountingFrames) next();
        }),
      );
    next();
  };
  probe.whenFrameAfter = (after) => {
    const seen = probe.frames.find((epoch) => epoch >= after);
    return seen ? Promise.resolve(seen) : new Promise((resolve) => waiters.push({ after, resolve }));
  };
  probe.stopCountingFrames = () => (probe.isCountingFrames = false);
}
