// Loaded first by every end-to-end page (an external script from the page's own
// origin, so even the strictest CSP lets it run). It is the test's eyes inside a
// cross-origin page: it records what a partner's developer would see in the
// console and what the page throws, then answers the test's questions over
// postMessage. It never touches a Trusted Types sink, so it runs under
// `require-trusted-types-for 'script'` without a policy of its own.
(() => {
  const record = {console: [], errors: [], failed: [], violations: [], defines: {}, events: []};
  const show = (v) => {
    if (v instanceof Error) return `${v.name}: ${v.message}`;
    if (typeof v === 'string') return v;
    try {
      return JSON.stringify(v);
    } catch {
      return String(v);
    }
  };
  for (const level of ['error', 'warn']) {
    const original = console[level];
    console[level] = function (...args) {
      record.console.push({level, text: args.map(show).join(' ')});
      return original.apply(this, args);
    };
  }
  addEventListener(
    'error',
    (e) => {
      // A resource that failed (a script refused by SRI, an <img> that 404s) is not a page error.
      if (e instanceof ErrorEvent) record.errors.push(`${e.message} at ${e.filename}:${e.lineno}`);
      else if (e.target?.src) record.failed.push(e.target.src);
    },
    true,
  );
  addEventListener('unhandledrejection', (e) => record.errors.push(`unhandled rejection: ${show(e.reason)}`));
  document.addEventListener('securitypolicyviolation', (e) =>
    record.violations.push({
      directive: e.effectiveDirective || e.violatedDirective,
      blocked: e.blockedURI,
      sample: e.sample,
      where: `${e.sourceFile}:${e.lineNumber}:${e.columnNumber}`,
      target: e.composedPath?.()[0]?.nodeName ?? '',
    }),
  );
  // Counts the registrations that succeed: a tag registered twice would throw
  // before the count, so a count of 1 means "defined once, by the first copy".
  const define = CustomElementRegistry.prototype.define;
  CustomElementRegistry.prototype.define = function (tag, ...rest) {
    const out = define.call(this, tag, ...rest);
    record.defines[tag] = (record.defines[tag] ?? 0) + 1;
    return out;
  };
  for (const type of [
    'related-articles-load',
    'related-articles-error',
    'support-banner-view',
    'support-banner-skip',
    'support-banner-click',
    'support-banner-dismiss',
  ]) {
    document.addEventListener(type, (e) => record.events.push({type, tag: e.target.localName, id: e.target.id, detail: e.detail}), true);
  }

  /** Elements matching a path of selectors, each step looking inside the previous match's shadow root. */
  function deep(path) {
    let nodes = [document];
    path.forEach((selector, i) => {
      const next = [];
      for (const node of nodes) {
        const scope = i === 0 ? node : node.shadowRoot;
        if (scope) next.push(...scope.querySelectorAll(selector));
      }
      nodes = next;
    });
    return nodes;
  }

  /** What a pointer at the element's centre lands on, looking through shadow roots. */
  function hits(el) {
    el.scrollIntoView({block: 'center', inline: 'center'});
    const r = el.getBoundingClientRect();
    const x = r.left + r.width / 2;
    const y = r.top + Math.min(r.height / 2, 8);
    let node = document.elementFromPoint(x, y);
    while (node?.shadowRoot) {
      const inner = node.shadowRoot.elementFromPoint(x, y);
      if (!inner || inner === node) break;
      node = inner;
    }
    const ok = !!node && (node === el || el.contains(node));
    return ok || `${node?.localName}${node?.getAttribute?.('part') ? `[part=${node.getAttribute('part')}]` : ''} at ${Math.round(x)},${Math.round(y)}`;
  }

  function describe(el, styles = []) {
    const r = el.getBoundingClientRect();
    const cs = getComputedStyle(el);
    const out = {
      tag: el.localName,
      text: (el.textContent ?? '').replace(/\s+/g, ' ').trim(),
      attrs: Object.fromEntries([...el.attributes].map((a) => [a.name, a.value])),
      rect: {width: r.width, height: r.height},
      styles: Object.fromEntries(styles.map((s) => [s, cs.getPropertyValue(s)])),
    };
    if (el.localName === 'slot') out.assigned = el.assignedElements().map((a) => a.localName);
    if (el.localName === 'img') out.complete = el.complete && el.naturalWidth > 0;
    return out;
  }

  const marked = {};
  const commands = {
    record: () => ({...record, version: window.NewsroomWidgets?.version, userAgent: navigator.userAgent}),
    query: ({path, styles, hit, scroll}) =>
      deep(path).map((el) => {
        // Lazy images load only once near the viewport, as for a reader who scrolls.
        if (scroll) el.scrollIntoView({block: 'center'});
        const d = describe(el, styles);
        if (hit) d.hit = hits(el);
        return d;
      }),
    /** A reader's click on the first match (for buttons whose effect the test then checks). */
    click: ({path}) => {
      const el = deep(path)[0];
      if (!el) throw new Error(`nothing at ${path.join(' >> ')}`);
      el.click();
      return true;
    },
    /** Notes the nodes at a path under a name, for `sameNodes` to compare later. */
    markNodes: ({name, path}) => {
      marked[name] = deep(path);
      return marked[name].length;
    },
    /** Whether the nodes at a path are still the very nodes noted under `name`, in order. */
    sameNodes: ({name, path}) => {
      const now = deep(path);
      return now.length === marked[name].length && now.every((node, i) => node === marked[name][i]);
    },
    /** Adds a script to the page now (e.g. the bundle, after nodes were noted). */
    loadScript: ({src}) => {
      const script = document.createElement('script');
      script.src = src;
      document.head.append(script);
      return true;
    },
    storage: () => {
      try {
        localStorage.getItem('x');
        return 'available';
      } catch (e) {
        return `throws ${e.name}`;
      }
    },
  };

  addEventListener('message', (e) => {
    if (e.source !== parent || !e.data || typeof e.data.probe !== 'number') return;
    let reply;
    try {
      reply = {probe: e.data.probe, result: commands[e.data.cmd](e.data.args ?? {})};
    } catch (error) {
      reply = {probe: e.data.probe, error: show(error)};
    }
    parent.postMessage(reply, '*');
  });
  parent.postMessage({probeReady: true}, '*');
})();
