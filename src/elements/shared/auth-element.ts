import { html, LitElement, nothing, render, type PropertyDeclarations, type PropertyValues, type TemplateResult } from 'lit';
import { ifDefined } from 'lit/directives/if-defined.js';
import { passwordRuleErrors } from '../../core/validation.js';
import type { AuthFlowApi, FlowOptions, FormStep, Message, Step, StepValues } from '../../core/types.js';
import { loadLocale, resolveLocale, translate } from '../../i18n/index.js';
import { customize, dialName, readForm, type FieldSpec, type FormFields } from './fields.js';
import { FlowController } from './flow-controller.js';
import { addKitController } from './kit-controller.js';

let nextId = 0;
/** Calling codes and their countries, once loaded (phone fields are rare: it loads with the first). */
let dial: typeof import('./dial-codes.js') | undefined;

const eye = html`<svg viewBox="0 0 24 24" aria-hidden="true" fill="none" stroke="currentColor" stroke-width="2"
  stroke-linecap="round" stroke-linejoin="round"><path d="M2 12s3.6-7 10-7 10 7 10 7-3.6 7-10 7S2 12 2 12z"/>
  <circle cx="12" cy="12" r="3"/><path class="auth-slash" d="M3 3l18 18"/></svg>`;

/** What a step form shows; strings are English keys. */
export interface FormLayout {
  heading: string;
  /** Text under the heading (already translated). */
  text?: unknown;
  /** Content between the heading and the fields (social sign-in buttons). */
  intro?: unknown;
  fields?: FieldSpec[];
  /** Extra content after the fields (choices, QR code). */
  body?: unknown;
  submit: string;
  busy: string;
  /** Secondary buttons under the submit button. */
  actions?: unknown;
}

/**
 * Base of every element: light-DOM rendering, the flow (property, context or its own),
 * translation with locale loading, base styles adopted once per root.
 */
export abstract class AuthElement extends LitElement {
  // Not decorators: each `@property` costs a helper call in the CDN bundle.
  static override properties: PropertyDeclarations = {
    flow: { attribute: false },
    lang: { reflect: true },
    colorScheme: { attribute: 'color-scheme', reflect: true },
  };

  /** A flow the app created (`new AuthFlow(service)`); otherwise the enclosing authenticator's, or the element's own. */
  flow?: AuthFlowApi;

  /** The language of the element's text; falls back to the authenticator's, the page's, the browser's. */
  override lang!: string;

  /** Forces `light` or `dark` tokens instead of following the system (or the enclosing element). */
  colorScheme?: 'light' | 'dark';

  protected readonly flowController = new FlowController(this, {
    consume: true,
    ownOptions: () => this.ownFlowOptions(),
  });
  /** Prefix of ids in this element, unique in the document. */
  readonly #uid = `auth-${++nextId}`;
  protected locale = 'en';

  constructor() {
    super();
    addKitController(this);
  }

  /** Light DOM: password managers and page styles reach the native fields. */
  protected override createRenderRoot(): HTMLElement {
    return this;
  }

  /** Options for a flow of the element's own (alone on a page). */
  protected ownFlowOptions(): Partial<FlowOptions> {
    return {};
  }

  protected override willUpdate(changed: PropertyValues): void {
    if (changed.has('flow')) this.flowController.resolve();
    // `lang` reflects only after this hook, so read the property first.
    this.locale = this.lang || resolveLocale(this);
    // Each dictionary loads once (a failed one again later); when loaded this does nothing.
    void loadLocale(this.locale);
  }

  /** The flow in use, if any yet. */
  protected get view(): AuthFlowApi | undefined {
    return this.flowController.flow;
  }

  protected t(key: string, values?: Message['values']): string {
    return translate(key, values, this.locale);
  }

  /** An id in this element for `name`, unique in the document. */
  protected fieldId(name: string): string {
    return `${this.#uid}-${name.replace(/[^\w-]/g, '_')}`;
  }
}

/**
 * Base of the step elements: renders the current step when it is one of `steps`, moves focus to
 * the step's heading on every step change, and renders forms, fields and buttons the same way
 * everywhere.
 */
