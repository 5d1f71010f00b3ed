<?php
/**
 * After each post: the end-of-article appeal and a list of related articles, and on every page the
 * appeal as a bottom bar, when the settings ask for them, so a site owner gets them without
 * editing a post or a template.
 *
 * Added to the post's text through `the_content` after shortcodes and blocks are rendered, and
 * only for the post the page is about, in its loop: not on archives, pages, feeds, embeds, AMP or
 * REST answers, not for the excerpt WordPress builds from the text (it would keep the fallback
 * link's words), not for another post's text shown on the same page, not behind a post's
 * password, and on a post split into pages only after the last. A post that shows a banner or a list of its own
 * gets no second one. The filter `newsroom_widgets_after_post` may change or drop what is added
 * (tag => attributes), post by post.
 *
 * @package NewsroomWidgets
 */

defined( 'ABSPATH' ) || exit;

/**
 * The post's text, with the appeal and the related articles after it.
 *
 * @param string $content The post's text, rendered.
 * @return string
 */
function newsroom_widgets_after_post( $content ) {
	// The loop of the page's own post: not the excerpt, nor an SEO plugin reading the text in <head>.
	// (Block themes start the loop too: the Post Content block calls the_post().)
	if ( ! is_singular( 'post' ) || ! is_main_query() || ! in_the_loop() || doing_filter( 'get_the_excerpt' ) || get_the_ID() !== get_queried_object_id() ) {
		return $content;
	}
	if ( is_feed() || is_embed() || newsroom_widgets_is_amp() ) {
		return $content;
	}
	$post = get_post();
	// Behind a password the reader sees only the form; on a post split by <!--nextpage-->, the last page ends the article.
	global $page, $numpages;
	if ( post_password_required( $post ) || ( $numpages > 1 && $page < $numpages ) ) {
		return $content;
	}
	$options = newsroom_widgets_options();
	$elements = array();
	if ( '1' === $options['after_post_appeal'] && '' !== $options['banner'] && ! str_contains( $content, '<support-banner' ) ) {
		$elements['support-banner'] = array( 'placement' => 'epic' );
	}
	if ( '1' === $options['after_post_articles'] && '' !== $options['articles'] && ! str_contains( $content, '<related-articles' ) ) {
		// The post's own URL: on the publisher's site, where the feed holds it, the list shows what
		// shares its tags and never the post itself; elsewhere its tags and categories rank the list.
		// Three cards always: the matches first, then the newest (`min-related` as the limit).
		$elements['related-articles'] = array(
			'limit'       => 3,
			'min-related' => 3,
			'related-to'  => get_permalink( $post ),
			'topics'      => newsroom_widgets_post_topics( $post ),
		);
	}
	/**
	 * What is added after the post's text: element tag => its attributes, as a shortcode takes them.
	 *
	 * @param array   $elements The elements, in the order they are added.
	 * @param WP_Post $post     The post.
	 */
	$elements = apply_filters( 'newsroom_widgets_after_post', $elements, $post );
	if ( ! is_array( $elements ) ) {
		return $content;
	}
	foreach ( $elements as $tag => $given ) {
		if ( is_array( $given ) && in_array( $tag, NEWSROOM_WIDGETS_SHORTCODES, true ) ) {
			// Names as a shortcode takes them: `heading_level` is `heading-level`.
			$names = array_map( static fn ( $name ) => newsroom_widgets_attribute_name( (string) $name ), array_keys( $given ) );
			$content .= newsroom_widgets_element( $tag, array_combine( $names, $given ), 'newsroom-widgets-after-post' );
		}
	}
	return $content;
}

/**
 * The post's tags, then its categories (the default one left out: "Uncategorized" says nothing),
 * as the list's `topics`: comma-separated, so a comma inside a name becomes a space.
 *
 * @param WP_Post $post The post.
 * @return string
 */
function newsroom_widgets_post_topics( WP_Post $post ): string {
	$names = array();
	foreach ( array( 'post_tag', 'category' ) as $taxonomy ) {
		$terms = get_the_terms( $post, $taxonomy );
		if ( ! is_array( $terms ) ) {
			continue;
		}
		foreach ( $terms as $term ) {
			if ( 'category' !== $taxonomy || (int) get_option( 'default_category' ) !== $term->term_id ) {
				$names[] = trim( str_replace( ',', ' ', $term->name ) );
			}
		}
	}
	return implode( ', ', array_unique( array_filter( $names ) ) );
}

/**
 * The appeal as a bottom bar on every page that shows no banner of its own, when the settings ask
 * for it: printed at the end of the page (it is fixed to the window, so where it stands does not
 * matter), before the footer scripts, which then include the widgets' script. Block themes render
 * the post before the page's head and classic themes before the footer, so every banner of the
 * page is known by then.
 */
function newsroom_widgets_bottom_bar(): void {
	$options = newsroom_widgets_options();
	if ( '1' !== $options['bottom_bar'] || '' === $options['banner'] || is_embed() || newsroom_widgets_is_amp() || newsroom_widgets_page_has_banner() ) {
		return;
	}
	/**
	 * Whether this page gets the bottom bar (a theme or plugin may say no for a checkout page,
	 * or for pages whose templates hold a banner of their own in raw HTML).
	 *
	 * @param bool $show True.
	 */
	if ( ! apply_filters( 'newsroom_widgets_bottom_bar', true ) ) {
		return;
	}
	echo newsroom_widgets_element( 'support-banner', array( 'placement' => 'bottom' ), 'newsroom-widgets-bottom-bar' ); // phpcs:ignore WordPress.Security.EscapeOutput -- every value is escaped inside.
}

/** An AMP page (the AMP plugin's): it runs no script of ours, so the widgets would stay fallback links. */
function newsroom_widgets_is_amp(): bool {
	return function_exists( 'amp_is_request' ) && amp_is_request();
}
