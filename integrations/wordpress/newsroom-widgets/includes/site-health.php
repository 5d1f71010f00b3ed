<?php
/**
 * Tools → Site Health: can readers' browsers load what the settings name? The widgets fail in
 * the reader's browser, where the site owner never looks: a script whose integrity hash does not
 * match is refused, and so is a feed or config answered without CORS's
 * Access-Control-Allow-Origin; every widget then shows only its fallback link, with a line on
 * the console. This test asks each URL from the server, as a browser on the site would (with the
 * site's origin), and says what would go wrong. The URLs are the Administrator's own settings.
 *
 * @package NewsroomWidgets
 */

defined( 'ABSPATH' ) || exit;

/** Seconds to wait for each URL. */
const NEWSROOM_WIDGETS_HEALTH_TIMEOUT = 5;

/** The most the widgets read of a feed or config (the data layer's size cap), in bytes. */
const NEWSROOM_WIDGETS_MAX_BYTES = 2 * 1024 * 1024;

/**
 * Adds the test to Site Health. Asynchronous: the Site Health screen asks for it through the REST
 * API after it has loaded, so three slow URLs do not hold the screen; the weekly check calls the
 * function directly.
 *
 * @param array $tests The tests.
 * @return array
 */
function newsroom_widgets_site_status_tests( $tests ) {
	$tests['async']['newsroom_widgets'] = array(
		'label'             => __( 'Newsroom widgets can load their script, feed and banner config', 'newsroom-widgets' ),
		'test'              => rest_url( 'newsroom-widgets/v1/site-health' ),
		'has_rest'          => true,
		'async_direct_test' => 'newsroom_widgets_site_health',
	);
	return $tests;
}

/**
 * The test's REST route, for those who may see Site Health.
 */
function newsroom_widgets_register_site_health_route(): void {
	register_rest_route(
		'newsroom-widgets/v1',
		'/site-health',
		array(
			'methods'             => 'GET',
			'callback'            => 'newsroom_widgets_site_health',
			'permission_callback' => static fn () => current_user_can( 'view_site_health_checks' ),
		)
	);
}

/**
 * The test: every problem found, or that all is well.
 *
 * @return array{label: string, status: string, badge: array, description: string, actions: string, test: string}
 */
function newsroom_widgets_site_health(): array {
	$options = newsroom_widgets_options();
	// Each finding is [status, message]: 'critical' when readers lose the widgets, 'recommended' otherwise.
	$findings = array();
	if ( '' === $options['script'] ) {
		$findings[] = array( 'recommended', __( 'No script URL is set: the widgets show only their fallback links.', 'newsroom-widgets' ) );
	} else {
		$findings = array_merge( $findings, newsroom_widgets_check_script( $options['script'], $options['integrity'] ) );
	}
	$documents = array(
		'articles' => array( __( 'The article feed', 'newsroom-widgets' ), 'newsroom_widgets_is_feed' ),
		'banner'   => array( __( 'The banner config', 'newsroom-widgets' ), 'newsroom_widgets_is_banner_config' ),
	);
	foreach ( $documents as $name => list( $label, $is_valid ) ) {
		if ( '' !== $options[ $name ] ) {
			$findings = array_merge( $findings, newsroom_widgets_check_document( $label, $options[ $name ], $is_valid ) );
		}
	}

	$statuses = array_column( $findings, 0 );
	$status = in_array( 'critical', $statuses, true ) ? 'critical' : ( array() !== $statuses ? 'recommended' : 'good' );
	$labels = array(
		'good'        => __( 'Newsroom widgets can load their script, feed and banner config', 'newsroom-widgets' ),
		'recommended' => __( 'Newsroom widgets are not set up completely', 'newsroom-widgets' ),
		'critical'    => __( 'Readers\' browsers cannot load what Newsroom widgets need', 'newsroom-widgets' ),
	);
	$description = '<p>' . esc_html__( 'Each URL on Settings → Newsroom widgets was asked for as a reader\'s browser on this site would ask for it.', 'newsroom-widgets' ) . '</p>';
	if ( array() !== $findings ) {
		$description .= '<ul>' . implode( '', array_map( static fn ( $finding ) => '<li>' . esc_html( $finding[1] ) . '</li>', $findings ) ) . '</ul>';
	}
	return array(
		'label'       => $labels[ $status ],
		'status'      => $status,
		'badge'       => array(
			'label' => __( 'Newsroom widgets', 'newsroom-widgets' ),
			'color' => 'critical' === $status ? 'red' : 'blue',
		),
		'description' => $description,
		'actions'     => '<p><a href="' . esc_url( admin_url( 'options-general.php?page=' . NEWSROOM_WIDGETS_PAGE ) ) . '">' . esc_html__( 'Settings → Newsroom widgets', 'newsroom-widgets' ) . '</a></p>',
		'test'        => 'newsroom_widgets',
	);
}

