/**
 * The blocks' editor side, in plain JavaScript on WordPress's own packages (no build step):
 * a control in the sidebar for every attribute of the element, and a preview that is the
 * server's own rendering (wp.serverSideRender), upgraded by the widgets' script, which the
 * plugin loads in the editor too. The blocks' names, titles and attributes come from their
 * block.json files, registered on the server.
 */
(function (blocks, element, blockEditor, components, serverSideRender) {
  'use strict';
  const h = element.createElement;
  // The attributes and the sidebar's own words, in the user's language: one inline script of
  // includes/blocks.php sets both (without it there are no elements, and no block to register).
  const elements = window.newsroomWidgetsElements || {};
  const text = window.newsroomWidgetsText;
  // The widgets' script as the settings name it ({src, integrity}), or null when none is set.
  const script = window.newsroomWidgetsScript || null;

  /** A text or number field left empty means "not set", so the element's default applies. */
  function emptyIsUnset(value) {
    return value === '' ? undefined : value;
  }

  /**
   * The text attributes whose empty value means something of its own, kept when their field is
   * cleared: a list's `heading=""` hides its heading, as the field's help says.
   */
  const emptyIsAValue = {'related-articles': ['heading']};

  /** A help text with its `code` parts (attribute values, names) as <code>, as the manifest marks them. */
  function helpText(text) {
    return text.split('`').map(function (part, index) {
      return index % 2 === 1 ? h('code', {key: index}, part) : part;
    });
  }

  function control(tag, attribute, props) {
    const value = props.attributes[attribute.name];
    const set = function (next) {
      const change = {};
      change[attribute.name] = next;
      props.setAttributes(change);
    };
    const common = {key: attribute.name, label: attribute.name, help: helpText(attribute.description)};
    if (attribute.type === 'boolean') {
      return h(components.ToggleControl, Object.assign(common, {checked: value === true, onChange: set}));
    }
    if (attribute.enum) {
      const options = [{label: text.default, value: ''}].concat(
        attribute.enum.map(function (choice) {
          return {label: choice, value: choice};
        }),
      );
      return h(components.SelectControl, Object.assign(common, {
        value: value === undefined ? '' : value,
        options: options,
        onChange: function (next) {
          set(emptyIsUnset(next));
        },
      }));
    }
    if (attribute.type === 'number') {
      return h(components.TextControl, Object.assign(common, {
        type: 'number',
        value: value === undefined ? '' : String(value),
        onChange: function (next) {
          set(next === '' ? undefined : Number(next));
        },
      }));
    }
    const keepEmpty = (emptyIsAValue[tag] || []).indexOf(attribute.name) !== -1;
    return h(components.TextControl, Object.assign(common, {
      type: attribute.url ? 'url' : 'text',
      value: value === undefined ? '' : value,
      onChange: function (next) {
        set(keepEmpty ? next : emptyIsUnset(next));
      },
    }));
  }

  /**
   * What the preview is asked to render. A bottom bar is fixed to the window: in the editor it
   * would cover the editor's own bottom edge (and pad its page), so it is previewed in its block.
   */
  function previewAttributes(attributes) {
    return attributes.placement === 'bottom' ? Object.assign({}, attributes, {placement: 'inline'}) : attributes;
  }

  /**
   * Why the banner in a preview shows nothing (the reason its skip or dismiss event gave), or
   * null while it shows something. A banner that decides to show nothing (no campaign in the
   * page's language, closed or capped in this browser) is otherwise an empty block, zero pixels
   * high, that the editor can neither see nor select.
   */
  function useHiddenBannerReason(preview) {
    const state = element.useState(null);
    const setReason = state[1];
    element.useEffect(function () {
      const node = preview.current;
      let lastReason = '';
      function update() {
        const banner = node.querySelector('support-banner');
        setReason(banner && banner.getAttribute('state') === 'hidden' ? lastReason : null);
      }
      function remember(event) {
        lastReason = event.detail.reason;
        update();
      }
      // The preview's markup is replaced at every change, and the banner reflects its state as an attribute.
      const observer = new MutationObserver(update);
      observer.observe(node, {subtree: true, childList: true, attributes: true, attributeFilter: ['state']});
      node.addEventListener('support-banner-skip', remember);
      node.addEventListener('support-banner-dismiss', remember);
      return function () {
        observer.disconnect();
        node.removeEventListener('support-banner-skip', remember);
        node.removeEventListener('support-banner-dismiss', remember);
      };
    }, []);
    return state[0];
  }

  /**
   * The widgets' script in the document the preview is in. The site editor renders blocks in an
   * iframe of its own, where the script enqueued in the editor's page does not run, so every
   * preview there stayed empty: it is added to that document too, once, with its integrity hash.
   */
  function useScriptIn(preview) {
    element.useEffect(function () {
      const doc = preview.current.ownerDocument;
      if (!script || doc === document || doc.getElementById('newsroom-widgets-js')) {
        return;
      }
      const tag = doc.createElement('script');
      tag.id = 'newsroom-widgets-js';
      tag.async = true;
      // As the page's own tag: a cross-origin script's hash is checked only when it is fetched with CORS.
      tag.crossOrigin = 'anonymous';
      if (script.integrity) {
        tag.integrity = script.integrity;
      }
      tag.src = script.src;
      doc.head.appendChild(tag);
    }, []);
  }

  Object.keys(elements).forEach(function (tag) {
    const name = 'newsroom-widgets/' + tag;
    const attributes = elements[tag].attributes.concat([
      {name: 'lang', type: 'string', description: text.langHelp},
    ]);
    blocks.registerBlockType(name, {
      edit: function (props) {
        const preview = element.useRef(null);
        const hiddenReason = useHiddenBannerReason(preview);
        useScriptIn(preview);
        return h(
          element.Fragment,
          null,
          h(blockEditor.InspectorControls, null,
            h(components.PanelBody, {title: text.panel.replace('%s', '<' + tag + '>')},
              attributes.map(function (attribute) {
                return control(tag, attribute, props);
              }))),
          h('div', blockEditor.useBlockProps(),
            // A preview, not a page: as in core's server-rendered blocks (RSS, Archives), a click
            // selects the block instead of following a card's link out of the editor, and Tab
            // does not walk through the cards' links (inert reaches into their shadow roots).
            h(components.Disabled, null,
              h('div', {ref: preview, inert: ''},
                h(serverSideRender, {block: name, attributes: previewAttributes(props.attributes)}))),
            hiddenReason === null ? null : h(components.Notice, {status: 'warning', isDismissible: false},
              text.hiddenBanner.replace('%s', hiddenReason || '?')),
            // A card shows nothing without its article's link: a block just inserted would be an empty box, zero pixels high.
            tag === 'article-card' && !props.attributes.href ? h(components.Placeholder, {icon: 'media-document', label: blocks.getBlockType(name).title, instructions: text.emptyCard}) : null),
        );
      },
      // Dynamic: the post keeps only the block comment, the server writes the markup.
      save: function () {
        return null;
      },
    });
  });
})(window.wp.blocks, window.wp.element, window.wp.blockEditor, window.wp.components, window.wp.serverSideRender);
