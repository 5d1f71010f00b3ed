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
	// The editor's controls: each attribute's type, choices and description, as the build read them from the manifest.
	wp_add_inline_script(
		'newsroom-widgets-editor',
		'window.newsroomWidgetsElements = ' . wp_json_encode( json_decode( (string) file_get_contents( $plugin . '/elements.json' ), true ) ) . ';',
		'before'
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
