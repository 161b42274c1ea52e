// The options page's only blocking script: the theme chosen in Settings, before the first paint.
import { defineUnlistedScript } from 'wxt/utils/define-unlisted-script';
import { applyStoredTheme } from '../lib/ui/stored-theme';

export default defineUnlistedScript(applyStoredTheme);
