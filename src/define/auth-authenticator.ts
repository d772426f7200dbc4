import { AuthAuthenticator } from '../elements/authenticator/authenticator.js';
import { define } from './define.js';

define('auth-authenticator', AuthAuthenticator);

declare global {
  interface HTMLElementTagNameMap {
    'auth-authenticator': AuthAuthenticator;
  }
}
