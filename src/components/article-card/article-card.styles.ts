import {css} from 'lit';

export const cardStyles = css`
  :host {
    --_title-lines: var(--newsroom-title-lines, 3);
    --_excerpt-lines: var(--newsroom-excerpt-lines, 3);
  }
  article {
    position: relative;
    display: flex;
    flex-direction: column;
    gap: var(--newsroom-gap-small, 0.375rem);
    height: 100%;
    padding: var(--newsroom-card-padding, 1rem);
    background: var(--newsroom-card-background, #fff);
    border: var(--newsroom-card-border, 1px solid #e3e3e3);
    border-radius: var(--newsroom-radius, 6px);
  }
  article:focus-within {
    box-shadow: 0 0 0 2px var(--newsroom-focus-color, var(--newsroom-accent, #0057b8));
  }
  .meta {
    display: flex;
    flex-wrap: wrap;
    align-items: baseline;
    column-gap: 0.75em;
    margin: 0;
    font-size: 0.8125em;
    line-height: 1.3;
    min-height: 1.3em;
    color: var(--newsroom-muted-color, #5c5c5c);
  }
  [part~='category'] {
    font-weight: 600;
    text-transform: uppercase;
    letter-spacing: 0.03em;
    color: var(--newsroom-accent, #0057b8);
    text-decoration: none;
    /* Above the stretched title link, so it stays its own click target. */
    position: relative;
    z-index: 1;
  }
  a[part~='category']:hover {
    text-decoration: underline;
  }
  time {
    display: inline-flex;
    gap: 0.75em;
    font-variant-numeric: tabular-nums;
  }
  /* Fixed heights, not max-heights: every card is the same height whatever
     its text, so the loading skeleton reserves exactly the final space. */
  [part~='title'],
  [part~='excerpt'] {
    margin: 0;
    height: calc(var(--_lines) * var(--_lh) * 1em);
    line-height: var(--_lh);
    overflow: hidden;
    display: -webkit-box;
    -webkit-box-orient: vertical;
    -webkit-line-clamp: var(--_lines);
    line-clamp: var(--_lines);
    overflow-wrap: anywhere;
  }
  [part~='title'] {
    --_lines: var(--_title-lines);
    --_lh: 1.3;
    font-size: 1.125em;
    font-weight: 700;
    color: var(--newsroom-title-color, inherit);
  }
  [part~='title'] a {
    color: inherit;
    text-decoration: none;
  }
  [part~='title'] a:hover {
    text-decoration: underline;
  }
  [part~='title'] a::after {
    /* The whole card is the title link's click target; still one link for screen readers. */
    content: '';
    position: absolute;
    inset: 0;
  }
  [part~='title'] a:focus-visible {
    outline: none;
  }
  [part~='excerpt'] {
    --_lines: var(--_excerpt-lines);
    --_lh: 1.4;
    font-size: 0.9375em;
    color: var(--newsroom-excerpt-color, #333);
  }
  .media {
    order: -1;
    margin: calc(-1 * var(--newsroom-card-padding, 1rem)) calc(-1 * var(--newsroom-card-padding, 1rem)) 0.25rem;
    aspect-ratio: var(--newsroom-image-ratio, 16 / 9);
    overflow: hidden;
    border-radius: var(--newsroom-radius, 6px) var(--newsroom-radius, 6px) 0 0;
    background: var(--newsroom-skeleton-color, #eee);
  }
  [part~='image'] {
    display: block !important;
    width: 100%;
    height: 100%;
    object-fit: cover;
  }
  [part~='sponsored'] {
    font-style: italic;
  }
`;
