// The app's vite.config.ts: one import tells Vue's compiler which tags are custom elements.
// (`@vitejs/plugin-vue` is not installed here; its `template.compilerOptions` takes this shape.)
import {isCustomElement} from 'newsroom-widgets/vue';

interface TemplateCompilerOptions {
  isCustomElement?: (tag: string) => boolean;
}

export const compilerOptions: TemplateCompilerOptions = {isCustomElement};
// @ts-expect-error it takes a tag name
isCustomElement(document.createElement('related-articles'));
