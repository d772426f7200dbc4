/** The Amplify v5 backend: the only part of the kit that imports `@aws-amplify/*`. */
export {
  AmplifyAuthService,
  createAmplifyAuthService,
  toExternalEvent,
  toSignInResult,
  toAuthUser,
} from './service.js';
export type { AmplifyAuth, AmplifyHub, AmplifyAuthServiceOptions } from './service.js';
export {
  toAuthError,
  NETWORK_ERROR_MESSAGE,
  NOT_CONFIGURED_MESSAGE,
  DEFAULT_ERROR_MESSAGE,
} from './errors.js';
export { readAmplifyConfig, currentAmplifyOptions } from './config.js';
