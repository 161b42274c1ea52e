// @vitest-environment jsdom
import { describe, expect, it } from 'vitest';
import { dropEventHandlers, renderUserMarkdown } from './user';

const PAYLOADS = [
  '<script>alert(1)</script>',
  '<img src=x onerror=alert(1)>',
  '<svg onload=alert(1)><circle r=1></svg>',
  '<svg><script>alert(1)</script></svg>',
  '<iframe src="javascript:alert(1)"></iframe>',
  '<a href="javascript:alert(1)">click</a>',
  '[click](javascript:alert(1))',
  '[click](JaVaScRiPt:alert(1))',
  '[click](data:text/html;base64,PHNjcmlwdD5hbGVydCgxKTwvc2NyaXB0Pg==)',
  '[click](vbscript:msgbox(1))',
  '<a href="jav&#x09;ascript:alert(1)">x</a>',
  '<div onclick="alert(1)">hi</div>',
  '<body onload=alert(1)>',
  '<object data="javascript:alert(1)"></object>',
  '<embed src="javascript:alert(1)">',
  '<form action="javascript:alert(1)"><button>go</button></form>',
  '<input autofocus onfocus=alert(1)>',
  '<details open ontoggle=alert(1)>',
  '<style>@import "https://evil.example/x.css";</style>',
  '<math><mtext><table><mglyph><style><img src=x onerror=alert(1)>',
  '![pixel](https://tracker.example/p.gif)',
  '<a href="https://ok.example" onmouseover="alert(1)">ok</a>',
  '<meta http-equiv="refresh" content="0;url=javascript:alert(1)">',
  '<base href="javascript:alert(1)//">',
  '<p style="background:url(javascript:alert(1))">x</p>',
];

describe('user Markdown is rendered inert', () => {
  it.each(PAYLOADS)('%s', (payload) => {
    const html = renderUserMarkdown(`Notes\n\n${payload}\n\nend`);
    const doc = new DOMParser().parseFromString(`<div>${html}</div>`, 'text/html');
    expect(doc.querySelectorAll('script, img, svg, iframe, object, embed, form, input, style, meta, base, math').length).toBe(0);
    for (const el of doc.querySelectorAll('*')) {
      for (const attr of el.getAttributeNames()) expect(attr.startsWith('on') || attr === 'style', `${el.tagName} ${attr}`).toBe(false);
      const href = el.getAttribute('href');
      if (href) expect(href).toMatch(/^(https?:|#|\/options\.html#)/);
    }
  });

  it('keeps ordinary formatting, safe links and lesson links', () => {
    const html = renderUserMarkdown(
      '**Agreed:** try [the checklist](https://example.org/c) and read [this](lesson:ending-well).\n\n- one\n- two',
    );
    expect(html).toContain('<strong>Agreed:</strong>');
    expect(html).toContain('href="https://example.org/c"');
    expect(html).toContain('rel="noopener noreferrer"');
    expect(html).toContain('href="/options.html#/library/lesson/ending-well"');
    expect(html).toContain('<li>two</li>');
  });

  it('moves the note’s headings below the section’s, keeping their order, never past h6', () => {
    const levels = (html: string) => [...html.matchAll(/<h(\d)/g)].map((m) => Number(m[1]));
    const note = '## Context\n\n### Detail\n\n#### Deeper\n\n## Next';
    expect(levels(renderUserMarkdown(note, { headingsBelow: 3 }))).toEqual([4, 5, 6, 4]);
    expect(levels(renderUserMarkdown(note, { headingsBelow: 2 }))).toEqual([3, 4, 5, 3]);
    expect(levels(renderUserMarkdown('# Top\n\n###### Tiny', { headingsBelow: 3 }))).toEqual([4, 6]);
    expect(levels(renderUserMarkdown(note))).toEqual([2, 3, 4, 2]);
  });

  it('takes event handlers out of raw HTML before anything parses it, and leaves the rest', () => {
    const handlers = (html: string) =>
      [...new DOMParser().parseFromString(html, 'text/html').querySelectorAll('*')].flatMap((el) =>
        el.getAttributeNames().filter((a) => a.startsWith('on')),
      );
    const raw = [
      ...PAYLOADS,
      '<img/onerror=alert(1)>',
      '<img src="a"onerror=alert(1)>',
      "<IMG SRC=x ONERROR='alert(1)' OnLoad=alert(2)>",
      '<div\n onclick = "alert(1)" title="a > b" onmouseover=alert(2)>x</div>',
      '<a title="x>y" onclick=alert(1)>x</a>',
    ];
    for (const html of raw) expect(handlers(dropEventHandlers(html)), html).toEqual([]);
    expect(dropEventHandlers('<kbd title="on call">Ctrl</kbd> online = fine')).toBe('<kbd title="on call">Ctrl</kbd> online = fine');
    expect(renderUserMarkdown('Hi <b onclick="x()">there</b>')).toBe('<p>Hi <b>there</b></p>\n');
  });
});
