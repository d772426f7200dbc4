import { AuthMfa } from '../elements/mfa/mfa.js';
import { define } from './define.js';

define('auth-mfa', AuthMfa);

declare global {
  interface HTMLElementTagNameMap {
    'auth-mfa': AuthMfa;
  }
}
