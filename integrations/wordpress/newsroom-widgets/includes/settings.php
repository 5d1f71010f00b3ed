<?php
/**
 * Settings → Newsroom widgets: the publisher's feed and campaign-config URLs (the defaults of
 * `[related_articles]` and `[support_banner]`), the fallback link, the widgets' language, the
 * appeal and the related articles after each post, the bottom bar, and the script's URL,
 * version and integrity hash. Through the Settings API: options.php checks the nonce that
 * settings_fields() prints and the manage_options capability, and every value passes
 * newsroom_widgets_sanitize_options() before it is stored.
 *
 * @package NewsroomWidgets
 */

defined( 'ABSPATH' ) || exit;

const NEWSROOM_WIDGETS_PAGE = 'newsroom-widgets';

/** An SRI value: one or more space-separated sha256/384/512 base64 hashes, nothing else. */
const NEWSROOM_WIDGETS_INTEGRITY_PATTERN = '/^sha(256|384|512)-[A-Za-z0-9+\/]{43,86}={0,2}( sha(256|384|512)-[A-Za-z0-9+\/]{43,86}={0,2})*$/';

/** A release number: 1.2.3, optionally with a pre-release or build suffix. */
const NEWSROOM_WIDGETS_VERSION_PATTERN = '/^\d+\.\d+\.\d+([-+][0-9A-Za-z.-]+)?$/';

/**
 * The fields: name => [label, kind, help]. Kinds: url, text, lang, checkbox, version, integrity.
 *
 * @return array<string, array{0: string, 1: string, 2: string}>
 */
function newsroom_widgets_fields(): array {
	return array(
		'articles'            => array( __( 'Article feed URL', 'newsroom-widgets' ), 'url', __( 'The default src of [related_articles] and of the Related articles block: a JSON Feed, RSS or Atom URL.', 'newsroom-widgets' ) ),
		'banner'              => array( __( 'Banner config URL', 'newsroom-widgets' ), 'url', __( 'The default src of [support_banner] and of the Support banner block (banner.json), unless it is given a message of its own.', 'newsroom-widgets' ) ),
		'articles_page'       => array( __( 'Articles page URL', 'newsroom-widgets' ), 'url', __( 'Where the fallback link inside a list of articles goes (readers see it before the script runs, or when the feed cannot be loaded).', 'newsroom-widgets' ) ),
		'fallback_label'      => array( __( 'Fallback link text', 'newsroom-widgets' ), 'text', __( 'The text of that link.', 'newsroom-widgets' ) ),
		'lang'                => array( __( 'Language', 'newsroom-widgets' ), 'lang', __( 'The language of every widget the plugin writes, unless a shortcode or block gives its own: the widgets\' words and the campaigns shown are chosen by it.', 'newsroom-widgets' ) ),
		'after_post_appeal'   => array( __( 'Appeal after each post', 'newsroom-widgets' ), 'checkbox', __( 'Adds the end-of-article appeal (the banner config above, placement="epic") after the text of every post that has no banner of its own.', 'newsroom-widgets' ) ),
		'after_post_articles' => array( __( 'Related articles after each post', 'newsroom-widgets' ), 'checkbox', __( 'Adds three of the publisher\'s articles after the text of every post that has no list of its own, those sharing the post\'s tags and categories first.', 'newsroom-widgets' ) ),
		'bottom_bar'          => array( __( 'Bottom bar on every page', 'newsroom-widgets' ), 'checkbox', __( 'Shows the appeal as a bar fixed to the bottom of the window (placement="bottom") on every page of the site that shows no banner of its own (a shortcode, a block or the appeal after a post), so the reader is asked once.', 'newsroom-widgets' ) ),
		'script'              => array( __( 'Script URL', 'newsroom-widgets' ), 'url', __( 'The script-tag bundle, pinned to a version (https://…/newsroom-widgets@VERSION/dist/newsroom-widgets.js). Loaded only on pages that show a widget.', 'newsroom-widgets' ) ),
		'version'             => array( __( 'Version', 'newsroom-widgets' ), 'version', __( 'The version the script URL and the hash belong to. To upgrade, change all three together.', 'newsroom-widgets' ) ),
		'integrity'           => array( __( 'Integrity hash', 'newsroom-widgets' ), 'integrity', __( 'The bundle\'s Subresource Integrity hash (sha384-…, from newsroom-widgets.js.sri of that version): the browser refuses a file that differs. Empty: no check.', 'newsroom-widgets' ) ),
	);
}

