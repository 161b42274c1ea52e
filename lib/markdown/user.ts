// User-written Markdown (meeting notes) → safe HTML. The shared marked configuration drops
// unsafe links; DOMPurify then removes anything executable that raw HTML could smuggle in.
// Images are not allowed: a remote image would be a network call (and a tracking pixel).
import DOMPurify from 'dompurify';
import { dashboardLink } from '../content/links';
import { createMarkdown } from '../content/markdown';

const md = createMarkdown((kind, id) => `/options.html${dashboardLink(kind, id)}`);

export function renderUserMarkdown(text: string): string {
  const html = md.parse(text, { async: false }) as string;
  return DOMPurify.sanitize(html, {
    FORBID_TAGS: [
      'img',
      'picture',
      'video',
      'audio',
      'iframe',
      'object',
      'embed',
      'form',
      'input',
      'button',
      'textarea',
      'select',
      'style',
      'link',
      'meta',
      'base',
      'svg',
      'math',
    ],
    FORBID_ATTR: ['style', 'srcset', 'formaction'],
    ADD_ATTR: ['target', 'rel'],
  });
}
