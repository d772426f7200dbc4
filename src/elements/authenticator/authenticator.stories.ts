import type { Meta, StoryContext } from '@storybook/web-components-vite';
import { html, nothing } from 'lit';
import { expect, waitFor, within } from 'storybook/test';
import '../../index.js';
import type { FormFields } from '../shared/fields.js';
import type { FlowOptions } from '../../core/types.js';
import type { FakeAuthService } from '../../../test/support/fake-auth-service.js';
import { FAKE_CODE, FAKE_PASSWORD, scenario, type ScenarioStep } from '../../../stories/support/scenarios.js';
import { dark, expectAlert, expectHeading, loaded, narrow, type Story } from '../../../stories/support/stories.js';

interface Args {
  lang: string;
  variation: 'default' | 'modal';
  slots: boolean;
  formFields?: FormFields;
}

const meta: Meta<Args> = {
  title: 'Elements/auth-authenticator',
  component: 'auth-authenticator',
  args: { lang: '', variation: 'default', slots: false },
  argTypes: {
    variation: { control: 'inline-radio', options: ['default', 'modal'] },
    slots: { control: 'boolean', description: 'Story only: fill the header, footer and per-step slots' },
  },
};
export default meta;

/** The authenticator on a fixture flow, with a small signed-in app as its content. */
function authenticator(
  step: ScenarioStep = 'signIn',
  options: Partial<FlowOptions> = {},
  configure?: (fake: FakeAuthService) => void,
): Story {
  return {
    loaders: [() => scenario(step, options, configure)],
    render: (args, context: StoryContext) => {
      const { lang, variation, slots, formFields } = args as Partial<Args>;
      context.abortSignal?.addEventListener('abort', () => loaded(context).flow.dispose());
      return html`<auth-authenticator .flow=${loaded(context).flow} .formFields=${formFields}
        lang=${lang || nothing} variation=${variation ?? 'default'}>
        ${slots
          ? html`<h1 slot="header" class="story-brand">Acme</h1>
              <p slot="signIn-header">Welcome back. Sign in to continue.</p>
              <p slot="footer" class="story-footer">© Acme Inc.</p>`
          : nothing}
        <main class="story-app">
          <h1>Signed in</h1>
          <p>This is the app, shown only once the user is signed in.</p>
          <auth-sign-out></auth-sign-out>
        </main>
      </auth-authenticator>`;
    },
  };
}

/** Within the authenticator (step elements are light-DOM children). */
const host = (root: HTMLElement) => root.querySelector('auth-authenticator') as HTMLElement;

async function signIn({ canvas, userEvent }: StoryContext, password = FAKE_PASSWORD) {
  await userEvent.type(await canvas.findByLabelText('Username'), 'alice');
  await userEvent.type(canvas.getByLabelText('Password'), `${password}{Enter}`);
}

async function expectApp(root: HTMLElement) {
  const app = root.querySelector<HTMLElement>('.story-app')!;
  await waitFor(() => expect(app.assignedSlot).not.toBeNull());
  await expect(within(app).getByRole('heading', { name: 'Signed in' })).toBeVisible();
}

export const SignIn: Story = {
  ...authenticator(),
  play: async ({ canvasElement }) => {
    await expectHeading(host(canvasElement), 'Sign in to your account');
    // The app is in the DOM but not slotted (not shown) before sign-in.
    await expect(canvasElement.querySelector('.story-app')!.assignedSlot).toBeNull();
  },
};
export const SignInDark: Story = dark(SignIn);
export const SignInNarrow: Story = narrow(SignIn);

export const SignInAndOut: Story = {
  ...authenticator(),
  play: async (context) => {
    await signIn(context);
    await expectApp(context.canvasElement);
    await context.userEvent.click(context.canvas.getByRole('button', { name: 'Sign Out' }));
    await expectHeading(host(context.canvasElement), 'Sign in to your account');
  },
};

export const SignedInApp: Story = {
  ...authenticator('authenticated'),
  play: async ({ canvasElement }) => expectApp(canvasElement),
};
export const SignedInAppDark: Story = dark(SignedInApp);

export const WrongPassword: Story = {
  ...authenticator(),
  play: async (context) => {
    await signIn(context, 'nope');
    await expectAlert(host(context.canvasElement), 'Incorrect username or password.');
  },
};
export const WrongPasswordNarrow: Story = narrow(WrongPassword);

export const CreateAccountTab: Story = {
  ...authenticator(),
  play: async ({ canvas, canvasElement, userEvent }) => {
    await userEvent.click(await canvas.findByRole('tab', { name: 'Create Account' }));
    const heading = await expectHeading(host(canvasElement), 'Create a new account');
    await waitFor(() => expect(heading).toHaveFocus());
    // Arrow keys move between the tabs, as in any ARIA tablist.
    canvas.getByRole('tab', { name: 'Create Account' }).focus();
    await userEvent.keyboard('{ArrowLeft}');
    await expect(canvas.getByRole('tab', { name: 'Sign In' })).toHaveFocus();
  },
};

