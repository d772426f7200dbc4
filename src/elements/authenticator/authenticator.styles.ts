import { css } from 'lit';

// Fallbacks inside var() are written without spaces: the CSS minifier keeps them as written.
export const authenticatorStyles = css`
  :host {
    display: block;
    font-family: var(--auth-font-family);
    color: var(--auth-color-text);
  }
  [hidden] {
    display: none !important;
  }
  .container {
    box-sizing: border-box;
    display: grid;
    justify-items: center;
    align-content: start;
    gap: var(--auth-space);
    padding: var(--auth-space);
  }
  .router {
    box-sizing: border-box;
    display: grid;
    gap: var(--auth-space);
    inline-size: 100%;
    max-inline-size: var(--auth-card-width);
    padding: var(--auth-card-padding,calc(var(--auth-space)*1.5));
    background: var(--auth-color-surface);
    border: var(--auth-border-width) solid var(--auth-color-border);
    border-radius: var(--auth-radius);
    box-shadow: var(--auth-shadow);
  }
  :host([variation='modal']) .container {
    position: fixed;
    inset: 0;
    z-index: var(--auth-modal-z-index,1000);
    align-content: center;
    overflow: auto;
    background: var(--auth-color-backdrop);
  }
  /* Phones: the card loses its frame and side margins, so the form (and long tab labels) get the width. */
  @media (max-width: 30rem) {
    .container {
      padding-inline: 0;
    }
    .router {
      padding: var(--auth-card-padding,var(--auth-space));
      border-width: 0;
      box-shadow: none;
    }
  }
`;
