<?php
/**
 * Plugin Name:       Newsroom widgets
 * Description:       The publisher's related articles, article cards and reader-support banner as shortcodes and blocks: [related_articles], [article_card], [support_banner]; optionally the appeal and related articles after every post.
 * Version:           0.1.0
 * Requires at least: 6.1
 * Requires PHP:      8.2
 * Author:            The newsroom-widgets authors
 * License:           MIT
 * Text Domain:       newsroom-widgets
 * Domain Path:       /languages
 *
 * @package NewsroomWidgets
 */

defined( 'ABSPATH' ) || exit;

/** The one option this plugin stores: an array of the settings page's fields. */
const NEWSROOM_WIDGETS_OPTION = 'newsroom_widgets';
const NEWSROOM_WIDGETS_SCRIPT = 'newsroom-widgets';
/** A language tag, as HTML's lang takes it (uk, en-GB): the setting's and the shortcodes' `lang`. */
const NEWSROOM_WIDGETS_LANG_PATTERN = '/^[A-Za-z]{2,3}(-[A-Za-z0-9]{1,8})*$/';

/**
 * The plugin's own translations (languages/, Ukrainian for now), for the site's or the user's language.
 */
function newsroom_widgets_load_textdomain(): void {
	load_plugin_textdomain( 'newsroom-widgets', false, dirname( plugin_basename( __FILE__ ) ) . '/languages' );
}

require_once __DIR__ . '/includes/options.php';
require_once __DIR__ . '/includes/render.php';
require_once __DIR__ . '/includes/blocks.php';
require_once __DIR__ . '/includes/settings.php';
require_once __DIR__ . '/includes/after-post.php';
require_once __DIR__ . '/includes/site-health.php';

// Before the blocks: their titles and descriptions are translated when they are registered.
add_action( 'init', 'newsroom_widgets_load_textdomain', 0 );
add_action( 'init', 'newsroom_widgets_register_shortcodes' );
add_action( 'init', 'newsroom_widgets_register_blocks' );
add_filter( 'script_loader_tag', 'newsroom_widgets_script_tag', 10, 3 );
add_action( 'enqueue_block_editor_assets', 'newsroom_widgets_use_script' );
add_action( 'enqueue_block_editor_assets', 'newsroom_widgets_editor_data' );
add_action( 'admin_menu', 'newsroom_widgets_add_settings_page' );
add_action( 'admin_init', 'newsroom_widgets_register_settings' );
// After shortcodes (11) and blocks: the post's own widgets are in its text by then.
add_filter( 'the_content', 'newsroom_widgets_after_post', 20 );
// Before wp_print_footer_scripts (20): the bar enqueues the script that prints there.
add_action( 'wp_footer', 'newsroom_widgets_bottom_bar', 5 );
add_filter( 'site_status_tests', 'newsroom_widgets_site_status_tests' );
add_action( 'rest_api_init', 'newsroom_widgets_register_site_health_route' );
add_filter( 'plugin_action_links_' . plugin_basename( __FILE__ ), 'newsroom_widgets_action_links' );
