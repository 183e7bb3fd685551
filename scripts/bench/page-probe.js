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
    /** Navigation start to the first table row painted. */
    firstRow: null,
    pending: null,
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

  const rows = () => document.querySelectorAll('tbody tr[data-id]');
  const observer = new MutationObserver(() => {
    if (probe.firstRow !== null || rows().length === 0) return;
    probe.firstRow = -1;
    observer.disconnect();
    requestAnimationFrame(() => afterFrame((now) => (probe.firstRow = now)));
  });
  observer.observe(document, { childList: true, subtree: true });

  const read = () => ({
    count: document.querySelector('[data-testid="result-count"] strong')?.textContent ?? '',
    grid: document.querySelector('.matrix-grid')?.getAttribute('aria-label') ?? '',
    q: new URLSearchParams(location.search).get('q') ?? '',
    search: document.querySelector('#atlas-search')?.value ?? '',
    renderer: document.querySelector('.graph-stage')?.getAttribute('data-renderer') ?? '',
    svgNodes: document.querySelectorAll('.graph-svg [data-id]').length,
    firstRow: document.querySelector('tbody tr[data-id]')?.getAttribute('data-id') ?? '',
  });

  /** Has the change `kind` arrived, compared with the state when armed? */
  const arrived = (kind, before, now, expected) => {
    if (kind === 'count') return now.count !== before.count;
    if (kind === 'search') return now.q === expected && now.search === expected;
    if (kind === 'rows') return now.firstRow !== before.firstRow;
    if (kind === 'grid') return now.grid !== before.grid && now.grid !== '';
    if (kind === 'graph')
      return now.renderer === 'canvas' || (now.renderer === 'svg' && now.svgNodes > 0);
    return false;
  };

  /** Starts watching for a change; `settle` resolves with the time its frame was rendered. */
  probe.arm = (kind, expected = null) => {
    if (!['count', 'rows', 'search', 'grid', 'graph'].includes(kind))
      throw new Error(`unknown change: ${kind}`);
    const before = read();
    const armedAt = performance.now();
    probe.pending = new Promise((resolve) => {
      const check = () => {
        if (arrived(kind, before, read(), expected))
          afterFrame((done) => resolve({ armedAt, done }));
        else requestAnimationFrame(check);
      };
      requestAnimationFrame(check);
    });
  };

  /** Milliseconds from the input event of `inputType` to the rendered frame showing its effect. */
  probe.settle = async (inputType) => {
    const { armedAt, done } = await probe.pending;
    const input = probe.inputs[inputType];
    if (input === undefined || input < armedAt) throw new Error(`no ${inputType} after arming`);
    return done - input;
  };

  /**
   * Zooms the element under (x, y) with one wheel event per animation frame,
   * `frames` frames in then out, and returns the time between frames.
   */
  probe.zoomFrames = (selector, frames) =>
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
        if (frame >= 2 * frames) return resolve(deltas);
        const deltaY = frame < frames ? -24 : 24;
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
