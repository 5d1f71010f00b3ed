import {html, nothing, type TemplateResult} from 'lit';
import type {FeedItem} from '../../feed/model.js';
import {formatDate, formatTime} from '../../i18n/format.js';
import {strings} from '../../i18n/strings.js';
import {heading} from '../heading.js';

/** How a card is shown, apart from the article itself. */
export interface CardOptions {
  lang: string;
  /** Level of the title heading, already clamped to 1–6. */
  headingLevel: number;
  timeZone?: string;
  linkTarget?: string;
  /** Show the item's image (a list shows them only with its `images` attribute). */
  image: boolean;
  /** Keep the image box even without an image (aligned grids, and the loading state). */
  reserveImage?: boolean;
}

/**
 * The one source of card markup. `<article-card>` renders it into its own
 * shadow root; `<related-articles>` renders it once per item into the list's
 * shadow root, so a list of N cards costs one shadow root and one update, not
 * N + 1 of each. Its stylesheet is `cardStyles`, adopted by both elements.
 */
export function renderCard(item: FeedItem, o: CardOptions): TemplateResult {
  const target = o.linkTarget || nothing;
  const {date, category} = item;
  const image = o.image ? item.image : undefined;
  return html`<article part="card">
    <p class="meta">
      ${category
        ? item.categoryUrl
          ? html`<a part="category" href=${item.categoryUrl} target=${target} rel="noopener">${category}</a>`
          : html`<span part="category">${category}</span>`
        : nothing}
      ${date
        ? html`<time part="time" datetime=${date.toISOString()}
            ><span part="date">${formatDate(date, o.lang, o.timeZone)}</span
            ><span part="clock">${formatTime(date, o.lang, o.timeZone)}</span></time
          >`
        : nothing}
      ${item.sponsored ? html`<span part="sponsored">${strings(o.lang).sponsored}</span>` : nothing}
    </p>
    ${heading(
      o.headingLevel,
      'title',
      item.url ? html`<a part="link" href=${item.url} target=${target} rel="noopener">${item.title}</a>` : item.title,
    )}
    <p part="excerpt">${item.summary}</p>
    ${image || o.reserveImage
      ? html`<div class="media">
          ${image
            ? html`<img
                part="image"
                src=${image.url}
                alt=${image.alt ?? ''}
                width=${image.width ?? 640}
                height=${image.height ?? 360}
                loading="lazy"
                decoding="async"
              />`
            : nothing}
        </div>`
      : nothing}
  </article>`;
}
