/**
 * `import 'auth-elements'` defines every element. The classes are exported for subclassing and
 * typing; to define only some elements import `auth-elements/define/<tag>.js` instead.
 */
// The authenticator first: step elements written inside it in HTML find it when they upgrade.
import './define/auth-authenticator.js';
import './define/auth-sign-in.js';
import './define/auth-sign-up.js';
import './define/auth-mfa.js';
import './define/auth-forgot-password.js';
import './define/auth-force-new-password.js';
import './define/auth-verify-user.js';
import './define/auth-sign-out.js';

export { AuthAuthenticator } from './elements/authenticator/authenticator.js';
export { AuthSignIn } from './elements/sign-in/sign-in.js';
export { AuthSignUp } from './elements/sign-up/sign-up.js';
export { AuthMfa } from './elements/mfa/mfa.js';
export { AuthForgotPassword } from './elements/forgot-password/forgot-password.js';
export { AuthForceNewPassword } from './elements/force-new-password/force-new-password.js';
export { AuthVerifyUser } from './elements/verify-user/verify-user.js';
export { AuthSignOut } from './elements/sign-out/sign-out.js';
export { AuthElement, AuthStepElement } from './elements/shared/auth-element.js';
export type {
  AuthStepChangeDetail,
  AuthSignedInDetail,
  AuthSignedUpDetail,
  AuthSignedOutDetail,
  AuthErrorDetail,
} from './elements/shared/events.js';
export type { FormFields, FormFieldOptions } from './elements/shared/fields.js';
export {
  translate,
  setTranslations,
  setTranslationLookup,
  loadLocale,
  resolveLocale,
  onTranslationsChange,
} from './i18n/index.js';
export type { Dictionary, TranslationLookup } from './i18n/index.js';
export { adoptBaseStyles } from './styles/base.js';
export { AuthFlow } from './core/flow.js';
export type { ServiceOverrides } from './core/services.js';
export type * from './core/types.js';
