import {css} from 'lit';

export const bannerStyles = css`
  section,
  .reserve {
    margin-block: var(--newsroom-block-margin, 1.5rem);
  }
  section {
    display: flex;
    align-items: flex-start;
    gap: .5rem;
    padding: var(--newsroom-banner-padding, 1rem 1.25rem);
    border-radius: var(--newsroom-radius, 6px);
    background: var(--_banner);
  }
  /* Fixed, so it overlays the page and never pushes the partner's content. */
  .bottom {
    position: fixed;
    inset: auto 0 0;
    z-index: var(--newsroom-banner-z-index, 1000);
    margin: 0;
    border-radius: 0;
    box-shadow: 0 -2px 12px rgb(0 0 0 / .2);
    animation: slide .3s ease-out;
  }
  @keyframes slide {
    from {
      transform: translateY(100%);
    }
  }
  .body {
    flex: 1;
    /* Centred (auto cross-axis margins) in a box that \`reserve\` made taller than the variant: no empty band below. */
    margin: auto 0;
    display: flex;
    flex-direction: column;
    gap: .75rem;
  }
  h2,
  p {
    margin: 0;
  }
  [part~=actions] {
    display: flex;
    flex-wrap: wrap;
    align-items: center;
    gap: .5rem 1.25rem;
  }
  [part~=cta] {
    padding: .6em 1.5em;
    border-radius: var(--newsroom-radius, 6px);
    background: var(--_accent);
    color: var(--_on-accent);
    font-weight: 700;
    text-decoration: none;
  }
  button {
    padding: .25em;
    border: 0;
    background: none;
    font: inherit;
    color: inherit;
    cursor: pointer;
  }
  [part~=already] {
    text-decoration: underline;
  }
  [part~=close] {
    min-width: 2em;
    font-size: 1.5em;
    line-height: 1;
  }
  [part~=goal-bar] {
    height: .5rem;
    border-radius: 1rem;
    overflow: hidden;
    background: var(--_track);
  }
  .fill {
    width: 0;
    height: 100%;
    background: var(--_accent);
  }
  [part~=goal-label] {
    margin-top: .25rem;
    font-weight: 600;
  }
`;
