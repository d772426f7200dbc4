import { AuthSignIn } from '../elements/sign-in/sign-in.js';
import { define } from './define.js';

define('auth-sign-in', AuthSignIn);

declare global {
  interface HTMLElementTagNameMap {
    'auth-sign-in': AuthSignIn;
  }
}
