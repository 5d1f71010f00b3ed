// A page script beside the script tag (dist/newsroom-widgets.js), typed by that file's own export.
import type {} from 'newsroom-widgets/newsroom-widgets.js';

const version: string = NewsroomWidgets.version;
console.log(version, window.NewsroomWidgets?.version);
document.querySelector('article-card')?.setAttribute('heading', 'Заголовок');
document.addEventListener('related-articles-load', (e) => console.log(e.detail.count));
// @ts-expect-error the global is read-only
NewsroomWidgets.version = '9.9.9';
