import type { Step } from '../../core/types.js';

/** Which element renders each step (none: the authenticator shows nothing or the app). */
export const STEP_TAGS: Record<Step, string | undefined> = {
  setup: undefined,
  signIn: 'auth-sign-in',
  signUp: 'auth-sign-up',
  confirmSignUp: 'auth-sign-up',
  confirmSignIn: 'auth-mfa',
  selectMfaType: 'auth-mfa',
  setupTotp: 'auth-mfa',
  forceNewPassword: 'auth-force-new-password',
  forgotPassword: 'auth-forgot-password',
  confirmResetPassword: 'auth-forgot-password',
  verifyUser: 'auth-verify-user',
  confirmVerifyUser: 'auth-verify-user',
  authenticated: undefined,
  signOut: undefined,
};
