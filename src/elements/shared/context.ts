/**
 * A minimal implementation of the community context protocol
 * (https://github.com/webcomponents-cg/community-protocols/blob/main/proposals/context.md), the one
 * `@lit/context` speaks: a consumer dispatches a bubbling, composed `context-request` event; the
 * nearest provider of that context answers through the event's callback, now and on every change,
 * until the consumer calls the `unsubscribe` it was given.
 */
import type { ReactiveController, ReactiveControllerHost } from 'lit';
import type { AuthFlowApi } from '../../core/types.js';
import type { FormFields } from './fields.js';

/** A context key; the type parameter is the type of its value. */
export type Context<T> = string & { readonly __context?: T };

type Callback<T> = (value: T, unsubscribe?: () => void) => void;

/** The protocol's request: `context`, `contextTarget`, `callback`, `subscribe`. */
export interface ContextRequest<T> extends Event {
  context: Context<T>;
  contextTarget: Element;
  callback: Callback<T>;
  subscribe?: boolean;
}

type Host = ReactiveControllerHost & HTMLElement;

const protocolEvent = (type: string, target: Element, fields: object): Event =>
  Object.assign(new Event(type, { bubbles: true, composed: true }), { contextTarget: target }, fields);

/** Subscribes its host to the nearest provider of `context` while connected; each value re-renders the host. */
export class ContextConsumer<T> implements ReactiveController {
  #unsubscribe: (() => void) | undefined;

  constructor(
    private readonly host: Host,
    private readonly options: { context: Context<T>; callback: (value: T) => void },
  ) {
    host.addController(this);
  }

  hostConnected(): void {
    this.#request();
    // No provider yet (it is upgraded later): ask again when one connects.
    if (!this.#unsubscribe) addEventListener('context-provider', this.#retry);
  }

  hostDisconnected(): void {
    removeEventListener('context-provider', this.#retry);
    this.#unsubscribe?.();
    this.#unsubscribe = undefined;
  }

  #request(): void {
    const { host, options } = this;
    host.dispatchEvent(protocolEvent('context-request', host, { context: options.context, callback: this.#receive, subscribe: true }));
  }

  #retry = (event: Event): void => {
    if ((event as ContextRequest<T>).context !== this.options.context || this.#unsubscribe) return;
    this.#request();
    if (this.#unsubscribe) removeEventListener('context-provider', this.#retry);
  };

  #receive: Callback<T> = (value, unsubscribe) => {
    // A new provider took over: let go of the old one.
    if (unsubscribe !== this.#unsubscribe) this.#unsubscribe?.();
    this.#unsubscribe = unsubscribe;
    this.options.callback(value);
    this.host.requestUpdate();
  };
}

/** Answers its descendants' requests for `context` with `value`, and tells subscribers of every change. */
export class ContextProvider<T> implements ReactiveController {
  readonly #subscribers = new Map<Callback<T>, () => void>();
  #value: T;

  constructor(
    private readonly host: Host,
    private readonly options: { context: Context<T>; initialValue: T },
  ) {
    this.#value = options.initialValue;
    host.addEventListener('context-request', (event: Event) => {
      const { context, callback, subscribe } = event as ContextRequest<T>;
      if (context !== options.context) return;
      event.stopPropagation();
      if (!subscribe) return callback(this.#value);
      const unsubscribe = () => this.#subscribers.delete(callback);
      this.#subscribers.set(callback, unsubscribe);
      callback(this.#value, unsubscribe);
    });
    host.addController(this);
  }

  /** Lets consumers that asked before this provider existed ask again. */
  hostConnected(): void {
    this.host.dispatchEvent(protocolEvent('context-provider', this.host, { context: this.options.context }));
  }

  setValue(value: T): void {
    if (Object.is(value, this.#value)) return;
    this.#value = value;
    for (const [callback, unsubscribe] of this.#subscribers) callback(value, unsubscribe);
  }
}

/** What `<auth-authenticator>` gives the step elements inside it. */
export interface AuthContextValue {
  /** Undefined while the authenticator is still creating its flow. */
  flow: AuthFlowApi | undefined;
  formFields: FormFields | undefined;
}

/** A string key, so two copies of the kit on one page still find each other. */
export const authContext = 'auth-elements/flow' as Context<AuthContextValue | undefined>;
