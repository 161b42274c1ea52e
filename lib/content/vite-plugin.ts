// Serves content/ to the extension as `virtual:library`, checked and pre-rendered at build
// time, so bad content fails the extension build too and the library works offline.
import type { Plugin } from 'vite';
import { dashboardLink } from './links';
import { loadLibrary } from './load';
import { renderLibrary } from './render';

const ID = 'virtual:library';
const RESOLVED = `\0${ID}`;

export function libraryPlugin(): Plugin {
  return {
    name: 'teachback-library',
    resolveId: (id) => (id === ID ? RESOLVED : undefined),
    load(id) {
      if (id !== RESOLVED) return undefined;
      this.addWatchFile('content');
      return `export default ${JSON.stringify(renderLibrary(loadLibrary(), dashboardLink, { copyButtons: true }))};`;
    },
  };
}