/**
 * Adds Settings → Newsroom widgets.
 */
function newsroom_widgets_add_settings_page(): void {
	add_options_page(
		__( 'Newsroom widgets', 'newsroom-widgets' ),
		__( 'Newsroom widgets', 'newsroom-widgets' ),
		'manage_options',
		NEWSROOM_WIDGETS_PAGE,
		'newsroom_widgets_settings_page'
	);
}

/**
 * A "Settings" link beside Deactivate on the Plugins screen.
 *
 * @param string[] $links The plugin's action links.
 * @return string[]
 */
function newsroom_widgets_action_links( $links ) {
	$url = admin_url( 'options-general.php?page=' . NEWSROOM_WIDGETS_PAGE );
	array_unshift( $links, '<a href="' . esc_url( $url ) . '">' . esc_html__( 'Settings', 'newsroom-widgets' ) . '</a>' );
	return $links;
}

/**
 * The setting, its section and its fields.
 */
function newsroom_widgets_register_settings(): void {
	register_setting(
		NEWSROOM_WIDGETS_PAGE,
		NEWSROOM_WIDGETS_OPTION,
		array(
			'type'              => 'array',
			'sanitize_callback' => 'newsroom_widgets_sanitize_options',
			'default'           => array(),
			'show_in_rest'      => false,
		)
	);
	add_settings_section( 'newsroom_widgets_main', '', '__return_false', NEWSROOM_WIDGETS_PAGE );
	foreach ( newsroom_widgets_fields() as $name => $field ) {
		add_settings_field(
			'newsroom_widgets_' . $name,
			$field[0],
			'newsroom_widgets_field',
			NEWSROOM_WIDGETS_PAGE,
			'newsroom_widgets_main',
			array(
				'label_for' => 'newsroom_widgets_' . $name,
				'name'      => $name,
			)
		);
	}
}

/**
 * One field's input.
 *
 * @param array $args label_for and name.
 */
function newsroom_widgets_field( array $args ): void {
	$name = $args['name'];
	$field = newsroom_widgets_fields()[ $name ];
	$value = newsroom_widgets_options()[ $name ];
	if ( 'lang' === $field[1] ) {
		// The languages the widgets speak; a tag set otherwise (another language, uk-UA) stays a choice.
		$choices = array(
			''   => __( 'The site\'s language', 'newsroom-widgets' ),
			'uk' => 'Українська (uk)',
			'en' => 'English (en)',
		);
		if ( ! isset( $choices[ $value ] ) ) {
			$choices[ $value ] = $value;
		}
		$option_tags = '';
		foreach ( $choices as $choice => $label ) {
			$option_tags .= sprintf( '<option value="%1$s"%2$s>%3$s</option>', esc_attr( $choice ), selected( $choice, $value, false ), esc_html( $label ) );
		}
		printf(
			'<select id="%1$s" name="%2$s">%3$s</select><p class="description">%4$s</p>',
			esc_attr( $args['label_for'] ),
			esc_attr( NEWSROOM_WIDGETS_OPTION . '[' . $name . ']' ),
			$option_tags, // phpcs:ignore WordPress.Security.EscapeOutput -- each option is escaped above.
			esc_html( $field[2] )
		);
		return;
	}
	if ( 'checkbox' === $field[1] ) {
		printf(
			'<input type="checkbox" id="%1$s" name="%2$s" value="1"%3$s><p class="description">%4$s</p>',
			esc_attr( $args['label_for'] ),
			esc_attr( NEWSROOM_WIDGETS_OPTION . '[' . $name . ']' ),
			checked( '1', $value, false ),
			esc_html( $field[2] )
		);
		return;
	}
	printf(
		'<input type="%1$s" id="%2$s" name="%3$s" value="%4$s" class="%5$s"%6$s><p class="description">%7$s</p>',
		'url' === $field[1] ? 'url' : 'text',
		esc_attr( $args['label_for'] ),
		esc_attr( NEWSROOM_WIDGETS_OPTION . '[' . $name . ']' ),
		'url' === $field[1] ? esc_url( $value ) : esc_attr( $value ),
		'version' === $field[1] ? 'regular-text' : 'large-text code',
		'integrity' === $field[1] ? ' spellcheck="false" autocomplete="off"' : '',
		esc_html( $field[2] )
	);
}

