import {css} from 'lit';

export const relatedStyles = css`
  :host {
    /* The element's own width decides the layout, not the viewport's. */
    container-type: inline-size;
    margin-block: var(--newsroom-block-margin, 1.5rem);
  }
  section {
    display: flex;
    flex-direction: column;
    gap: var(--newsroom-gap, 1rem);
  }
  [part~='heading'] {
    margin: 0;
    font-size: var(--newsroom-heading-size, 1.5em);
    font-weight: 800;
    line-height: 1.2;
    color: var(--newsroom-heading-color, inherit);
  }
  [part~='list'] {
    display: grid;
    grid-template-columns: 1fr;
    gap: var(--newsroom-gap, 1rem);
    margin: 0;
    padding: 0;
    list-style: none;
  }
  @container (min-width: 36rem) {
    [part~='list'] {
      grid-template-columns: repeat(auto-fit, minmax(var(--newsroom-card-min-width, 13rem), 1fr));
    }
  }
  li {
    display: block;
    margin: 0;
    padding: 0;
  }
  li > * {
    height: 100%;
  }
  footer {
    /* Always laid out, link or not, so a feed without home_page_url shifts nothing. */
    min-height: 1.5em;
    line-height: 1.5;
  }
  [part~='all-link'] {
    font-weight: 700;
    color: var(--newsroom-accent, #0057b8);
  }
  /* A placeholder card with the real card's CSS, hidden: the reserved height is exact. */
  .skeleton {
    border-radius: var(--newsroom-radius, 6px);
    background: var(--newsroom-skeleton-color, #eee);
    animation: pulse 1.5s ease-in-out infinite;
  }
  .skeleton > * {
    visibility: hidden;
  }
  @keyframes pulse {
    50% {
      opacity: 0.55;
    }
  }
  .message {
    margin: 0;
    color: var(--newsroom-muted-color, #5c5c5c);
  }
`;
