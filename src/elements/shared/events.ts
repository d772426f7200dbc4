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

function emit<K extends keyof GlobalEventHandlersEventMap>(
  host: HTMLElement,
  type: K,
  detail: GlobalEventHandlersEventMap[K] extends CustomEvent<infer D> ? D : never,
): void {
  host.dispatchEvent(new CustomEvent(type, { detail, bubbles: true, composed: true }));
}

/**
 * Re-dispatches a flow event as the DOM event of DESIGN.md. Details are rebuilt field by field,
 * so nothing but the documented fields can leak out.
 */
export function dispatchFlowEvent(host: HTMLElement, event: FlowEvent): void {
  switch (event.type) {
    case 'stepChange':
      return emit(host, 'auth-step-change', { step: event.step, previousStep: event.previousStep });
    case 'signedIn':
      return emit(host, 'auth-signed-in', { username: event.username, attributes: { ...event.attributes } });
    case 'signedUp':
      return emit(host, 'auth-signed-up', {
        username: event.username,
        userConfirmed: event.userConfirmed,
        codeDelivery: event.codeDelivery && { ...event.codeDelivery },
      });
    case 'signedOut':
      return emit(host, 'auth-signed-out', {});
    case 'error':
      return emit(host, 'auth-error', {
        step: event.step,
        code: event.error.code,
        message: translate(event.error.message, event.error.values, resolveLocale(host)),
      });
  }
}
