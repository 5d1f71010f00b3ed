<?php
/**
 * Dynamic blocks: the post stores only the block comment with its attributes
 * (`<!-- wp:newsroom-widgets/related-articles {"limit":3} /-->`), and the element's markup is
 * written when the post is shown, by the same function as the shortcodes'.
 *
 * @package NewsroomWidgets
 */

defined( 'ABSPATH' ) || exit;

/**
 * Registers the editor script (plain JavaScript on WordPress's own wp.* packages, no build
 * step) and the three blocks from their block.json files.
 */
function newsroom_widgets_register_blocks(): void {
	$plugin = dirname( __DIR__ );
	wp_register_script(
		'newsroom-widgets-editor',
		plugins_url( 'editor.js', $plugin . '/newsroom-widgets.php' ),
		array( 'wp-blocks', 'wp-element', 'wp-block-editor', 'wp-components', 'wp-server-side-render' ),
		(string) filemtime( $plugin . '/editor.js' ),
		true
	);
	foreach ( NEWSROOM_WIDGETS_SHORTCODES as $tag ) {
		register_block_type(
			$plugin . '/blocks/' . $tag,
			array(
				'render_callback' => static function ( array $attributes ) use ( $tag ): string {
					return newsroom_widgets_element( $tag, $attributes, 'wp-block-newsroom-widgets-' . $tag );
				},
			)
		);
	}
}

/**
 * What the editor's sidebar needs, in the user's language, added in the block editor only (not on
 * every request): each attribute's type, choices and help, as the build read them from the manifest,
 * the sidebar's own words, and the widgets' script URL and hash.
 */
function newsroom_widgets_editor_data(): void {
	$elements = json_decode( (string) file_get_contents( dirname( __DIR__ ) . '/elements.json' ), true );
	foreach ( $elements as $tag => $element ) {
		foreach ( $element['attributes'] as $index => $attribute ) {
			// Texts from a file, not literals in this code: scripts/wordpress-zip.mjs lists them for the catalogue under this context.
			$elements[ $tag ]['attributes'][ $index ]['description'] = translate_with_gettext_context( $attribute['description'], 'attribute help', 'newsroom-widgets' );
		}
	}
	$text = array(
		/* translators: %s: an element's tag, such as <related-articles>. */
		'panel'        => __( '%s attributes', 'newsroom-widgets' ),
		'default'      => __( '(default)', 'newsroom-widgets' ),
		'langHelp'     => __( 'Language of the widget (uk, en): its words, and the campaigns a banner may show. Default: the Language in Settings → Newsroom widgets, else the page’s.', 'newsroom-widgets' ),
		/* translators: %s: why the banner shows nothing, as its skip event says it (no-campaign, dismissed, capped…). */
		'hiddenBanner' => __( 'This banner shows nothing here (%s), nor to a reader in the same case; the browser console says why. No campaign in the site’s language? Set lang (uk) in the block’s settings.', 'newsroom-widgets' ),
		'emptyCard'    => __( 'Set the article in the block’s settings: its href (the article’s URL) and heading, and the rest as you like.', 'newsroom-widgets' ),
	);
	// The script again, for the site editor's iframe, which the tag enqueued in the editor's page does not reach.
	$options = newsroom_widgets_options();
	$script = '' === $options['script'] ? null : array(
		'src'       => $options['script'],
		'integrity' => $options['integrity'],
	);
	wp_add_inline_script(
		'newsroom-widgets-editor',
		'window.newsroomWidgetsElements = ' . wp_json_encode( $elements ) . '; window.newsroomWidgetsText = ' . wp_json_encode( $text ) . '; window.newsroomWidgetsScript = ' . wp_json_encode( $script, JSON_HEX_TAG | JSON_HEX_AMP ) . ';',
		'before'
	);
}
