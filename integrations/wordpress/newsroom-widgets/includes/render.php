<?php
/**
 * Shortcodes, and the element markup that shortcodes and blocks share.
 *
 * The stored post holds only `[related_articles …]` or a block comment, never the element's
 * HTML, so kses (Authors, Contributors, every site admin on multisite) leaves it whole. The
 * markup is written at display time on ONE line: wpautop runs before shortcodes (do_shortcode
 * is at priority 11) and not at all on block content, and a line break inside the element is
 * what would give it a <p> or <br>.
 *
 * @package NewsroomWidgets
 */

defined( 'ABSPATH' ) || exit;

/** Shortcode name => element tag. Shortcode names use underscores, as WordPress's own do. */
const NEWSROOM_WIDGETS_SHORTCODES = array(
	'related_articles' => 'related-articles',
	'article_card'     => 'article-card',
	'support_banner'   => 'support-banner',
);

/**
 * Each element's attributes, read from elements.json (written by the build from the
 * elements' custom-elements.json), plus HTML's own `lang`: campaigns and the widgets'
 * words are chosen by language, and a partner site in English may show a Ukrainian banner.
 *
 * @param string $tag The element's tag name.
 * @return array<string, array{name: string, type: string, enum?: string[], url?: bool}>
 */
function newsroom_widgets_attribute_specs( string $tag ): array {
	static $elements = null;
	if ( null === $elements ) {
		$elements = json_decode( (string) file_get_contents( dirname( __DIR__ ) . '/elements.json' ), true );
		if ( ! is_array( $elements ) ) {
			$elements = array();
		}
	}
	$specs = array();
	foreach ( $elements[ $tag ]['attributes'] ?? array() as $spec ) {
		// The names end up in the markup unescaped (attribute names have no escaping function): only plain ones.
		if ( is_array( $spec ) && isset( $spec['name'] ) && preg_match( '/^[a-z][a-z0-9-]*$/', $spec['name'] ) ) {
			$specs[ $spec['name'] ] = $spec;
		}
	}
	$specs['lang'] = array(
		'name' => 'lang',
		'type' => 'string',
	);
	return $specs;
}

/**
 * An attribute's name as the element has it: WordPress's shortcode parser lowercases names, and
 * `heading_level` is written for `heading-level` as often as not.
 *
 * @param string $name The name as given.
 */
function newsroom_widgets_attribute_name( string $name ): string {
	return str_replace( '_', '-', strtolower( $name ) );
}

/**
 * Registers the three shortcodes.
 */
function newsroom_widgets_register_shortcodes(): void {
	foreach ( array_keys( NEWSROOM_WIDGETS_SHORTCODES ) as $shortcode ) {
		add_shortcode( $shortcode, 'newsroom_widgets_shortcode' );
	}
}

/**
 * `[related_articles limit="3" heading-level="3" images]`: attributes are the element's,
 * written as in HTML (`heading-level`) or with underscores (`heading_level`); WordPress's
 * shortcode parser accepts hyphens in names and lowercases them. A boolean attribute is on
 * when written bare (`images`) or as `images="true"` / `"1"` / `"yes"`.
 *
 * @param array|string $atts      What WordPress parsed ('' when there are none).
 * @param string|null  $content   Unused: the elements take no content from the post.
 * @param string       $shortcode The shortcode's name.
 * @return string The element's markup.
 */
function newsroom_widgets_shortcode( $atts, $content, $shortcode ): string {
	$tag = NEWSROOM_WIDGETS_SHORTCODES[ $shortcode ] ?? '';
	if ( '' === $tag ) {
		return '';
	}
	$specs = newsroom_widgets_attribute_specs( $tag );
	$given = array();
	foreach ( (array) $atts as $key => $value ) {
		if ( is_int( $key ) ) {
			// A bare word after the name: `[related_articles images]`.
			$name = newsroom_widgets_attribute_name( (string) $value );
			if ( isset( $specs[ $name ] ) && 'boolean' === $specs[ $name ]['type'] ) {
				$given[ $name ] = true;
			}
			continue;
		}
		$name = newsroom_widgets_attribute_name( $key );
		if ( isset( $specs[ $name ] ) ) {
			$given[ $name ] = $value;
		}
	}
	return newsroom_widgets_element( $tag, $given );
}

