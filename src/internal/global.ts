import {VERSION} from './version.js';

declare global {
  interface Window {
    NewsroomWidgets?: {readonly version: string};
  }
}

/**
 * The script-tag files' one global, `NewsroomWidgets`, holding the version.
 * A second copy (loaded twice, or another file of the package) leaves the first one's.
 * Only the script-tag entries call it, and those run only where there is a DOM (their element
 * classes extend HTMLElement before this line runs), so `window` is always there.
 */
export function exposeGlobal(): void {
  if (window.NewsroomWidgets) return;
  Object.defineProperty(window, 'NewsroomWidgets', {
    value: Object.freeze({version: VERSION}),
    configurable: true,
  });
}
