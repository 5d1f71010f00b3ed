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

/**
 * The binaries each engine needs, with the Debian package that provides them, and the variable
 * that points at another binary instead (then installing the package would not help).
 */
export const requirements = {
  chromium: [{path: () => browserPaths.chromium, pkg: 'chromium', setting: 'CHROME_PATH'}],
  firefox: [{path: () => browserPaths.firefox, pkg: 'firefox-esr', setting: 'FIREFOX_PATH'}],
  webkit: [
    {path: () => browserPaths.webkit, pkg: 'webkit2gtk-driver', setting: 'WEBKIT_PATH'},
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

/** The binaries missing for the given engines, each with its requirement. */
const missingBinaries = (engines) => engines.flatMap((e) => requirements[e].filter((r) => !existsSync(r.path())));
const setByUser = (r) => Boolean(r.setting && process.env[r.setting]);

/** Debian packages missing for the given engines (empty when all are there); not those a *_PATH setting replaces. */
export function missingPackages(engines) {
  return [...new Set(missingBinaries(engines).filter((r) => !setByUser(r)).map((r) => r.pkg))];
}

/** The one line a developer sees when an engine is missing, or undefined when all are there. */
export function missingLine(engines, missing = missingPackages(engines)) {
  const wrongSettings = missingBinaries(engines).filter(setByUser).map((r) => `${r.setting}=${process.env[r.setting]}`);
  if (!missing.length && !wrongSettings.length) return undefined;
  const fixes = [];
  if (missing.length) fixes.push(`Run: sudo apt-get install -y ${missing.join(' ')}`);
  if (wrongSettings.length) fixes.push(`No such file: ${wrongSettings.join(', ')} (unset it, or point it at the browser).`);
  // Only engines that are there: suggesting BROWSERS=chromium when Chromium is the one missing sent people in a circle.
  const installed = ALL.filter((e) => !missingBinaries([e]).length);
  const others = installed.length ? `  (or run the installed ones: BROWSERS=${installed.join(',')} npm test)` : '';
  return `Missing browsers for ${engines.join(', ')}. ${fixes.join(' ')}${others}`;
}
