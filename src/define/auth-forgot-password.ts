import { AuthForgotPassword } from '../elements/forgot-password/forgot-password.js';
import { define } from './define.js';

define('auth-forgot-password', AuthForgotPassword);

declare global {
  interface HTMLElementTagNameMap {
    'auth-forgot-password': AuthForgotPassword;
  }
}
