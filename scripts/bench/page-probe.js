// Installed in the page before Atlas runs (page.addInitScript): every time the
// benchmark reports is taken here, with performance.now(), so Playwright's
// round trips never enter a number. "Updated" means the DOM shows the change
// and the frame holding it has been rendered: the first animation frame at
// which the change is in the DOM, then a message posted from that frame,
// which runs once the frame's style, layout and paint are done.
(() => {
  const probe = {
    /** timeStamp of the latest event of each type (input time, as the browser saw it). */
    inputs: {},
    /** Navigation start to the first table row painted (the build's first screen, where there is one). */
    firstRow: null,
    /** Navigation start to the first row of the live table painted: the app has rendered and answers input. */
    liveRow: null,
    /** What each armed kind resolves with, by kind; `settle` reads the latest armed by default. */
    pending: {},
    lastKind: null,
  };
  for (const type of ['pointerdown', 'click', 'keydown', 'input', 'change']) {
    window.addEventListener(type, (event) => (probe.inputs[type] = event.timeStamp), {
      capture: true,
    });
  }

  const afterFrame = (callback) => {
    const channel = new MessageChannel();
    channel.port1.onmessage = () => callback(performance.now());
    channel.port2.postMessage(null);
  };

  // The build's first screen is markup in index.html (#root marked data-first-screen); the table is
  // live once the app has adopted or rendered it and the mark is gone.
  const rows = () => document.querySelector('tbody tr[data-id]');
  const liveRows = () => document.querySelector('#root:not([data-first-screen]) tbody tr[data-id]');
  const observer = new MutationObserver(() => {
    if (probe.firstRow === null && rows()) {
      probe.firstRow = -1;
      requestAnimationFrame(() => afterFrame((now) => (probe.firstRow = now)));
    }
    if (probe.liveRow === null && liveRows()) {
      probe.liveRow = -1;
      observer.disconnect();
      requestAnimationFrame(() => afterFrame((now) => (probe.liveRow = now)));
    }
  });
  observer.observe(document, {
    childList: true,
    subtree: true,
    attributes: true,
    attributeFilter: ['data-first-screen'],
  });

  const read = () => ({
    count: document.querySelector('[data-testid="result-count"] strong')?.textContent ?? '',
    grid: document.querySelector('.matrix-grid')?.getAttribute('aria-label') ?? '',
    q: new URLSearchParams(location.search).get('q') ?? '',
    search: document.querySelector('#atlas-search')?.value ?? '',
    renderer: document.querySelector('.graph-stage')?.getAttribute('data-renderer') ?? '',
    // 'partial' while the layout worker is still refining; builds before progressive layouts lack it.
    layout: document.querySelector('.graph-stage')?.getAttribute('data-layout') ?? 'final',
    svgNodes: document.querySelectorAll('.graph-svg [data-id]').length,
    firstRow: document.querySelector('tbody tr[data-id]')?.getAttribute('data-id') ?? '',
  });

  /** Has the change `kind` arrived, compared with the state when armed? */
  const arrived = (kind, before, now, expected) => {
    if (kind === 'count') return now.count !== before.count;
    if (kind === 'search') return now.q === expected && now.search === expected;
    if (kind === 'rows') return now.firstRow !== before.firstRow;
    if (kind === 'grid') return now.grid !== before.grid && now.grid !== '';
    const drawn = now.renderer === 'canvas' || (now.renderer === 'svg' && now.svgNodes > 0);
    if (kind === 'graph') return drawn;
    if (kind === 'graph-final') return drawn && now.layout !== 'partial';
    return false;
  };

  /** Starts watching for a change; `settle` resolves with the time its frame was rendered. */
  probe.arm = (kind, expected = null) => {
    if (!['count', 'rows', 'search', 'grid', 'graph', 'graph-final'].includes(kind))
      throw new Error(`unknown change: ${kind}`);
    const before = read();
    const armedAt = performance.now();
    probe.lastKind = kind;
    probe.pending[kind] = new Promise((resolve) => {
      const check = () => {
        if (arrived(kind, before, read(), expected))
          afterFrame((done) => resolve({ armedAt, done }));
        else requestAnimationFrame(check);
      };
      requestAnimationFrame(check);
    });
  };

  /**
   * Milliseconds from the input event of `inputType` to the rendered frame showing the
   * change `kind` (by default the kind armed last).
   */
  probe.settle = async (inputType, kind = probe.lastKind) => {
    const { armedAt, done } = await probe.pending[kind];
    const input = probe.inputs[inputType];
    if (input === undefined || input < armedAt) throw new Error(`no ${inputType} after arming`);
    return done - input;
  };

  /**
   * Zooms the element under (x, y) with one wheel event per animation frame,
   * `frames` frames in then out (or only 'in' or only 'out'), and returns the
   * time between frames.
   */
  probe.zoomFrames = (selector, frames, direction = 'both') =>
    new Promise((resolve) => {
      const target = document.querySelector(selector);
      const box = target.getBoundingClientRect();
      const clientX = box.left + box.width * 0.55;
      const clientY = box.top + box.height * 0.45;
      const deltas = [];
      let last = null;
      let frame = 0;
      const step = (now) => {
        if (last !== null) deltas.push(now - last);
        last = now;
        if (frame >= (direction === 'both' ? 2 * frames : frames)) return resolve(deltas);
        const deltaY = direction === 'out' || (direction === 'both' && frame >= frames) ? 24 : -24;
        target.dispatchEvent(
          new WheelEvent('wheel', {
            deltaY,
            clientX,
            clientY,
            bubbles: true,
            cancelable: true,
            view: window,
          }),
        );
        frame++;
        requestAnimationFrame(step);
      };
      requestAnimationFrame(step);
    });

  /**
   * The longest interval between animation frames over the next `ms` milliseconds: run right
   * after a zoom gesture, it is the frame that redraws the graph in full once the gesture settles.
   */
  probe.longestFrame = (ms) =>
    new Promise((resolve) => {
      let longest = 0;
      let last = null;
      const start = performance.now();
      const step = (now) => {
        if (last !== null) longest = Math.max(longest, now - last);
        last = now;
        if (now - start >= ms) resolve(longest);
        else requestAnimationFrame(step);
      };
      requestAnimationFrame(step);
    });

  /** Time between animation frames while nothing happens: the display's own frame period. */
  probe.idleFrames = (frames) =>
    new Promise((resolve) => {
      const deltas = [];
      let last = null;
      const step = (now) => {
        if (last !== null) deltas.push(now - last);
        last = now;
        if (deltas.length >= frames) resolve(deltas);
        else requestAnimationFrame(step);
      };
      requestAnimationFrame(step);
    });

  window.__atlasBench = probe;
})();
