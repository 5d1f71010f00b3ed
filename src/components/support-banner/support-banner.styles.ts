import {css} from '../css.js';

/*
 * Sizes in em, so the banner follows the reader's font size (the host's is
 * theirs, see shared.styles.ts). One compact
 * layout serves every width: the close button sits in the corner (no column of
 * its own), the goal bar and its amounts share a row, the buttons wrap only
 * when they must, so on a phone the bottom bar leaves most of the screen to
 * the page (support-banner-layout.test.ts holds it to that).
 */
export const bannerStyles = css`
  /* The banner's own colours, beside the palette every element shares (shared.styles.ts). */
  :host {
    --_on-accent: var(--newsroom-accent-contrast, light-dark(#fff, #0d1b2e));
    --_banner: var(--newsroom-banner-background, light-dark(#fff4d1, #2d2614));
    --_track: var(--newsroom-goal-track, light-dark(rgb(0 0 0 / .12), rgb(255 255 255 / .22)));
  }
  section,
  .reserve {
    margin-block: var(--newsroom-block-margin, 1.5rem);
  }
  section {
    position: relative;
    display: flex;
    padding: var(--newsroom-banner-padding, .75em 1em);
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
    /* A long message at a large font would outgrow the screen, its close button above the top where no
       scroll reaches: the bar leaves at least 45 % of the screen to the page and scrolls within. */
    max-height: 55vh;
    overflow-y: auto;
  }
  @keyframes slide {
    from {
      transform: translateY(100%);
    }
  }
  /* The end of an article: the same box, with the room of a section of its own. */
  .epic {
    padding: 1.25em 1.5em;
    border-top: .25em solid var(--_accent);
  }
  .body {
    flex: 1;
    /* Centred: at most 900px wide on a wide screen. */
    max-width: 56.25em;
    margin: auto;
    display: flex;
    flex-direction: column;
    gap: .5em;
  }
  /* The first line leaves room for the close button in the corner. */
  .body > :first-child {
    padding-inline-end: 1.5em;
  }
  [part~=heading] {
    font-size: 1.125em;
  }
  p {
    font-size: .9375em;
  }
  .epic [part~=heading] {
    font-size: 1.5em;
  }
  .epic p {
    font-size: 1em;
  }
  [part~=actions],
  [part~=goal] {
    display: flex;
    flex-wrap: wrap;
    align-items: center;
    gap: .25em .75em;
  }
  [part~=cta] {
    padding: .5em 1em;
    border-radius: var(--newsroom-radius, 6px);
    background: var(--_accent);
    color: var(--_on-accent);
    font-weight: 700;
    text-decoration: none;
  }
  button {
    padding: .25em 0;
    border: 0;
    background: none;
    font: inherit;
    color: inherit;
    cursor: pointer;
  }
  /* «Нагадати пізніше» and «Я вже підтримую»: buttons that read as links beside the CTA. */
  [part~=actions] button {
    text-decoration: underline;
  }
  [part~=close] {
    position: absolute;
    top: .25em;
    inset-inline-end: .25em;
    width: 1.5em;
    height: 1.5em;
    font-size: 1.5em;
  }
  [part~=goal-bar] {
    flex: 1 1 4em;
    height: .5em;
    border-radius: 1em;
    overflow: hidden;
    background: var(--_track);
  }
  /* Its width is set as it is built. */
  .fill {
    height: 100%;
    background: var(--_accent);
  }
  [part~=goal-label],
  [part~=deadline] {
    font-size: .875em;
    font-weight: 600;
  }
`;
