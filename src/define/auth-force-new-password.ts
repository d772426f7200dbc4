import { AuthForceNewPassword } from '../elements/force-new-password/force-new-password.js';
import { define } from './define.js';

define('auth-force-new-password', AuthForceNewPassword);

declare global {
  interface HTMLElementTagNameMap {
    'auth-force-new-password': AuthForceNewPassword;
  }
}
