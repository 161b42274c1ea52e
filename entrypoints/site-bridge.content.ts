import { browser } from 'wxt/browser';
import { defineContentScript } from 'wxt/utils/define-content-script';
import type { Message } from '../lib/ext/messages';

// Registered at run time, only on the site address the user chose (lib/ext/site-bridge.ts).
// On the shared-collection page it reveals the "Import into Teachback" button.
export default defineContentScript({
  registration: 'runtime',
  main() {
    const button = document.getElementById('teachback-import');
    if (!(button instanceof HTMLButtonElement)) return;
    document.documentElement.dataset.teachback = 'installed';
    button.hidden = false;
    button.addEventListener('click', () => {
      const message: Message = { type: 'open-import', link: location.href };
      void browser.runtime.sendMessage(message);
    });
  },
});
