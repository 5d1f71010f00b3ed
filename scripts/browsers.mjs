// Where Debian's browsers are, which ones the run wants, and the one line to
// print when one is missing. Shared by the test runner config, scripts/test.mjs and the benchmark.
import {existsSync} from 'node:fs';

export const ALL = ['chromium', 'firefox', 'webkit'];

const webkitDir = ['/usr/lib/x86_64-linux-gnu/webkit2gtk-4.1', '/usr/lib/aarch64-linux-gnu/webkit2gtk-4.1', '/usr/lib/webkit2gtk-4.1'].find(
  (d) => existsSync(`${d}/MiniBrowser`),
);

export const browserPaths = {
  chromium: process.env.CHROME_PATH || ['/usr/bin/chromium', '/usr/bin/chromium-browser', '/usr/bin/google-chrome'].find((p) => existsSync(p)) || '/usr/bin/chromium',
  firefox: process.env.FIREFOX_PATH || ['/usr/bin/firefox-esr', '/usr/bin/firefox'].find((p) => existsSync(p)) || '/usr/bin/firefox-esr',
  webkit: process.env.WEBKIT_PATH || (webkitDir ? `${webkitDir}/MiniBrowser` : '/usr/lib/x86_64-linux-gnu/webkit2gtk-4.1/MiniBrowser'),
};

/** The binaries each engine needs, with the Debian package that provides them. */
export const requirements = {
  chromium: [{path: () => browserPaths.chromium, pkg: 'chromium'}],
  firefox: [{path: () => browserPaths.firefox, pkg: 'firefox-esr'}],
  webkit: [
    {path: () => browserPaths.webkit, pkg: 'webkit2gtk-driver'},
    {path: () => '/usr/bin/WebKitWebDriver', pkg: 'webkit2gtk-driver'},
    {path: () => '/usr/bin/Xvfb', pkg: 'xvfb'},
  ],
};

export function selectedBrowsers() {
  const wanted = (process.env.BROWSERS || ALL.join(','))
    .split(/[\s,]+/)
    .map((b) => b.trim().toLowerCase())
    .filter(Boolean)
    .map((b) => (b === 'chrome' ? 'chromium' : b === 'safari' ? 'webkit' : b));
  const unknown = wanted.filter((b) => !ALL.includes(b));
  if (unknown.length) throw new Error(`BROWSERS: unknown browser ${unknown.join(', ')} (use ${ALL.join(', ')})`);
  return [...new Set(wanted)];
}

/** Debian packages missing for the given engines (empty when all are there). */
export function missingPackages(engines) {
  const pkgs = new Set();
  for (const e of engines) for (const r of requirements[e]) if (!existsSync(r.path())) pkgs.add(r.pkg);
  return [...pkgs];
}

/** The one line a developer sees when an engine is missing, or undefined when all are there. */
export function missingLine(engines, missing = missingPackages(engines)) {
  if (!missing.length) return undefined;
  return (
    `Missing browser packages for ${engines.join(', ')}. Run: sudo apt-get install -y ${missing.join(' ')}` +
    `  (or pick installed ones, e.g. BROWSERS=chromium npm test)`
  );
}
