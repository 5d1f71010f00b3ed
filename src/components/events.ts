/**
 * Every widget event leaves the shadow root and bubbles, so one listener on
 * `document` sees them all (analytics). Event names stay literal at each
 * dispatch: the manifest analyzer reads them from there.
 */
export const EVENT_INIT = {bubbles: true, composed: true} as const;
