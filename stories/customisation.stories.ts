/**
 * Every customisation option of `<auth-authenticator>`, one story each, on the fake backend:
 * formFields, app fields in the sign-up form, slots, initial step, hidden sign-up, login
 * mechanisms, sign-up attributes, social providers, the modal variation and the TOTP QR code.
 */
import type { Meta, StoryContext } from '@storybook/web-components-vite';
import { html, nothing, type TemplateResult } from 'lit';
import { expect, waitFor } from 'storybook/test';
import '../src/index.js';
import type { FlowOptions, Message } from '../src/core/types.js';
import type { FormFields } from '../src/elements/shared/fields.js';
import { FAKE_PASSWORD, scenario, type ScenarioStep } from './support/scenarios.js';
import { expectFieldError, expectHeading, loaded, type Story } from './support/stories.js';

const meta: Meta = {
  title: 'Customisation/auth-authenticator',
  component: 'auth-authenticator',
};
export default meta;

interface Setup {
  step?: ScenarioStep;
  options?: Partial<FlowOptions>;
  formFields?: FormFields;
  variation?: 'default' | 'modal';
  content?: TemplateResult;
}

/** The authenticator on a fixture flow with the given options, formFields and light-DOM content. */
function customised({ step = 'signIn', options = {}, formFields, variation, content }: Setup): Story {
  return {
    loaders: [() => scenario(step, options)],
    render: (_args, context: StoryContext) => {
      context.abortSignal?.addEventListener('abort', () => loaded(context).flow.dispose());
      return html`<auth-authenticator .flow=${loaded(context).flow} .formFields=${formFields}
        variation=${variation ?? nothing}>${content ?? nothing}</auth-authenticator>`;
    },
  };
}

const inputNames = (root: HTMLElement) =>
  [...root.querySelectorAll<HTMLInputElement>('form input')].map((input) => input.name);

export const FormFieldsOptions: Story = {
  ...customised({
    step: 'signUp',
    options: { signUpAttributes: ['email', 'phone_number', 'custom:company'] },
    formFields: {
      signUp: {
        email: { label: 'Work email', placeholder: 'you@company.com', order: 1, defaultValue: 'ada@example.com' },
        username: { label: 'Handle', placeholder: 'ada', order: 2 },
        phone_number: { label: 'Mobile', dialCode: '+44', dialCodes: ['+1', '+44', '+49', '+33'], order: 3 },
        'custom:company': { label: 'Company', labelHidden: true, placeholder: 'Company (optional)', required: false, autocomplete: 'organization' },
      },
    },
  }),
  play: async ({ canvas, canvasElement }) => {
    await expectHeading(canvasElement, 'Create a new account');
    await expect(inputNames(canvasElement).slice(0, 3)).toEqual(['email', 'username', 'phone_number']);
    await expect(canvas.getByLabelText('Work email')).toHaveValue('ada@example.com');
    await expect(canvas.getByLabelText('Company')).toHaveAttribute('placeholder', 'Company (optional)');
    await waitFor(() => expect(canvas.getByLabelText('Country Code')).toHaveValue('+44'));
  },
};

/** The app's own check of its sign-up fields (`services.validateCustomSignUp`). */
function validateCustomSignUp(values: Record<string, string>): Record<string, Message> | undefined {
  return values.terms === 'on' ? undefined : { terms: { key: 'You must agree to the Terms and Conditions' } };
}

export const SignUpFields: Story = {
  ...customised({
    step: 'signUp',
    options: { validateCustomSignUp },
    content: html`
      <label slot="sign-up-fields" class="auth-field">
        <span class="auth-label">Company</span>
        <input class="auth-input" name="custom:company" autocomplete="organization" />
      </label>
      <label slot="sign-up-fields" class="auth-choice">
        <input type="checkbox" name="terms" /> I agree to the Terms and Conditions
      </label>`,
  }),
  play: async (context) => {
    const { canvas, canvasElement, userEvent } = context;
    await expectHeading(canvasElement, 'Create a new account');
    const terms = await canvas.findByRole('checkbox', { name: 'I agree to the Terms and Conditions' });
    await waitFor(() => expect(terms.closest('form')).toBe(canvasElement.querySelector('auth-sign-up form')));
    await userEvent.type(canvas.getByLabelText('Username'), 'ada');
    await userEvent.type(canvas.getByLabelText('Password'), FAKE_PASSWORD);
    await userEvent.type(canvas.getByLabelText('Confirm Password'), FAKE_PASSWORD);
    await userEvent.type(canvas.getByLabelText('Company'), 'Analytical Engines');
    await userEvent.click(canvas.getByRole('button', { name: 'Create Account' }));
    await expectFieldError(terms, 'You must agree to the Terms and Conditions');
    await userEvent.click(terms);
    await userEvent.type(canvas.getByLabelText('Password'), FAKE_PASSWORD);
    await userEvent.type(canvas.getByLabelText('Confirm Password'), FAKE_PASSWORD);
    await userEvent.click(canvas.getByRole('button', { name: 'Create Account' }));
    await expectHeading(canvasElement, 'We Emailed You');
    const { fake } = loaded(context);
    const signUp = fake.callsTo('signUp')[0]!.input as { attributes: Record<string, string> };
    await expect(signUp.attributes).toEqual({ 'custom:company': 'Analytical Engines' });
  },
};

