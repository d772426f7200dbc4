export * from './types.js';
export { AuthFlow, defaultFlowOptions, resolveFlowOptions } from './flow.js';
export { transition, initialState, totpUri, SERVICE_CALLS } from './machine.js';
export type {
  Call,
  CallEffect,
  CallInput,
  CallOutput,
  Effect,
  FailedEvent,
  MachineEvent,
  MachineState,
  ResultEvent,
  SubmitEvent,
  Transition,
} from './machine.js';
export {
  cleanValues,
  isContactAttribute,
  isE164Phone,
  isEmail,
  normalizePhone,
  passwordRuleErrors,
  validateChoice,
  validateCode,
  validateNewPassword,
  validateResetPassword,
  validateSignIn,
  validateSignUp,
  validateUsername,
} from './validation.js';
export type { FieldErrors, SignUpInput, Validated } from './validation.js';
export { coreMessages, coreMessageKeys } from './messages.js';
export type { CoreMessageKey } from './messages.js';
export { isAuthError, toAuthError } from './errors.js';
export { withOverrides } from './services.js';
export type { ServiceOverrides } from './services.js';