/**
 * A GET as a browser on this site makes it for a cross-origin resource: with the site's origin.
 *
 * @param string $url The URL.
 * @return array|WP_Error The response.
 */
function newsroom_widgets_fetch( string $url ) {
	return wp_remote_get(
		$url,
		array(
			'timeout'             => NEWSROOM_WIDGETS_HEALTH_TIMEOUT,
			'redirection'         => 3,
			'headers'             => array( 'Origin' => newsroom_widgets_site_origin() ),
			// One byte more than the widgets read tells a body that is too large.
			'limit_response_size' => NEWSROOM_WIDGETS_MAX_BYTES + 1,
		)
	);
}

/**
 * The origin readers see the site at: the Site Address setting as stored, not home_url(), whose
 * scheme follows the current request (an https admin in front of an http site would say https).
 */
function newsroom_widgets_site_origin(): string {
	return newsroom_widgets_origin( (string) get_option( 'home' ) );
}

/**
 * A URL's origin, as a browser writes it in the Origin header: scheme, host and a port that is
 * not the scheme's own, in lower case.
 *
 * @param string $url The URL.
 */
function newsroom_widgets_origin( string $url ): string {
	$parts = wp_parse_url( $url );
	$scheme = strtolower( $parts['scheme'] ?? '' );
	$port = isset( $parts['port'] ) && (int) $parts['port'] !== ( 'https' === $scheme ? 443 : 80 ) ? ':' . $parts['port'] : '';
	return $scheme . '://' . strtolower( $parts['host'] ?? '' ) . $port;
}

/**
 * What stops a browser using a response: no answer, an HTTP error, or (for another origin) no
 * Access-Control-Allow-Origin that lets this site read it. A site that blocks its own outgoing
 * requests (WP_HTTP_BLOCK_EXTERNAL) cannot tell: that is said, not counted against the URL.
 *
 * @param string         $label    What the URL is, for the message.
 * @param string         $url      The URL.
 * @param array|WP_Error $response Its response.
 * @return array<array{0: string, 1: string}> The findings.
 */
function newsroom_widgets_response_findings( string $label, string $url, $response ): array {
	$site = newsroom_widgets_site_origin();
	if ( str_starts_with( $site, 'https:' ) && str_starts_with( strtolower( $url ), 'http:' ) ) {
		/* translators: 1: what the URL is, 2: the URL. */
		return array( array( 'critical', sprintf( __( '%1$s (%2$s) is http: on this https: site: browsers block it as mixed content. Use its https: URL.', 'newsroom-widgets' ), $label, $url ) ) );
	}
	if ( is_wp_error( $response ) && 'http_request_not_executed' === $response->get_error_code() ) {
		/* translators: 1: what the URL is, 2: the URL. */
		return array( array( 'recommended', sprintf( __( '%1$s (%2$s) could not be checked: this site blocks its own HTTP requests to other hosts (WP_HTTP_BLOCK_EXTERNAL).', 'newsroom-widgets' ), $label, $url ) ) );
	}
	if ( is_wp_error( $response ) ) {
		/* translators: 1: what the URL is, 2: the URL, 3: the error. */
		return array( array( 'critical', sprintf( __( '%1$s (%2$s) did not answer: %3$s.', 'newsroom-widgets' ), $label, $url, $response->get_error_message() ) ) );
	}
	$code = (int) wp_remote_retrieve_response_code( $response );
	if ( $code < 200 || $code > 299 ) {
		/* translators: 1: what the URL is, 2: the URL, 3: the HTTP status. */
		return array( array( 'critical', sprintf( __( '%1$s (%2$s) answered HTTP %3$d.', 'newsroom-widgets' ), $label, $url, $code ) ) );
	}
	if ( strlen( wp_remote_retrieve_body( $response ) ) > NEWSROOM_WIDGETS_MAX_BYTES ) {
		/* translators: 1: what the URL is, 2: the URL, 3: the size in megabytes. */
		return array( array( 'critical', sprintf( __( '%1$s (%2$s) is larger than the %3$d MB the widgets read.', 'newsroom-widgets' ), $label, $url, NEWSROOM_WIDGETS_MAX_BYTES / 1024 / 1024 ) ) );
	}
	// A header sent twice comes as a list, and browsers refuse that too.
	$allowed = wp_remote_retrieve_header( $response, 'access-control-allow-origin' );
	$allowed = is_string( $allowed ) ? trim( $allowed ) : '';
	if ( newsroom_widgets_origin( $url ) !== $site && '*' !== $allowed && $site !== $allowed ) {
		/* translators: 1: what the URL is, 2: the URL, 3: this site's origin. */
		return array( array( 'critical', sprintf( __( '%1$s (%2$s) is answered without "Access-Control-Allow-Origin: *" (or %3$s): browsers on this site refuse to use it. Its server must send that header.', 'newsroom-widgets' ), $label, $url, $site ) ) );
	}
	return array();
}

