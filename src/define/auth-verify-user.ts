import { AuthVerifyUser } from '../elements/verify-user/verify-user.js';
import { define } from './define.js';

define('auth-verify-user', AuthVerifyUser);

declare global {
  interface HTMLElementTagNameMap {
    'auth-verify-user': AuthVerifyUser;
  }
}
