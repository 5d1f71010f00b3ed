/**
 * The script-tag entry (`dist/newsroom-widgets.js`): registers the elements and
 * adds one global, `NewsroomWidgets`, holding the version. Loaded twice, or
 * beside another version, it changes nothing the first copy set up.
 */
import './define.js';
import {exposeGlobal} from './internal/global.js';

exposeGlobal();