export const SignUpJourney: Story = {
  ...authenticator('signIn', { signUpAttributes: ['email'] }),
  play: async ({ canvas, canvasElement, userEvent }) => {
    await userEvent.click(await canvas.findByRole('tab', { name: 'Create Account' }));
    await userEvent.type(await canvas.findByLabelText('Username'), 'bob');
    await userEvent.type(canvas.getByLabelText('Email'), 'bob@example.com');
    await userEvent.type(canvas.getByLabelText('Password'), FAKE_PASSWORD);
    await userEvent.type(canvas.getByLabelText('Confirm Password'), `${FAKE_PASSWORD}{Enter}`);
    await expectHeading(host(canvasElement), 'We Emailed You');
    await userEvent.type(await canvas.findByLabelText('Confirmation Code'), `${FAKE_CODE}{Enter}`);
    await expectApp(canvasElement);
  },
};

export const MfaJourney: Story = {
  ...authenticator('signIn', {}, (fake) =>
    fake.handle('signIn', ({ username }) => ({
      kind: 'challenge', challenge: 'SMS_MFA', user: { username, attributes: {} }, handle: { fakeUser: username },
      codeDelivery: { deliveryMedium: 'SMS', destination: '+*******1234' },
    })),
  ),
  play: async (context) => {
    await signIn(context);
    await expectHeading(host(context.canvasElement), 'Confirm SMS Code');
    await context.userEvent.type(await context.canvas.findByLabelText('Code'), `${FAKE_CODE}{Enter}`);
    await expectApp(context.canvasElement);
  },
};

export const ForgotPasswordJourney: Story = {
  ...authenticator(),
  play: async ({ canvas, canvasElement, userEvent }) => {
    await userEvent.click(await canvas.findByRole('button', { name: 'Forgot your password?' }));
    await userEvent.type(await canvas.findByLabelText('Username'), 'alice{Enter}');
    await userEvent.type(await canvas.findByLabelText('Code'), FAKE_CODE);
    await userEvent.type(canvas.getByLabelText('New Password'), FAKE_PASSWORD);
    await userEvent.type(canvas.getByLabelText('Confirm Password'), `${FAKE_PASSWORD}{Enter}`);
    await expectHeading(host(canvasElement), 'Sign in to your account');
    await waitFor(() => expect(canvas.getByRole('status')).toHaveTextContent('Your password has been changed'));
  },
};

export const VerifyContactAfterSignIn: Story = {
  ...authenticator('verifyUser'),
  play: async ({ canvasElement }) => {
    await expectHeading(host(canvasElement), 'Account recovery requires verified contact information');
  },
};

export const SetupTotp: Story = {
  ...authenticator('setupTotp'),
  play: async ({ canvas, canvasElement }) => {
    await expectHeading(host(canvasElement), 'Set up your authenticator app');
    await expect(await canvas.findByRole('img', { name: 'QR code for your authenticator app' })).toBeVisible();
  },
};
export const SetupTotpDark: Story = dark(SetupTotp);
export const SetupTotpNarrow: Story = narrow(SetupTotp);

export const WithSlots: Story = {
  ...authenticator(),
  args: { slots: true },
  play: async ({ canvasElement }) => {
    const root = host(canvasElement).shadowRoot!;
    const assigned = (name: string) =>
      root.querySelector<HTMLSlotElement>(`slot[name="${name}"]`)?.assignedElements()[0]?.textContent;
    await waitFor(() => expect(assigned('header')).toBe('Acme'));
    await expect(assigned('footer')).toBe('© Acme Inc.');
    await expect(assigned('signIn-header')).toBe('Welcome back. Sign in to continue.');
  },
};
export const WithSlotsDark: Story = dark(WithSlots);

export const Modal: Story = {
  ...authenticator(),
  args: { variation: 'modal' },
  play: async ({ canvasElement }) => {
    const container = host(canvasElement).shadowRoot!.querySelector('[part="container"]')!;
    await waitFor(() => expect(container).toHaveAttribute('role', 'dialog'));
    await expect(container).toHaveAttribute('aria-modal', 'true');
  },
};

export const SocialProviders: Story = {
  ...authenticator('signIn', { socialProviders: ['amazon', 'apple', 'facebook', 'google'] }),
  play: async ({ canvas }) => {
    await expect(await canvas.findByRole('button', { name: 'Sign In with Apple' })).toBeEnabled();
  },
};
export const SocialProvidersDark: Story = dark(SocialProviders);

export const HideSignUp: Story = {
  ...authenticator('signIn', { hideSignUp: true }),
  play: async ({ canvas, canvasElement }) => {
    await expectHeading(host(canvasElement), 'Sign in to your account');
    await expect(canvas.queryByRole('tab')).toBeNull();
  },
};

export const CustomFormFields: Story = {
  ...authenticator(),
  args: {
    formFields: {
      signIn: {
        username: { label: 'Email or username', placeholder: 'you@example.com', order: 1 },
        password: { placeholder: 'Your password' },
      },
    },
  },
  play: async ({ canvas }) => {
    await expect(await canvas.findByLabelText('Email or username')).toHaveAttribute('placeholder', 'you@example.com');
  },
};

export const German: Story = {
  ...authenticator(),
  args: { lang: 'de' },
  play: async ({ canvasElement }) => {
    await expectHeading(host(canvasElement), 'Bei Ihrem Konto anmelden');
  },
};
