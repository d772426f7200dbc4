import type { ReactiveController, ReactiveControllerHost } from 'lit';
import type { ServiceOverrides } from '../../core/services.js';
import type { AuthFlowApi, FlowOptions } from '../../core/types.js';
import { authContext, ContextConsumer } from './context.js';
import { dispatchFlowEvent } from './events.js';
import type { FormFields } from './fields.js';

export interface FlowHost extends ReactiveControllerHost, HTMLElement {
  /** A flow the app gave explicitly; wins over context and the element's own flow. */
  flow?: AuthFlowApi;
}

export interface FlowControllerOptions {
  /** Look for an enclosing `<auth-authenticator>` (step elements do; the authenticator not). */
  consume: boolean;
  /** Options for a flow of the element's own, when it has to create one. */
  ownOptions: () => Partial<FlowOptions>;
  /** Overrides of service calls for a flow of the element's own. */
  services?: () => ServiceOverrides | undefined;
  /** Told whenever the flow in use changes (the authenticator re-provides it). */
  onFlow?: (flow: AuthFlowApi | undefined) => void;
}

/**
 * Finds the flow an element renders: its `flow` property, else the enclosing authenticator's
 * (context), else one of its own. The element that does not get its flow from context hosts it:
 * it starts it and re-dispatches its events as DOM events. Everything is released on disconnect.
 */
export class FlowController implements ReactiveController {
  flow: AuthFlowApi | undefined;
  /** Field customisation handed down by the authenticator. */
  formFields: FormFields | undefined;
  /** True when this element dispatches the flow's events (it is not inside an authenticator). */
  hosting = false;

  #connected = false;
  #inContext = false;
  #contextFlow: AuthFlowApi | undefined;
  #ownFlow: AuthFlowApi | undefined;
  #creating = false;
  #release: Array<() => void> = [];

  constructor(
    private readonly host: FlowHost,
    private readonly options: FlowControllerOptions,
  ) {
    // Created before this controller is added, so its request runs first on connect.
    if (options.consume) {
      new ContextConsumer(host, {
        context: authContext,
        callback: (value) => {
          this.#inContext = true;
          this.#contextFlow = value?.flow;
          this.formFields = value?.formFields;
          this.resolve();
        },
      });
    }
    host.addController(this);
  }

  hostConnected(): void {
    this.#connected = true;
    this.resolve();
  }

  hostDisconnected(): void {
    this.#connected = false;
    this.#inContext = false;
    this.#contextFlow = undefined;
    this.#use(undefined, false);
    this.#ownFlow?.dispose();
    this.#ownFlow = undefined;
  }

  /** Re-evaluates which flow to use (call when the `flow` property changes). */
  resolve(): void {
    if (!this.#connected) return;
    const explicit = this.host.flow;
    if (explicit || this.#inContext) {
      if (this.#ownFlow) {
        this.#ownFlow.dispose();
        this.#ownFlow = undefined;
      }
      this.#use(explicit ?? this.#contextFlow, !!explicit);
    } else if (this.#ownFlow) {
      this.#use(this.#ownFlow, true);
    } else if (!this.#creating) {
      this.#createOwn();
    }
  }

  #createOwn(): void {
    this.#creating = true;
    // The Amplify adapter loads only for a flow of the element's own. Options are read once it
    // has loaded: frameworks (React's useLayoutEffect, @lit/react) set properties after connect.
    import('./default-flow.js').then(({ createDefaultFlow }) =>
      createDefaultFlow(this.options.ownOptions(), this.options.services?.()),
    ).then(
      (flow) => {
        this.#creating = false;
        if (!this.#connected || this.host.flow || this.#inContext) return flow.dispose();
        this.#ownFlow = flow;
        this.#use(flow, true);
      },
      (error: unknown) => {
        this.#creating = false;
        // Only the error's name: its message is Amplify's and never carries user input.
        console.error('auth-elements: could not create a flow', (error as Error)?.name ?? error);
      },
    );
  }

  #use(flow: AuthFlowApi | undefined, hosting: boolean): void {
    if (flow === this.flow && hosting === this.hosting) return;
    for (const release of this.#release.splice(0)) release();
    this.flow = flow;
    this.hosting = hosting;
    if (flow) {
      this.#release.push(flow.subscribe(() => this.host.requestUpdate()));
      if (hosting) {
        this.#release.push(flow.onEvent((event) => dispatchFlowEvent(this.host, event)));
        // Idempotent: a flow the app already started keeps running.
        void flow.start();
      }
    }
    this.options.onFlow?.(flow);
    this.host.requestUpdate();
  }
}
