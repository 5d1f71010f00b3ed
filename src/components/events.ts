/**
 * Fires a widget event: it leaves the shadow root and bubbles, so one listener
 * on `document` sees every widget's events (analytics). Event names stay
 * literal at each call, and each is declared in its element's `*EventMap` and
 * `@fires` (what the manifest and the typings are made from).
 */
export function emit(el: HTMLElement, type: string, detail: unknown): void {
  el.dispatchEvent(new CustomEvent(type, {detail, bubbles: true, composed: true}));
}

