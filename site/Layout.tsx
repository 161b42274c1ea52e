import type { ComponentChildren } from 'preact';

interface Props {
  title: string;
  description: string;
  /** How many folders below the site root this page sits. */
  depth: number;
  scripts?: string[];
  children: ComponentChildren;
}

const NAV: Array<[string, string]> = [
  ['index.html', 'Lessons'],
  ['prompts.html', 'Prompts'],
  ['assessments/mentor.html', 'Mentor readiness'],
  ['assessments/mentee.html', 'Mentee readiness'],
  ['guide.html', 'Team guide'],
];

/** Every site page: no render-blocking script (scripts are deferred), one stylesheet. */
export function Layout({ title, description, depth, scripts = [], children }: Props) {
  const up = '../'.repeat(depth);
  return (
    <html lang="en">
      <head>
        <meta charset="utf-8" />
        <meta name="viewport" content="width=device-width, initial-scale=1" />
        <meta name="color-scheme" content="light dark" />
        <meta
          http-equiv="Content-Security-Policy"
          content="default-src 'self'; script-src 'self'; style-src 'self'; img-src 'self' data:; object-src 'none'; base-uri 'none'; form-action 'self'"
        />
        <meta name="description" content={description} />
        <title>{`${title} · Teachback`}</title>
        <link rel="stylesheet" href={`${up}assets/site.css`} />
        {scripts.map((s) => (
          <script key={s} defer src={`${up}assets/${s}`} />
        ))}
      </head>
      <body>
        <a class="skip-link" href="#main">
          Skip to content
        </a>
        <header class="site-head">
          <a class="site-brand" href={`${up}index.html`}>
            Teachback
          </a>
          <nav aria-label="Site">
            <ul>
              {NAV.map(([href, label]) => (
                <li key={href}>
                  <a href={`${up}${href}`}>{label}</a>
                </li>
              ))}
            </ul>
          </nav>
        </header>
        <main id="main" class="site-main">
          {children}
        </main>
        <footer class="site-foot">
          <p>
            Teachback: short lessons on mentoring in every direction — up, across, down and outside your organisation. Read one in a few
            minutes; try one thing today.
          </p>
        </footer>
      </body>
    </html>
  );
}
