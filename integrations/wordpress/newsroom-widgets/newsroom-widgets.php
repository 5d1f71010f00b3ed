<?php
/**
 * Plugin Name:       Newsroom widgets
 * Description:       The publisher's related articles, article cards and reader-support banner as shortcodes and blocks: [related_articles], [article_card], [support_banner].
 * Version:           0.1.0
 * Requires at least: 6.1
 * Requires PHP:      8.2
 * Author:            The newsroom-widgets authors
 * License:           MIT
 * Text Domain:       newsroom-widgets
 *
 * @package NewsroomWidgets
 */

defined( 'ABSPATH' ) || exit;

/** The one option this plugin stores: an array of the settings page's fields. */
const NEWSROOM_WIDGETS_OPTION = 'newsroom_widgets';
const NEWSROOM_WIDGETS_SCRIPT = 'newsroom-widgets';

require_once __DIR__ . '/includes/options.php';
require_once __DIR__ . '/includes/render.php';
require_once __DIR__ . '/includes/blocks.php';
require_once __DIR__ . '/includes/settings.php';

add_action( 'init', 'newsroom_widgets_register_shortcodes' );
add_action( 'init', 'newsroom_widgets_register_blocks' );
add_filter( 'script_loader_tag', 'newsroom_widgets_script_tag', 10, 3 );
add_action( 'enqueue_block_editor_assets', 'newsroom_widgets_use_script' );
add_action( 'admin_menu', 'newsroom_widgets_add_settings_page' );
add_action( 'admin_init', 'newsroom_widgets_register_settings' );
add_filter( 'plugin_action_links_' . plugin_basename( __FILE__ ), 'newsroom_widgets_action_links' );
