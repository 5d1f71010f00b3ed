// The project's web-test-runner config (with the React plugin, ./plugin.mjs: React served
// as ES modules, and the server-rendered page) limited to the React tests. For a quick loop:
// BROWSERS=chromium node_modules/.bin/web-test-runner --config test/react/web-test-runner.config.mjs
import base from '../../web-test-runner.config.mjs';

export default {
  ...base,
  groups: [],
  files: 'test/react/**/*.test.ts',
  // The base config serves React already (reactPlugin): `npm test` runs these as its `react` group.
};