export abstract class AuthStepElement extends AuthElement {
  static override properties: PropertyDeclarations = { formFields: { attribute: false } };

  /** Field customisation per step and field (the authenticator's, when inside one). */
  formFields?: FormFields;

  // Internal state below is #private (not reactive properties): each change calls requestUpdate().
  /** Which button started the pending call, for its busy label. */
  #busyAction: string | undefined;
  /** Password fields currently shown as text. */
  #revealed = new Set<string>();
  /** Live password-policy hints (unmet rules), once the user typed. */
  #policyHints: Message[] | undefined;
  /** The country picked in each phone field's dial-code select. */
  #dialRegions = new Map<string, string>();

  protected abstract readonly steps: readonly Step[];
  protected abstract renderStep(step: Step, flow: AuthFlowApi): unknown;

  #renderedStep: Step | undefined;
  #seenStep: Step | undefined;

  protected override willUpdate(changed: PropertyValues): void {
    super.willUpdate(changed);
    const step = this.view?.step;
    if (step !== this.#renderedStep) {
      // Per-step UI and DOM start fresh: what the last step rendered is cleared (as the `keyed`
      // directive did, without bundling Lit's directive classes), so the new step gets new
      // inputs and nothing typed in one step shows up in the next.
      if (this.hasUpdated) render(nothing, this, this.renderOptions);
      this.#renderedStep = step;
      this.#revealed = new Set();
      this.#policyHints = undefined;
    }
  }

  protected override render(): unknown {
    const flow = this.view;
    if (!flow || !this.steps.includes(flow.step)) return nothing;
    return this.renderStep(flow.step, flow);
  }

  protected override updated(): void {
    const flow = this.view;
    if (!flow || flow.step === this.#seenStep) return;
    const first = this.#seenStep === undefined;
    this.#seenStep = flow.step;
    // Not on the page's first render: only a real step change moves focus.
    if (first && (!flow.previousStep || flow.previousStep === 'setup')) return;
    this.querySelector<HTMLElement>('.auth-heading')?.focus();
  }

  /**
   * A step's form: heading, text, fields (with the app's `formFields` for the step applied),
   * alert region, submit button, secondary actions.
   */
  protected renderForm(step: FormStep, layout: FormLayout): TemplateResult {
    const flow = this.view!;
    const fields = customize(layout.fields ?? [], (this.formFields ?? this.flowController.formFields)?.[step]);
    const busy = flow.pending && this.#busyAction === 'submit';
    return html`<form class="auth-form" novalidate @submit=${(event: SubmitEvent) => this.#onSubmit(event, step, fields)}>
      <h2 class="auth-heading" tabindex="-1">${this.t(layout.heading)}</h2>
      ${layout.text ? html`<p class="auth-text">${layout.text}</p>` : nothing}
      <div class="auth-notice" role="status">${flow.notice ? this.t(flow.notice.key, flow.notice.values) : nothing}</div>
      ${layout.intro ?? nothing} ${fields.map((field) => this.#renderField(field))} ${layout.body ?? nothing}
      <div class="auth-error" role="alert">${flow.error ? this.t(flow.error.message, flow.error.values) : nothing}</div>
      <button type="submit" class="auth-button auth-button--primary" ?disabled=${flow.pending}
        aria-busy=${busy}>${this.t(busy ? layout.busy : layout.submit)}</button>
      ${layout.actions ? html`<div class="auth-actions">${layout.actions}</div>` : nothing}
    </form>`;
  }

  /**
   * The "Sign In" / "Create Account" tab pair (unless sign up is hidden) around a step's content,
   * as an ARIA tablist: arrow keys, Home and End move between tabs; Enter or Space switches.
   */
  protected renderTabs(current: 'signIn' | 'signUp', content: TemplateResult): TemplateResult {
    const flow = this.view!;
    if (flow.options.hideSignUp) return content;
    const panel = this.fieldId('panel');
    const tab = (step: 'signIn' | 'signUp', label: string, go: () => void) => {
      const selected = step === current;
      return html`<button type="button" role="tab" class="auth-tab" id=${this.fieldId(`tab-${step}`)}
        aria-selected=${selected} aria-controls=${ifDefined(selected ? panel : undefined)}
        tabindex=${selected ? 0 : -1} @click=${() => selected || go()}>${this.t(label)}</button>`;
    };
    return html`<div class="auth-tabs" role="tablist" @keydown=${this.#onTabKey}>
        ${tab('signIn', 'Sign In', () => flow.toSignIn())}${tab('signUp', 'Create Account', () => flow.toSignUp())}
      </div>
      <div role="tabpanel" id=${panel} aria-labelledby=${this.fieldId(`tab-${current}`)}>${content}</div>`;
  }

  #onTabKey = (event: KeyboardEvent): void => {
    const tabs = [...this.querySelectorAll<HTMLElement>('[role=tab]')];
    const index = tabs.indexOf(event.target as HTMLElement);
    // Two tabs that wrap around: either arrow reaches the other one, whatever the direction.
    const moves: Record<string, number> = { ArrowLeft: index - 1, ArrowRight: index + 1, Home: 0, End: tabs.length - 1 };
    const next = moves[event.key];
    if (index < 0 || next === undefined) return;
    event.preventDefault();
    tabs[(next + tabs.length) % tabs.length]?.focus();
  };

