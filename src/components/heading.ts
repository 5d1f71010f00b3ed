import {html, nothing, type TemplateResult} from 'lit';

/** Heading levels outside 1–6 (or not a number) fall back to the element's default. */
export const clampLevel = (value: number, fallback: number): number =>
  Number.isInteger(value) && value >= 1 && value <= 6 ? value : fallback;

/**
 * A real `<hN>`, so the widget fits the partner's document outline. Lit needs
 * static tag names, hence one template per level.
 */
export function heading(level: number, part: string, content: unknown, id?: string): TemplateResult {
  const i = id ?? nothing;
  switch (level) {
    case 1: return html`<h1 part=${part} id=${i}>${content}</h1>`;
    case 2: return html`<h2 part=${part} id=${i}>${content}</h2>`;
    case 3: return html`<h3 part=${part} id=${i}>${content}</h3>`;
    case 4: return html`<h4 part=${part} id=${i}>${content}</h4>`;
    case 5: return html`<h5 part=${part} id=${i}>${content}</h5>`;
    default: return html`<h6 part=${part} id=${i}>${content}</h6>`;
  }
}
