import type {PropertyDeclarations, PropertyValues} from '@lit/reactive-element';
import {resolveLang} from '../../i18n/lang.js';
import {WidgetElement} from '../widget-element.js';
import {cardOptionsOf, type CardOptions, type CardShape} from './card.js';

const isArticleLink = (node: EventTarget): node is HTMLAnchorElement => node instanceof HTMLAnchorElement && node.part.contains('link');

/**
 * What `<article-card>` and `<related-articles>` share as hosts of cards: the
 * attributes that shape a card's links and dates, the element's language, and
 * the click hook. One place, so the two elements cannot drift apart.
 */
export abstract class CardHost extends WidgetElement {
  /** IANA time zone for dates (default: the reader's). */
  timeZone?: string;
  /** `target` of the links, e.g. `_blank`; links always carry `rel="noopener"`. */
  linkTarget?: string;
  /** `utm_campaign` of the article links (default `newsroom-widgets`). */
  campaign?: string;
  /** Leave article URLs untagged (no `utm_` parameters). */
  noUtm = false;
  /** Extra `rel` tokens for every article link, e.g. `nofollow` (`noopener` is always kept). */
  linkRel?: string;

  static override properties: PropertyDeclarations = {
    timeZone: {},
    linkTarget: {},
    campaign: {},
    noUtm: {type: Boolean},
    linkRel: {},
  };

  /** The element's language (see resolveLang), set in `willUpdate`: read only while rendering. */
  protected resolvedLang!: string;

  constructor() {
    super();
    // Cards' analytics hook. `click` covers the pointer and the keyboard (Enter on
    // a link fires it), and reaches the host before the browser navigates, so a
    // listener can still record it. The shadow roots are open, so `composedPath()`
    // at the host shows the link.
    this.addEventListener('click', (event) => {
      const link = event.composedPath().find(isArticleLink);
      if (link) this.followed(link);
    });
  }

  /** A reader followed this article link: the element fires its click event. */
  protected abstract followed(link: HTMLAnchorElement): void;

  protected override willUpdate(changed: PropertyValues): void {
    super.willUpdate(changed);
    // Before every render: `lang` can change on the element itself (an ancestor's change needs requestUpdate()).
    this.resolvedLang = resolveLang(this);
  }

  /** How this element's cards are shown, apart from the per-card position. */
  protected cardOptions(shape: CardShape): CardOptions {
    // The element's own properties are the host settings, by name.
    return cardOptionsOf(this.localName, this.resolvedLang, this, shape);
  }
}