export const Slots: Story = {
  ...customised({
    content: html`
      <h1 slot="header" style="margin:0;font:700 1.5rem system-ui">Acme</h1>
      <p slot="signIn-header" style="margin:0">Welcome back. Sign in to continue.</p>
      <p slot="signIn-footer" style="margin:0;font-size:.875rem">Need help? <a href="#help">Contact support</a></p>
      <p slot="signUp-header" style="margin:0">Create an account in a minute.</p>
      <p slot="footer" style="margin:0;font-size:.875rem">© Acme Inc.</p>`,
  }),
  play: async ({ canvasElement }) => {
    const host = canvasElement.querySelector('auth-authenticator')!;
    const assigned = (name: string) =>
      host.shadowRoot!.querySelector<HTMLSlotElement>(`slot[name="${name}"]`)?.assignedElements().length ?? 0;
    await waitFor(() => expect(assigned('signIn-header')).toBe(1));
    await expect(assigned('header') + assigned('footer') + assigned('signIn-footer')).toBe(3);
  },
};

export const InitialStepSignUp: Story = {
  ...customised({ options: { initialStep: 'signUp' } }),
  play: async ({ canvasElement }) => void (await expectHeading(canvasElement, 'Create a new account')),
};

export const InitialStepForgotPassword: Story = {
  ...customised({ options: { initialStep: 'forgotPassword' } }),
  play: async ({ canvasElement }) => void (await expectHeading(canvasElement, 'Reset Password')),
};

export const HideSignUp: Story = {
  ...customised({ options: { hideSignUp: true } }),
  play: async ({ canvasElement }) => {
    await expectHeading(canvasElement, 'Sign in to your account');
    await expect(canvasElement.querySelector('[role="tab"]')).toBeNull();
  },
};

export const LoginWithEmail: Story = {
  ...customised({ options: { loginMechanisms: ['email'] } }),
  play: async ({ canvas }) => expect(await canvas.findByLabelText('Email')).toHaveAttribute('type', 'email'),
};

export const LoginWithPhoneNumber: Story = {
  ...customised({ options: { loginMechanisms: ['phone_number'] } }),
  play: async ({ canvas }) => {
    const select = await canvas.findByLabelText('Country Code');
    // Countries are named in the page's language (Intl.DisplayNames).
    await waitFor(() => expect(select.querySelectorAll('option').length).toBeGreaterThan(200));
  },
};

export const SignUpAttributes: Story = {
  ...customised({ step: 'signUp', options: { signUpAttributes: ['email', 'given_name', 'family_name', 'birthdate', 'custom:team'] } }),
  play: async ({ canvasElement }) => {
    await expectHeading(canvasElement, 'Create a new account');
    await expect(inputNames(canvasElement)).toEqual([
      'username', 'password', 'confirm_password', 'email', 'given_name', 'family_name', 'birthdate', 'custom:team',
    ]);
  },
};

export const SocialProviders: Story = {
  ...customised({ options: { socialProviders: ['amazon', 'apple', 'facebook', 'google'] } }),
  play: async (context) => {
    const { canvas, canvasElement, userEvent } = context;
    await waitFor(() => expect(canvasElement.querySelectorAll('.auth-social svg')).toHaveLength(4));
    await userEvent.click(canvas.getByRole('button', { name: 'Sign In with Apple' }));
    const { fake } = loaded(context);
    await waitFor(() => expect(fake.callsTo('federatedSignIn')[0]?.input).toEqual({ provider: 'apple' }));
  },
};

export const ModalVariation: Story = {
  ...customised({ variation: 'modal' }),
  play: async ({ canvasElement }) => {
    const container = canvasElement.querySelector('auth-authenticator')!.shadowRoot!.querySelector('[part="container"]')!;
    await waitFor(() => expect(container).toHaveAttribute('role', 'dialog'));
    await expectHeading(canvasElement, 'Sign in to your account');
  },
};

export const TotpIssuerAndAccount: Story = {
  ...customised({
    step: 'setupTotp',
    formFields: { setupTotp: { QR: { totpIssuer: 'Acme Corp', totpUsername: 'ada@acme.test' } } },
  }),
  play: async ({ canvasElement }) => {
    await expectHeading(canvasElement, 'Set up your authenticator app');
    await waitFor(() => expect(canvasElement.querySelector('svg.auth-qr path')).not.toBeNull());
  },
};
