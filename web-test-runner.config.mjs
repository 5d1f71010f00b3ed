// Browsers come from Debian's packages (see ../shared/BROWSERS.md); none is downloaded.
// BROWSERS=chromium (or firefox, webkit, comma-separated) picks engines; the default is all three.
// scripts/test.mjs installs what is missing, starts Xvfb + WebKitWebDriver for WebKit, then runs this.
import {esbuildPlugin} from '@web/dev-server-esbuild';
import {playwrightLauncher} from '@web/test-runner-playwright';
import {chromeLauncher} from '@web/test-runner-chrome';
import {webdriverLauncher} from '@web/test-runner-webdriver';
import {createFeedServer} from './scripts/feed-server.mjs';
import {createExposingServer, createPageServer} from './scripts/page-server.mjs';
import {browserPaths, missingLine, selectedBrowsers} from './scripts/browsers.mjs';
import {reactPlugin} from './test/react/plugin.mjs';

const feeds = createFeedServer({root: '.'});
const pages = createPageServer({root: '.'});
const exposing = createExposingServer();
let feedOrigin;
let pageOrigin;
let exposingOrigin;

const launchers = {
  chromium: () =>
    playwrightLauncher({
      product: 'chromium',
      launchOptions: {
        executablePath: browserPaths.chromium,
        args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-first-run', '--disable-quic'],
      },
    }),
  firefox: () => {
    const launcher = chromeLauncher({
      launchOptions: {browser: 'firefox', executablePath: browserPaths.firefox, headless: true},
    });
    // The launcher names itself "Chrome" whatever it starts; the report should say which engine ran.
    launcher.name = 'Firefox';
    return launcher;
  },
  webkit: () =>
    webdriverLauncher({
      hostname: '127.0.0.1',
      port: Number(process.env.WEBKIT_DRIVER_PORT || 4444),
      path: '/',
      capabilities: {
        'wdio:enforceWebDriverClassic': true,
        browserName: 'MiniBrowser',
        'webkitgtk:browserOptions': {binary: browserPaths.webkit, args: ['--automation']},
      },
    }),
};

const engines = selectedBrowsers();
// Run directly (not through scripts/test.mjs), a missing browser is still one line, not a stack trace.
const missing = missingLine(engines);
if (missing) {
  console.error(missing);
  process.exit(1);
}
const browsers = engines.map((name) => launchers[name]());

export default {
  rootDir: '.',
  nodeResolve: {exportConditions: ['production']},
  concurrency: 1,
  concurrentBrowsers: 1,
  browserStartTimeout: 60_000,
  testsStartTimeout: 120_000,
  testsFinishTimeout: 240_000,
  testFramework: {config: {timeout: 20_000}},
  // The default page, plus test/setup/cloneable-failures.ts: a failed assertion on a DOM node is
  // then reported instead of hanging the run until testsFinishTimeout. After the framework's
  // script, which imports the test file only once it has fetched its config (the setup runs
  // first); in <head>, before it, the viewport tests (IntersectionObserver) failed in Chromium.
  // test/node/test-runner.test.mjs checks a failure on a DOM node is reported.
  testRunnerHtml: (testFramework) =>
    `<!DOCTYPE html><html><head></head><body><script type="module" src="${testFramework}"></script><script type="module" src="/test/setup/cloneable-failures.ts"></script></body></html>`,
  // `--files some.test.ts` runs just those files, not every group beside them.
  groups: process.argv.some((a) => a === '--files' || a.startsWith('--files='))
    ? []
    : [
        {name: 'unit', files: 'test/unit/**/*.test.ts'},
        {name: 'e2e', files: 'test/e2e/**/*.test.ts'},
        // React components hydrating server-rendered HTML (React served as ES modules by reactPlugin).
        {name: 'react', files: 'test/react/**/*.test.ts'},
      ],
  // No top-level `files`: it would form a "default" group and run every file a second time.
  browsers,
  plugins: [
    esbuildPlugin({ts: true, target: 'es2021', tsconfig: 'tsconfig.json'}),
    reactPlugin(),
    {
      name: 'feed-origin',
      // The publisher's origin and the partner's (end-to-end pages) live as long as the test run.
      async serverStart() {
        feedOrigin = await feeds.listen();
        pageOrigin = await pages.listen();
        exposingOrigin = await exposing.listen();
      },
      async serverStop() {
        await Promise.all([feeds.close(), pages.close(), exposing.close()]);
      },
      serve(context) {
        // Tests import this to learn the other origins' addresses.
        if (context.path === '/__env.js') {
          return `export const FEED_ORIGIN = ${JSON.stringify(feedOrigin)};\nexport const PAGE_ORIGIN = ${JSON.stringify(pageOrigin)};\nexport const EXPOSING_ORIGIN = ${JSON.stringify(exposingOrigin)};`;
        }
      },
    },
  ],
};
