/**
 * The script-tag entry (`dist/newsroom-widgets.js`): registers the elements and
 * adds one global, `NewsroomWidgets`, holding the version. Loaded twice, or
 * beside another version, it changes nothing the first copy set up.
 */
import './define.js';
import {VERSION} from './internal/version.js';

declare global {
  interface Window {
    NewsroomWidgets?: {readonly version: string};
  }
}

if (typeof window !== 'undefined' && !window.NewsroomWidgets) {
  Object.defineProperty(window, 'NewsroomWidgets', {
    value: Object.freeze({version: VERSION}),
    configurable: true,
  });
}