/**
 * The script: it answers, with CORS (the plugin loads it with crossorigin="anonymous"), and it is
 * the file its integrity hash names.
 *
 * @param string $url       The script URL.
 * @param string $integrity The integrity value, or ''.
 * @return array<array{0: string, 1: string}> The findings.
 */
function newsroom_widgets_check_script( string $url, string $integrity ): array {
	$label = __( 'The script', 'newsroom-widgets' );
	$response = newsroom_widgets_fetch( $url );
	$findings = newsroom_widgets_response_findings( $label, $url, $response );
	if ( array() !== $findings || '' === $integrity ) {
		return $findings;
	}
	$body = wp_remote_retrieve_body( $response );
	// As browsers do (Subresource Integrity, "get the strongest metadata"): only the hashes of the
	// strongest algorithm given count, and the file must match one of them.
	$hashes = array();
	foreach ( preg_split( '/\s+/', trim( $integrity ) ) as $token ) {
		list( $algorithm, $value ) = explode( '-', $token, 2 ) + array( '', '' );
		$hashes[ $algorithm ][] = $value;
	}
	foreach ( array( 'sha512', 'sha384', 'sha256' ) as $algorithm ) {
		if ( isset( $hashes[ $algorithm ] ) ) {
			$actual = base64_encode( hash( $algorithm, $body, true ) );
			foreach ( $hashes[ $algorithm ] as $expected ) {
				if ( hash_equals( $expected, $actual ) ) {
					return array();
				}
			}
			break;
		}
	}
	/* translators: %s: the script URL. */
	return array( array( 'critical', sprintf( __( 'The script (%s) is not the file the integrity hash names: browsers refuse it, so no widget works. Set the script URL, version and hash of one release together.', 'newsroom-widgets' ), $url ) ) );
}

/**
 * A feed or banner config: it answers, with CORS, and is what it should be.
 *
 * @param string   $label    What the URL is, for the message.
 * @param string   $url      The URL.
 * @param callable $is_valid Whether a body is that kind of document.
 * @return array<array{0: string, 1: string}> The findings.
 */
function newsroom_widgets_check_document( string $label, string $url, callable $is_valid ): array {
	$response = newsroom_widgets_fetch( $url );
	$findings = newsroom_widgets_response_findings( $label, $url, $response );
	if ( array() === $findings && ! $is_valid( wp_remote_retrieve_body( $response ) ) ) {
		/* translators: 1: what the URL is, 2: the URL. */
		$findings[] = array( 'critical', sprintf( __( '%1$s (%2$s) answers with something else: check the URL.', 'newsroom-widgets' ), $label, $url ) );
	}
	return $findings;
}

/**
 * A JSON Feed (an `items` list), or RSS or Atom (their root element), as the widgets read them.
 *
 * @param string $body The response's body.
 */
function newsroom_widgets_is_feed( string $body ): bool {
	$body = newsroom_widgets_without_bom( $body );
	$json = json_decode( $body, true );
	if ( is_array( $json ) ) {
		return isset( $json['items'] ) && is_array( $json['items'] );
	}
	// Leniently, as the widgets read XML: the root element within the first few kilobytes.
	return 1 === preg_match( '/<(rss|feed|rdf:RDF)[\s>]/', substr( $body, 0, 4096 ) );
}

/**
 * A banner config: JSON with a `campaigns` list.
 *
 * @param string $body The response's body.
 */
function newsroom_widgets_is_banner_config( string $body ): bool {
	$json = json_decode( newsroom_widgets_without_bom( $body ), true );
	return is_array( $json ) && isset( $json['campaigns'] ) && is_array( $json['campaigns'] ) && array_is_list( $json['campaigns'] );
}

/**
 * The text without a UTF-8 byte order mark, which the widgets skip and json_decode does not.
 *
 * @param string $body The response's body.
 */
function newsroom_widgets_without_bom( string $body ): string {
	return str_starts_with( $body, "\xEF\xBB\xBF" ) ? substr( $body, 3 ) : $body;
}
