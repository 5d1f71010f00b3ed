import {VERSION} from './version.js';

declare global {
  interface Window {
    NewsroomWidgets?: {readonly version: string};
  }
}

/**
 * The script-tag files' one global, `NewsroomWidgets`, holding the version.
 * A second copy (loaded twice, or another file of the package) leaves the first one's.
 */
export function exposeGlobal(): void {
  if (typeof window === 'undefined' || window.NewsroomWidgets) return;
  Object.defineProperty(window, 'NewsroomWidgets', {
    value: Object.freeze({version: VERSION}),
    configurable: true,
  });
}