/**
 * Cleans what the form sent. A value that is not what its field takes (a URL that is not
 * http(s), an integrity value that is not an SRI hash, a version that is not x.y.z) is refused
 * with a message, and the field keeps its previous value.
 *
 * @param mixed $input The submitted array.
 * @return array<string, string>
 */
function newsroom_widgets_sanitize_options( $input ): array {
	$previous = newsroom_widgets_options();
	if ( ! is_array( $input ) ) {
		return $previous;
	}
	// The kinds whose value must match a pattern (empty is always allowed).
	$patterns = array(
		'integrity' => NEWSROOM_WIDGETS_INTEGRITY_PATTERN,
		'version'   => NEWSROOM_WIDGETS_VERSION_PATTERN,
		'lang'      => NEWSROOM_WIDGETS_LANG_PATTERN,
	);
	$clean = array();
	foreach ( newsroom_widgets_fields() as $name => $field ) {
		// Unslashed already: options.php unslashes the form before update_option(), and code calling it passes plain values.
		$raw = isset( $input[ $name ] ) && is_string( $input[ $name ] ) ? trim( $input[ $name ] ) : '';
		$clean[ $name ] = $raw;
		$valid = true;
		if ( 'url' === $field[1] ) {
			$clean[ $name ] = esc_url_raw( $raw, array( 'https', 'http' ) );
			$valid = '' === $raw || '' !== $clean[ $name ];
		} elseif ( isset( $patterns[ $field[1] ] ) ) {
			$valid = '' === $raw || 1 === preg_match( $patterns[ $field[1] ], $raw );
		} elseif ( 'checkbox' === $field[1] ) {
			// An unticked box sends nothing.
			$clean[ $name ] = '1' === $raw ? '1' : '';
		} else {
			$clean[ $name ] = sanitize_text_field( $raw );
		}
		if ( ! $valid ) {
			$clean[ $name ] = $previous[ $name ];
			add_settings_error(
				NEWSROOM_WIDGETS_OPTION,
				'newsroom_widgets_' . $name,
				/* translators: %s: the field's label. */
				sprintf( __( '%s: not a valid value; the previous one is kept.', 'newsroom-widgets' ), $field[0] )
			);
		}
	}
	return $clean;
}

/**
 * The page.
 */
function newsroom_widgets_settings_page(): void {
	if ( ! current_user_can( 'manage_options' ) ) {
		return;
	}
	?>
	<div class="wrap">
		<h1><?php echo esc_html( get_admin_page_title() ); ?></h1>
		<p><?php esc_html_e( 'Shortcodes: [related_articles], [article_card] and [support_banner], with the elements\' own attributes ([related_articles limit="3" heading-level="3" images]). Blocks: Related articles, Article card and Support banner, in the Embeds category.', 'newsroom-widgets' ); ?></p>
		<p>
			<?php
			printf(
				/* translators: %s: a link to Tools → Site Health. */
				esc_html__( '%s checks that readers\' browsers can load the script, the feed and the banner config named here.', 'newsroom-widgets' ),
				'<a href="' . esc_url( admin_url( 'site-health.php' ) ) . '">' . esc_html__( 'Tools → Site Health', 'newsroom-widgets' ) . '</a>'
			);
			?>
		</p>
		<form action="options.php" method="post">
			<?php
			settings_fields( NEWSROOM_WIDGETS_PAGE );
			do_settings_sections( NEWSROOM_WIDGETS_PAGE );
			submit_button();
			?>
		</form>
	</div>
	<?php
}
