<?php
/**
 * Deleting the plugin removes its one option, on every site of a multisite network.
 *
 * @package NewsroomWidgets
 */

defined( 'WP_UNINSTALL_PLUGIN' ) || exit;

if ( is_multisite() ) {
	// Every site: get_sites() answers the first 100 unless `number` says otherwise (0: no limit).
	foreach ( get_sites(
		array(
			'fields' => 'ids',
			'number' => 0,
		)
	) as $site_id ) {
		switch_to_blog( $site_id );
		delete_option( 'newsroom_widgets' );
		restore_current_blog();
	}
} else {
	delete_option( 'newsroom_widgets' );
}
