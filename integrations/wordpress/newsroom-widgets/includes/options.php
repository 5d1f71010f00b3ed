<?php
/**
 * The settings' defaults and stored values.
 *
 * @package NewsroomWidgets
 */

defined( 'ABSPATH' ) || exit;

/**
 * What the settings start from. The build writes defaults.json into the plugin's zip: the
 * publisher's URLs (newsroom.config.json) and the script URL, version and integrity hash of the
 * bundle built with it. A copy of the plugin without that file starts empty.
 *
 * The switches (after_post_appeal, after_post_articles, bottom_bar) are '1' when on, '' when off.
 *
 * @return array<string, string>
 */
function newsroom_widgets_defaults(): array {
	static $defaults = null;
	if ( null === $defaults ) {
		$defaults = array(
			'articles'            => '',
			'banner'              => '',
			'articles_page'       => '',
			'fallback_label'      => 'Статті ОстроВ',
			'lang'                => '',
			'after_post_appeal'   => '',
			'after_post_articles' => '',
			'bottom_bar'          => '',
			'script'              => '',
			'version'             => '',
			'integrity'           => '',
		);
		$file = dirname( __DIR__ ) . '/defaults.json';
		if ( is_readable( $file ) ) {
			$built = json_decode( (string) file_get_contents( $file ), true );
			if ( is_array( $built ) ) {
				$defaults = array_merge( $defaults, array_intersect_key( array_map( 'strval', $built ), $defaults ) );
			}
		}
	}
	return $defaults;
}

/**
 * The settings in force: the saved ones over the defaults.
 *
 * @return array<string, string>
 */
function newsroom_widgets_options(): array {
	$saved = get_option( NEWSROOM_WIDGETS_OPTION, array() );
	$defaults = newsroom_widgets_defaults();
	if ( ! is_array( $saved ) ) {
		return $defaults;
	}
	return array_merge( $defaults, array_intersect_key( $saved, $defaults ) );
}
