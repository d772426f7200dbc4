import { createContext } from '@lit/context';
import type { AuthFlowApi } from '../../core/types.js';
import type { FormFields } from './fields.js';

/** What `<auth-authenticator>` gives the step elements inside it. */
export interface AuthContextValue {
  /** Undefined while the authenticator is still creating its flow. */
  flow: AuthFlowApi | undefined;
  formFields: FormFields | undefined;
}

/** A string key, so two copies of the kit on one page still find each other. */
export const authContext = createContext<AuthContextValue | undefined>('auth-elements/flow');
