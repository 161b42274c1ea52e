import type { ComponentChildren } from 'preact';
import './popup.css';

/** The popup's page around its content, the same in its first frame and in the app. */
export function PopupFrame({ picker, foot, children }: { picker?: ComponentChildren; foot?: string; children: ComponentChildren }) {
  return (
    <main class="popup">
      <header class="popup-head">
        <h1>Teachback</h1>
        {picker}
        <a class="btn btn-quiet small" href="/options.html#/people" target="_blank" rel="noopener">
          Dashboard
        </a>
      </header>
      {children}
      {foot ? (
        <p class="muted small foot" data-testid="active-count">
          {foot}
        </p>
      ) : null}
    </main>
  );
}
