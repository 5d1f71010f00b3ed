'use client';
/**
 * `newsroom-widgets/react`: the three elements as React components, made by
 * Lit's own `@lit/react` `createComponent`. React 19 renders the bare tags
 * itself, but after server rendering its hydration sets neither properties
 * (`item`, `headingLevel`) nor event handlers on custom elements (react#35446);
 * these components set both from an effect, so a hydrated page and a
 * client-only one behave the same.
 *
 * Props are the elements' property names (`headingLevel`, `timeZone`,
 * `allHref`, `item`), set as properties; handlers are `on` + the event name in
 * PascalCase (`onRelatedArticlesLoad` for `related-articles-load`).
 *
 * Safe to import on a server: nothing here touches the DOM at import, and the
 * server writes each tag with its children (the fallback content) only. In the
 * browser a component registers its tag when it first mounts, after its props
 * are on the element: an element upgrades with its `src` and handlers in
 * place, so no event fires before its handler is there, and nothing starts
 * twice. `'use client'` marks the module as a client boundary for React Server
 * Components (Next.js App Router).
 */
import * as React from 'react';
import {createComponent, type EventName, type ReactWebComponent} from '@lit/react';
import {ArticleCard as ArticleCardElement, type ArticleCardEventMap} from './components/article-card/article-card.js';
import {RelatedArticles as RelatedArticlesElement, type RelatedArticlesEventMap} from './components/related-articles/related-articles.js';
import {SupportBanner as SupportBannerElement, type SupportBannerEventMap} from './components/support-banner/support-banner.js';

/** `related-articles-load` → `RelatedArticlesLoad`. */
type PascalCase<Name extends string> = Name extends `${infer Head}-${infer Rest}` ? `${Capitalize<Head>}${PascalCase<Rest>}` : Capitalize<Name>;

/** An element's event map as `createComponent`'s `events` option: `onRelatedArticlesLoad` → `related-articles-load`. */
type Handlers<EventMap> = {
  [Name in keyof EventMap & string as `on${PascalCase<Name>}`]: EventName<EventMap[Name] & Event>;
};

/**
 * The handler props of an element, one for each event of its event map: the
 * compiler checks the list is complete and each name matches its event, so an
 * event added to an element cannot be forgotten here.
 */
function handlers<EventMap>(names: {[Name in keyof EventMap & string as `on${PascalCase<Name>}`]: Name}): Handlers<EventMap> {
  // `EventName` is a string that carries its event's type for the handler's
  // parameter; at run time it is the event name itself.
  return names as unknown as Handlers<EventMap>;
}

interface ComponentOptions<E extends HTMLElement, Events> {
  tagName: string;
  elementClass: (new () => E) & {define(): void};
  displayName: string;
  events: Events;
}

/**
 * The React component of an element: `createComponent`'s, which registers the
 * element's tag from a layout effect of its own. That effect runs after the
 * inner component's, which set the props as properties and add the handlers,
 * so the element upgrades with both (Lit keeps properties set before upgrade).
 */
function component<E extends HTMLElement, Events extends Record<string, string>>(options: ComponentOptions<E, Events>): ReactWebComponent<E, Events> {
  // `createComponent` tells an element's property (`headingLevel`) from any other prop by the
  // class's prototype, where Lit puts the accessors when it finalizes the class: done here,
  // before any render (on a server too), rather than at registration.
  (options.elementClass as unknown as {finalize(): void}).finalize();
  const Inner = createComponent({react: React, ...options});
  function Registering(props: React.ComponentProps<typeof Inner>) {
    React.useLayoutEffect(() => {
      options.elementClass.define();
    }, []);
    return React.createElement(Inner, props);
  }
  Registering.displayName = options.displayName;
  return Registering as unknown as ReactWebComponent<E, Events>;
}

/** `<related-articles>`: the feed's latest articles as cards. */
export const RelatedArticles = component({
  tagName: 'related-articles',
  elementClass: RelatedArticlesElement,
  displayName: 'RelatedArticles',
  events: handlers<RelatedArticlesEventMap>({
    onRelatedArticlesLoad: 'related-articles-load',
    onRelatedArticlesError: 'related-articles-error',
    onRelatedArticlesClick: 'related-articles-click',
    onRelatedArticlesView: 'related-articles-view',
  }),
});

/** `<article-card>`: one article, from `item` or from its own props. */
export const ArticleCard = component({
  tagName: 'article-card',
  elementClass: ArticleCardElement,
  displayName: 'ArticleCard',
  events: handlers<ArticleCardEventMap>({
    onArticleCardClick: 'article-card-click',
  }),
});

/** `<support-banner>`: the publisher's reader-support appeal. */
export const SupportBanner = component({
  tagName: 'support-banner',
  elementClass: SupportBannerElement,
  displayName: 'SupportBanner',
  events: handlers<SupportBannerEventMap>({
    onSupportBannerView: 'support-banner-view',
    onSupportBannerClick: 'support-banner-click',
    onSupportBannerDismiss: 'support-banner-dismiss',
    onSupportBannerSkip: 'support-banner-skip',
  }),
});

