import type { AuthErrorCode, CodeDelivery, FlowEvent, Step } from '../../core/types.js';
import { resolveLocale, translate } from '../../i18n/index.js';

/** `auth-step-change` */
export interface AuthStepChangeDetail {
  step: Step;
  previousStep: Step | undefined;
}
/** `auth-signed-in`: no tokens; the app reads those from Amplify. */
export interface AuthSignedInDetail {
  username: string;
  attributes: Record<string, string>;
}
/** `auth-signed-up` */
export interface AuthSignedUpDetail {
  username: string;
  userConfirmed: boolean;
  codeDelivery: CodeDelivery | undefined;
}
/** `auth-signed-out` */
export type AuthSignedOutDetail = Record<string, never>;
/** `auth-error`: `message` is already translated. */
export interface AuthErrorDetail {
  step: Step;
  code: AuthErrorCode;
  message: string;
}

declare global {
  interface GlobalEventHandlersEventMap {
    'auth-step-change': CustomEvent<AuthStepChangeDetail>;
    'auth-signed-in': CustomEvent<AuthSignedInDetail>;
    'auth-signed-up': CustomEvent<AuthSignedUpDetail>;
    'auth-signed-out': CustomEvent<AuthSignedOutDetail>;
    'auth-error': CustomEvent<AuthErrorDetail>;
  }
}

/** An event's detail, rebuilt field by field so nothing but the documented fields can leak out. */
function detailOf(
  host: HTMLElement,
  event: FlowEvent,
): AuthStepChangeDetail | AuthSignedInDetail | AuthSignedUpDetail | AuthSignedOutDetail | AuthErrorDetail {
  switch (event.type) {
    case 'stepChange':
      return { step: event.step, previousStep: event.previousStep };
    case 'signedIn':
      return { username: event.username, attributes: { ...event.attributes } };
    case 'signedUp':
      return {
        username: event.username,
        userConfirmed: event.userConfirmed,
        codeDelivery: event.codeDelivery && { ...event.codeDelivery },
      };
    case 'signedOut':
      return {};
    case 'error':
      return {
        step: event.step,
        code: event.error.code,
        message: translate(event.error.message, event.error.values, resolveLocale(host)),
      };
  }
}

/**
 * Re-dispatches a flow event as the DOM event of DESIGN.md, named after its type (`signedIn` →
 * `auth-signed-in`; the event map above lists all five).
 */
export function dispatchFlowEvent(host: HTMLElement, event: FlowEvent): void {
  const type = `auth-${event.type.replace(/[A-Z]/g, (letter) => `-${letter.toLowerCase()}`)}`;
  host.dispatchEvent(new CustomEvent(type, { detail: detailOf(host, event), bubbles: true, composed: true }));
}