/**
 * One value as the element accepts it, or null to leave the attribute out: numbers must be
 * numbers, a choice one of its values, a URL http(s) (anything else, `javascript:` included,
 * is dropped), `lang` a language tag.
 *
 * @param array $spec  The attribute's description.
 * @param mixed $value What the shortcode or block gave.
 * @return string|true|null
 */
function newsroom_widgets_clean_value( array $spec, $value ) {
	if ( 'boolean' === $spec['type'] ) {
		if ( is_bool( $value ) ) {
			return $value ? true : null;
		}
		$word = strtolower( trim( (string) $value ) );
		return in_array( $word, array( '', '1', 'true', 'yes', 'on', $spec['name'] ), true ) ? true : null;
	}
	if ( is_array( $value ) || is_object( $value ) || null === $value ) {
		return null;
	}
	$text = trim( (string) $value );
	if ( 'number' === $spec['type'] ) {
		return is_numeric( $text ) ? (string) ( $text + 0 ) : null;
	}
	if ( isset( $spec['enum'] ) ) {
		return in_array( $text, $spec['enum'], true ) ? $text : null;
	}
	if ( ! empty( $spec['url'] ) ) {
		$url = esc_url_raw( $text, array( 'https', 'http' ) );
		return '' === $url ? null : $url;
	}
	if ( 'lang' === $spec['name'] ) {
		return preg_match( NEWSROOM_WIDGETS_LANG_PATTERN, $text ) ? $text : null;
	}
	// An empty string is a value: `heading=""` hides the list's heading.
	return (string) $value;
}

/**
 * The element's markup, on one line, with its fallback link inside: readers see the link
 * before the script runs, and again if the feed cannot be loaded.
 *
 * @param string $tag        The element's tag name.
 * @param array  $given      Attribute name => value as the shortcode or block gave it.
 * @param string $class_name Extra class (a block's wrapper class), or ''.
 * @return string
 */
function newsroom_widgets_element( string $tag, array $given, string $class_name = '' ): string {
	$specs = newsroom_widgets_attribute_specs( $tag );
	$options = newsroom_widgets_options();
	$values = array();
	foreach ( $given as $name => $value ) {
		if ( isset( $specs[ $name ] ) ) {
			$clean = newsroom_widgets_clean_value( $specs[ $name ], $value );
			if ( null !== $clean ) {
				$values[ $name ] = $clean;
			}
		}
	}
	if ( 'related-articles' === $tag && ! isset( $values['src'] ) && '' !== $options['articles'] ) {
		$values['src'] = $options['articles'];
	}
	if ( 'support-banner' === $tag && ! isset( $values['src'] ) && ! isset( $values['message'] ) && '' !== $options['banner'] ) {
		$values['src'] = $options['banner'];
	}
	if ( ! isset( $values['lang'] ) && '' !== $options['lang'] ) {
		$values['lang'] = $options['lang'];
	}

	$attributes = '' === $class_name ? '' : ' class="' . esc_attr( $class_name ) . '"';
	foreach ( $values as $name => $value ) {
		if ( true === $value ) {
			$attributes .= ' ' . $name;
		} elseif ( ! empty( $specs[ $name ]['url'] ) ) {
			$attributes .= ' ' . $name . '="' . esc_url( $value, array( 'https', 'http' ) ) . '"';
		} else {
			$attributes .= ' ' . $name . '="' . esc_attr( $value ) . '"';
		}
	}
	newsroom_widgets_use_script();
	if ( 'support-banner' === $tag ) {
		newsroom_widgets_page_has_banner( true );
	}
	return '<' . $tag . $attributes . '>' . newsroom_widgets_fallback( $tag, $values, $options ) . '</' . $tag . '>';
}

