/**
 * `AuthFlow`: the headless auth flow (the equivalent of Amplify UI's `useAuthenticator`).
 * It owns one machine state, runs the machine's effects through an `AuthService`, feeds the
 * answers back and tells subscribers about every change.
 */
import { toAuthError } from './errors.js';
import { initialState, transition } from './machine.js';
import type { CallEffect, Effect, MachineEvent, MachineState } from './machine.js';
import type {
  AuthFlowApi,
  AuthService,
  FlowEvent,
  FlowOptions,
  FlowView,
  FormStep,
  SocialProvider,
  StepValues,
  SubmitOptions,
} from './types.js';

export const defaultFlowOptions: Readonly<FlowOptions> = Object.freeze<FlowOptions>({
  initialStep: 'signIn',
  loginMechanisms: ['username'],
  signUpAttributes: [],
  socialProviders: [],
  verificationMechanisms: ['email'],
  signUpVerificationMethod: 'code',
  hideSignUp: false,
  totpIssuer: 'AuthElements',
});

/** Layers of options, later ones winning; an option left `undefined` keeps the one beneath. */
export function mergeFlowOptions(...layers: Array<Partial<FlowOptions>>): Partial<FlowOptions> {
  const defined = layers.map((layer) => Object.entries(layer).filter(([, value]) => value !== undefined));
  return Object.fromEntries(defined.flat());
}

/** Fills the defaults in; options left `undefined` keep their default. */
export function resolveFlowOptions(options: Partial<FlowOptions> = {}): FlowOptions {
  return mergeFlowOptions(defaultFlowOptions, options) as FlowOptions;
}

/** Every field of the view; each reads the machine state (the compiler checks the list is complete). */
const VIEW_FIELDS = [
  'step', 'previousStep', 'pending', 'error', 'fieldErrors', 'notice', 'user', 'username', 'codeDelivery',
  'totpSetup', 'requiredAttributes', 'mfaTypes', 'unverifiedContacts', 'awaitingLink', 'options',
] as const satisfies readonly (keyof FlowView)[];
const complete: Exclude<keyof FlowView, (typeof VIEW_FIELDS)[number]> extends never ? true : never = true;
void complete;

// The view's getters are defined from VIEW_FIELDS in the class's static block.
export interface AuthFlow extends Readonly<FlowView> {}

export class AuthFlow implements AuthFlowApi {
  static {
    for (const key of VIEW_FIELDS) {
      Object.defineProperty(this.prototype, key, {
        get(this: AuthFlow) {
          return this.state[key];
        },
      });
    }
  }

  private state: MachineState;
  readonly #viewListeners = new Set<(flow: FlowView) => void>();
  readonly #eventListeners = new Set<(event: FlowEvent) => void>();
  #unlisten: (() => void) | undefined;
  #disposed = false;

  constructor(
    private readonly service: AuthService,
    options: Partial<FlowOptions> = {},
  ) {
    this.state = initialState(resolveFlowOptions(options));
  }

  // ── Subscriptions ──
  subscribe(listener: (flow: FlowView) => void): () => void {
    this.#viewListeners.add(listener);
    return () => this.#viewListeners.delete(listener);
  }

  onEvent(listener: (event: FlowEvent) => void): () => void {
    this.#eventListeners.add(listener);
    return () => this.#eventListeners.delete(listener);
  }

  // ── Intents ──
  async start(): Promise<void> {
    if (this.#disposed || this.#unlisten) return;
    this.#unlisten = this.service.listen((event) => void this.#dispatch({ type: 'external', event }));
    await this.#dispatch({ type: 'start' });
  }

  submit<S extends FormStep>(step: S, values: StepValues[S], { optional }: SubmitOptions = {}): Promise<void> {
    return this.#dispatch({ type: 'submit', step, values, optional } as MachineEvent);
  }

  resendCode(): Promise<void> {
    return this.#dispatch({ type: 'resendCode' });
  }

  toSignUp(): void {
    void this.#dispatch({ type: 'navigate', to: 'signUp' });
  }

  toSignIn(): void {
    void this.#dispatch({ type: 'navigate', to: 'signIn' });
  }

  toForgotPassword(): void {
    void this.#dispatch({ type: 'navigate', to: 'forgotPassword' });
  }

  skip(): void {
    void this.#dispatch({ type: 'skip' });
  }

  signOut(): Promise<void> {
    return this.#dispatch({ type: 'signOut' });
  }

  federatedSignIn(provider: SocialProvider): Promise<void> {
    return this.#dispatch({ type: 'federatedSignIn', provider });
  }

  dispose(): void {
    if (this.#disposed) return;
    this.#unlisten?.();
    this.state = transition(this.state, { type: 'dispose' }).state;
    this.#disposed = true;
    this.#viewListeners.clear();
    this.#eventListeners.clear();
  }

  // ── Running the machine ──

  /** Applies one event; resolves once every effect it started (and their follow-ups) settled. */
  async #dispatch(event: MachineEvent): Promise<void> {
    if (this.#disposed) return;
    const before = this.state;
    const { state, effects } = transition(before, event);
    if (state === before && effects.length === 0) return;
    this.state = state;

    this.#notify(this.#viewListeners, this);
    if (state.step !== before.step) {
      this.#notify(this.#eventListeners, { type: 'stepChange', step: state.step, previousStep: state.previousStep });
    }
    for (const effect of effects) if (effect.type === 'emit') this.#notify(this.#eventListeners, effect.event);

    await Promise.all(effects.map((effect) => this.#run(effect)));
  }

  /** Runs what needs the outside world ('emit' effects were told to listeners in #dispatch). */
  async #run(effect: Effect): Promise<void> {
    switch (effect.type) {
      case 'validateSignUp': {
        let errors;
        let error;
        try {
          errors = (await this.state.options.validateCustomSignUp?.(effect.values)) ?? undefined;
        } catch (thrown) {
          error = toAuthError(thrown);
        }
        return this.#dispatch({ ...effect, type: 'signUpValidated', errors, error });
      }
      case 'call':
        return this.#dispatch(await this.#call(effect));
    }
  }

  /** Runs one service call and turns its answer into the machine's result or failure event. */
  async #call(effect: CallEffect): Promise<MachineEvent> {
    const method = this.service[effect.call] as (input: unknown) => Promise<unknown>;
    try {
      const result = await method.call(this.service, effect.input);
      return { ...effect, type: 'result', result } as MachineEvent;
    } catch (error) {
      return { ...effect, type: 'failed', error: toAuthError(error) } as MachineEvent;
    }
  }

  #notify<T>(listeners: Set<(value: T) => void>, value: T): void {
    for (const listener of [...listeners]) {
      try {
        listener(value);
      } catch (error) {
        // A listener's bug must not break the flow; surface it asynchronously instead.
        queueMicrotask(() => {
          throw error;
        });
      }
    }
  }
}