  /**
   * A required radio group (MFA type, contact to verify); the first option starts checked.
   * `hideLegend` when the heading already says it: the group keeps its name, nobody reads it twice.
   */
  protected renderChoices(
    name: string,
    legend: string,
    options: Array<[value: string, label: unknown]>,
    hideLegend = false,
  ): TemplateResult {
    const error = this.#fieldError(name);
    return html`<fieldset class="auth-fieldset" aria-describedby=${ifDefined(error.id)}>
      <legend class="auth-label ${hideLegend ? 'auth-visually-hidden' : ''}">${this.t(legend)}</legend>
      ${options.map(
        ([value, label], index) => html`<label class="auth-choice"
          ><input type="radio" name=${name} value=${value} ?checked=${index === 0} required />${label}</label>`,
      )}
      ${error.template}
    </fieldset>`;
  }

  /** A secondary button (Resend Code, Back to Sign In, ...); disabled while a call is pending. */
  protected renderAction(label: string, run: () => unknown, busyLabel?: string): TemplateResult {
    const flow = this.view!;
    const busy = flow.pending && this.#busyAction === label;
    return html`<button type="button" class="auth-button auth-button--link" ?disabled=${flow.pending}
      aria-busy=${busy} @click=${() => this.act(label, run)}>
      ${this.t(busy && busyLabel ? busyLabel : label)}</button>`;
  }

  /** Runs a call, remembering which button started it for the busy label. */
  protected async act(action: string, run: () => unknown): Promise<void> {
    this.#busyAction = action;
    this.requestUpdate();
    try {
      await run();
    } finally {
      this.#busyAction = undefined;
      this.requestUpdate();
    }
  }

