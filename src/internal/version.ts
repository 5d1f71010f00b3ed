// Replaced at build time from package.json (vite `define`); the fallback keeps
// sources runnable under the test runner, which does no replacement.
declare const __NEWSROOM_VERSION__: string | undefined;
export const VERSION: string =
  typeof __NEWSROOM_VERSION__ === 'string' ? __NEWSROOM_VERSION__ : '0.0.0-dev';
