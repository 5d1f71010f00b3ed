// The project's web-test-runner config plus the React plugin (./plugin.mjs): React
// served as ES modules, and the server-rendered page. For the React browser tests:
// BROWSERS=chromium node_modules/.bin/web-test-runner --config test/react/web-test-runner.config.mjs
import base from '../../web-test-runner.config.mjs';
import {reactPlugin} from './plugin.mjs';

export default {
  ...base,
  groups: [],
  files: 'test/react/**/*.test.ts',
  plugins: [...base.plugins, reactPlugin()],
};
