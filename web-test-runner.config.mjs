// Browsers come from Debian's packages (see ../shared/BROWSERS.md); none is downloaded.
// BROWSERS=chromium (or firefox, webkit, comma-separated) picks engines; the default is all three.
// scripts/test.mjs installs what is missing, starts Xvfb + WebKitWebDriver for WebKit, then runs this.
import {esbuildPlugin} from '@web/dev-server-esbuild';
import {playwrightLauncher} from '@web/test-runner-playwright';
import {chromeLauncher} from '@web/test-runner-chrome';
import {webdriverLauncher} from '@web/test-runner-webdriver';
import {createFeedServer} from './scripts/feed-server.mjs';
import {browserPaths, selectedBrowsers} from './scripts/browsers.mjs';

const feeds = createFeedServer({root: '.'});
let feedOrigin;

const launchers = {
  chromium: () =>
    playwrightLauncher({
      product: 'chromium',
      launchOptions: {
        executablePath: browserPaths.chromium,
        args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-first-run', '--disable-quic'],
      },
    }),
  firefox: () =>
    chromeLauncher({
      launchOptions: {browser: 'firefox', executablePath: browserPaths.firefox, headless: true},
    }),
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

const browsers = selectedBrowsers().map((name) => launchers[name]());

export default {
  rootDir: '.',
  nodeResolve: {exportConditions: ['production']},
  concurrency: 1,
  concurrentBrowsers: 1,
  browserStartTimeout: 60_000,
  testsStartTimeout: 120_000,
  testsFinishTimeout: 240_000,
  testFramework: {config: {timeout: 20_000}},
  groups: [
    {name: 'unit', files: 'test/unit/**/*.test.ts'},
    {name: 'e2e', files: 'test/e2e/**/*.test.ts'},
  ],
  files: ['test/unit/**/*.test.ts', 'test/e2e/**/*.test.ts'],
  browsers,
  plugins: [
    esbuildPlugin({ts: true, target: 'es2021', tsconfig: 'tsconfig.json'}),
    {
      name: 'feed-origin',
      // The second origin (the "publisher") lives as long as the test run.
      async serverStart() {
        feedOrigin = await feeds.listen();
      },
      async serverStop() {
        await feeds.close();
      },
      serve(context) {
        // Tests import this to learn the second origin's address.
        if (context.path === '/__env.js') {
          return `export const FEED_ORIGIN = ${JSON.stringify(feedOrigin)};`;
        }
      },
    },
  ],
};
