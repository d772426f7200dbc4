/**
 * `withOverrides`: let an app replace or wrap any `AuthService` call, like Amplify UI's
 * `services` prop. Each override gets the call's input and `next`, the base implementation.
 */
import { SERVICE_CALLS } from './machine.js';
import type { Call } from './machine.js';
import type { AuthService } from './types.js';

type Input<K extends Call> = Parameters<AuthService[K]>[0];
type Output<K extends Call> = ReturnType<AuthService[K]>;

/** Per call: `(input, next) => result`; call `next(input)` to run the base implementation. */
export type ServiceOverrides = {
  [K in Call]?: (input: Input<K>, next: (input: Input<K>) => Output<K>) => Output<K>;
};

/** A service whose calls go through `overrides` where given, and straight to `service` otherwise. */
export function withOverrides(service: AuthService, overrides: ServiceOverrides = {}): AuthService {
  const wrapped = Object.create(null) as Record<string, unknown>;
  const base = service as unknown as Record<string, (input: unknown) => unknown>;
  const custom = overrides as Record<string, ((input: unknown, next: (input: unknown) => unknown) => unknown) | undefined>;
  for (const name of SERVICE_CALLS) {
    const next = (input: unknown) => base[name]!(input);
    const override = custom[name];
    wrapped[name] = override ? (input: unknown) => override(input, next) : next;
  }
  wrapped.listen = service.listen.bind(service);
  return wrapped as unknown as AuthService;
}
