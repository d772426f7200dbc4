import { AuthSignOut } from '../elements/sign-out/sign-out.js';
import { define } from './define.js';

define('auth-sign-out', AuthSignOut);

declare global {
  interface HTMLElementTagNameMap {
    'auth-sign-out': AuthSignOut;
  }
}
