// @vitest-environment jsdom
import { describe, expect, it } from 'vitest';
import { createMarkdown } from '../../lib/content/markdown';
import { handleTemplateCopies } from './copy-template';

const md = '## Session record\n\n```template Session record\nDiscussed:\n- <notes> & more\n```\n';
const render = (copyButtons: boolean) => createMarkdown(() => '#', { copyButtons }).parse(md, { async: false }) as string;

describe('lesson templates', () => {
  it('render as plain text in a figure, with a labelled copy button only where asked for', () => {
    document.body.innerHTML = render(true);
    const button = document.querySelector('button[data-copy-template]');
    expect(button?.getAttribute('aria-label')).toBe('Copy template: Session record');
    expect(document.querySelector('figure.template pre')?.textContent).toBe('Discussed:\n- <notes> & more');
    expect(render(false)).not.toContain('<button');
    expect(render(false)).toContain('Template: Session record');
  });

  it('copy the template text and say so', async () => {
    document.body.innerHTML = `<div id="lesson">${render(true)}</div>`;
    const copied: string[] = [];
    const stop = handleTemplateCopies(document.getElementById('lesson') as HTMLElement, async (t) => {
      copied.push(t);
    });
    (document.querySelector('[data-copy-template]') as HTMLButtonElement).click();
    await Promise.resolve();
    expect(copied).toEqual(['Discussed:\n- <notes> & more']);
    expect(document.querySelector('.template-status')?.textContent).toMatch(/^Copied/);
    stop();
  });

  it('say what to do when the clipboard is refused', async () => {
    document.body.innerHTML = `<div id="lesson">${render(true)}</div>`;
    handleTemplateCopies(document.getElementById('lesson') as HTMLElement, () => Promise.reject(new Error('denied')));
    (document.querySelector('[data-copy-template]') as HTMLButtonElement).click();
    await new Promise((r) => setTimeout(r, 0));
    expect(document.querySelector('.template-status')?.textContent).toMatch(/select the text/);
  });

  it('leave other code blocks alone', () => {
    expect(createMarkdown(() => '#').parse('```js\nx\n```\n', { async: false })).toContain('<pre><code class="language-js">');
  });
});
