import { AuthSignUp } from '../elements/sign-up/sign-up.js';
import { define } from './define.js';

define('auth-sign-up', AuthSignUp);

declare global {
  interface HTMLElementTagNameMap {
    'auth-sign-up': AuthSignUp;
  }
}
