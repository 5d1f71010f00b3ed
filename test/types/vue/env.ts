// Once in the app: the elements' template types, and their registration.
import type {} from 'newsroom-widgets/vue';
import 'newsroom-widgets/define';