  /** The message region of a field and the `aria-describedby` that points at it. */
  #fieldError(name: string): { id: string | undefined; template: unknown } {
    const error = this.view?.fieldErrors[name];
    if (!error) return { id: undefined, template: nothing };
    const id = `${this.fieldId(name)}-error`;
    return { id, template: html`<p class="auth-field-error" id=${id}>${this.t(error.key, error.values)}</p>` };
  }

  #renderField(field: FieldSpec): TemplateResult {
    const id = this.fieldId(field.name);
    const error = this.#fieldError(field.name);
    const shownError = this.view?.fieldErrors[field.name]?.key;
    const hints = field.policyHints
      ? (this.#policyHints ?? passwordRuleErrors('', this.view?.options.passwordPolicy)).filter(
          (hint) => hint.key !== shownError,
        )
      : [];
    const hintId = hints.length ? `${id}-hint` : undefined;
    const describedBy = [hintId, error.id].filter(Boolean).join(' ') || undefined;
    const revealed = this.#revealed.has(field.name);
    const input = html`<input class="auth-input" id=${id} name=${field.name}
      type=${field.type === 'password' && revealed ? 'text' : field.type} autocomplete=${field.autocomplete}
      inputmode=${ifDefined(field.inputmode)} placeholder=${ifDefined(field.placeholder && this.t(field.placeholder))}
      value=${ifDefined(field.secret ? undefined : field.value)} ?required=${field.required !== false}
      ?data-secret=${!!field.secret} aria-invalid=${!!error.id}
      aria-describedby=${ifDefined(describedBy)} @input=${field.policyHints ? this.#onPolicyInput : nothing} />`;
    return html`<div class="auth-field">
      <label class="auth-label ${field.labelHidden ? 'auth-visually-hidden' : ''}" for=${id}>${this.t(field.label)}</label>
      ${field.type === 'password'
        ? html`<div class="auth-input-group">${input}<button type="button" class="auth-button auth-password-toggle"
            aria-pressed=${revealed} aria-controls=${id} @click=${() => this.#toggleReveal(field.name)}>
            <span class="auth-visually-hidden">${this.t('Show password')}</span>${eye}</button></div>`
        : field.phone
          ? html`<div class="auth-input-group">${this.#renderDialCodes(field)}${input}</div>`
          : input}
      ${hintId ? html`<ul class="auth-hint" id=${hintId}>${hints.map((hint) => html`<li>${this.t(hint.key, hint.values)}</li>`)}</ul>` : nothing}
      ${error.template}
    </div>`;
  }

  /**
   * Where a code went. The destination (masked by Cognito) is always left to right: isolated, so a
   * phone number keeps its order inside right-to-left text.
   */
  protected deliveryText(text: string): unknown {
    const destination = this.view?.codeDelivery?.destination ?? '';
    const [before, after] = this.t(text, { destination: '\u0000' }).split('\u0000');
    return after === undefined ? before : html`${before}<bdi dir="ltr">${destination}</bdi>${after}`;
  }

  /** The dial-code select (see dial-codes.ts); until that loads, just the preselected code. */
  #renderDialCodes(field: FieldSpec): unknown {
    const name = dialName(field.name);
    const label = this.t('Country Code');
    if (dial) {
      return dial.dialSelect(field, name, label, this.locale, this.#dialRegions.get(field.name), (region) => {
        this.#dialRegions.set(field.name, region);
        this.requestUpdate();
      });
    }
    void import('./dial-codes.js').then((module) => {
      dial = module;
      this.requestUpdate();
    });
    const code = field.dialCode ?? '+1';
    return html`<div class="auth-dial"><span aria-hidden="true" dir="ltr">${code}</span>
      <select name=${name} aria-label=${label}><option>${code}</option></select></div>`;
  }

  #toggleReveal(name: string): void {
    if (!this.#revealed.delete(name)) this.#revealed.add(name);
    this.requestUpdate();
  }

  #onPolicyInput = (event: Event): void => {
    // Only the unmet rules are kept, never the password itself.
    this.#policyHints = passwordRuleErrors((event.target as HTMLInputElement).value, this.view?.options.passwordPolicy);
    this.requestUpdate();
  };

  async #onSubmit(event: SubmitEvent, step: FormStep, fields: FieldSpec[]): Promise<void> {
    event.preventDefault();
    const flow = this.view;
    const form = event.currentTarget as HTMLFormElement;
    if (!flow || flow.pending) return;
    const values = readForm(form, fields) as unknown as StepValues[FormStep];
    const optional = fields.filter((field) => field.required === false).map((field) => field.name);
    await this.act('submit', () => flow.submit(step, values, { optional }));
    if (!this.isConnected || flow.step !== step) return;
    if (!flow.error && !Object.keys(flow.fieldErrors).length) return;
    // A failed submit keeps what the user typed, except secrets.
    for (const input of form.querySelectorAll<HTMLInputElement>('input[data-secret]')) input.value = '';
    this.#policyHints = undefined;
    this.requestUpdate();
    await this.updateComplete;
    // The disabled submit button lost focus: put it where the user has to act.
    const target =
      form.querySelector<HTMLElement>('[aria-invalid=true]') ??
      form.querySelector<HTMLElement>('input[data-secret]') ??
      form.querySelector<HTMLElement>('[type=submit]');
    target?.focus();
  }
}
