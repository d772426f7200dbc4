import { AuthAuthenticator } from '../elements/authenticator/authenticator.js';
import { AuthForceNewPassword } from '../elements/force-new-password/force-new-password.js';
import { AuthForgotPassword } from '../elements/forgot-password/forgot-password.js';
import { AuthMfa } from '../elements/mfa/mfa.js';
import { AuthSignIn } from '../elements/sign-in/sign-in.js';
import { AuthSignUp } from '../elements/sign-up/sign-up.js';
import { AuthVerifyUser } from '../elements/verify-user/verify-user.js';
import { define } from './define.js';

define('auth-authenticator', AuthAuthenticator);
// The authenticator creates its step elements itself, so defining it alone must define them
// too; after it, so step elements written inside it in HTML find it when they upgrade.
define('auth-sign-in', AuthSignIn);
define('auth-sign-up', AuthSignUp);
define('auth-mfa', AuthMfa);
define('auth-forgot-password', AuthForgotPassword);
define('auth-force-new-password', AuthForceNewPassword);
define('auth-verify-user', AuthVerifyUser);

declare global {
  interface HTMLElementTagNameMap {
    'auth-authenticator': AuthAuthenticator;
  }
}