/**
 * Whether this page already shows a banner (a shortcode's, a block's or the appeal after the
 * post): then the bottom bar stays out, and the reader is asked once.
 *
 * @param bool $written True when a banner has just been written.
 */
function newsroom_widgets_page_has_banner( bool $written = false ): bool {
	static $has_banner = false;
	if ( $written ) {
		$has_banner = true;
	}
	return $has_banner;
}

/**
 * The link inside the element: the publisher's articles for a list, the article for a card,
 * the appeal's button for a static banner. A banner from a campaign config has none (the
 * config decides whether there is anything to show).
 *
 * @param string $tag     The element's tag name.
 * @param array  $values  The element's cleaned attributes.
 * @param array  $options The settings.
 * @return string
 */
function newsroom_widgets_fallback( string $tag, array $values, array $options ): string {
	$href = '';
	$label = '';
	if ( 'related-articles' === $tag ) {
		$href = $values['all-href'] ?? $options['articles_page'];
		$label = $options['fallback_label'];
	} elseif ( 'article-card' === $tag ) {
		$href = $values['href'] ?? '';
		$label = $values['heading'] ?? '';
	} elseif ( 'support-banner' === $tag && isset( $values['cta-href'] ) ) {
		$href = $values['cta-href'];
		$label = $values['cta-label'] ?? newsroom_widgets_support_label( $values['lang'] ?? get_bloginfo( 'language' ) );
	}
	$href = esc_url( (string) $href, array( 'https', 'http' ) );
	if ( '' === $href || '' === trim( (string) $label ) ) {
		return '';
	}
	return '<a href="' . $href . '">' . esc_html( $label ) . '</a>';
}

/**
 * The element's own default CTA label in a language (src/i18n/banner-strings.ts): English for an
 * English tag, else Ukrainian, as the element chooses. Without a `lang` of its own the element
 * takes the page's, which WordPress writes from the site's language.
 *
 * @param string $lang A language tag (en, en-US, uk).
 */
function newsroom_widgets_support_label( string $lang ): string {
	return 'en' === preg_split( '/[-_]/', strtolower( $lang ) )[0] ? 'Support us' : 'Підтримати';
}

/**
 * Enqueues the script-tag bundle: called while an element is rendered, so only pages that
 * hold one load it (in the footer; enqueued in the page's body, WordPress prints it there).
 */
function newsroom_widgets_use_script(): void {
	$options = newsroom_widgets_options();
	if ( '' === $options['script'] ) {
		return;
	}
	if ( ! wp_script_is( NEWSROOM_WIDGETS_SCRIPT, 'registered' ) ) {
		// No `ver`: the URL is pinned to a version already, and ?ver= would make another URL for the CDN to cache.
		wp_register_script( NEWSROOM_WIDGETS_SCRIPT, $options['script'], array(), null, true );
	}
	wp_enqueue_script( NEWSROOM_WIDGETS_SCRIPT );
}

/**
 * The bundle's tag: async, with its integrity hash and crossorigin="anonymous" (a browser
 * checks the hash of a cross-origin script only when it fetched it with CORS). WordPress 6.1
 * has no API for these attributes, so the tag is rebuilt with wp_get_script_tag().
 *
 * @param string $tag    The tag WordPress made.
 * @param string $handle The script's handle.
 * @param string $src    Its URL.
 * @return string
 */
function newsroom_widgets_script_tag( $tag, $handle, $src ) {
	if ( NEWSROOM_WIDGETS_SCRIPT !== $handle ) {
		return $tag;
	}
	$options = newsroom_widgets_options();
	$attributes = array(
		'src'         => $src,
		'id'          => NEWSROOM_WIDGETS_SCRIPT . '-js',
		'async'       => true,
		'crossorigin' => 'anonymous',
	);
	if ( '' !== $options['integrity'] ) {
		$attributes['integrity'] = $options['integrity'];
	}
	return wp_get_script_tag( $attributes );
}
