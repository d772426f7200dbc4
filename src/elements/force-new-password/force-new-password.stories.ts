import type { Meta } from '@storybook/web-components-vite';
import { expect, waitFor } from 'storybook/test';
import '../../define/auth-force-new-password.js';
import { FAKE_PASSWORD, authError } from '../../../stories/support/scenarios.js';
import {
  dark, expectAlert, expectFieldError, expectHeading, expectPending, loaded, narrow, onStep, type Story,
} from '../../../stories/support/stories.js';

const meta: Meta = {
  title: 'Elements/auth-force-new-password',
  component: 'auth-force-new-password',
  args: { lang: '' },
};
export default meta;

// The fixture's NEW_PASSWORD_REQUIRED challenge requires the `name` attribute.
const force = onStep('auth-force-new-password', 'forceNewPassword');

export const ForceNewPassword: Story = {
  ...force,
  play: async ({ canvas, canvasElement }) => {
    await expectHeading(canvasElement, 'Change Password');
    await expect(canvas.getByLabelText('New Password')).toHaveAttribute('autocomplete', 'new-password');
    await expect(canvas.getByLabelText('Name')).toBeRequired();
  },
};
export const ForceNewPasswordDark: Story = dark(ForceNewPassword);
export const ForceNewPasswordNarrow: Story = narrow(ForceNewPassword);

export const Validation: Story = {
  ...force,
  play: async ({ canvas, userEvent }) => {
    await userEvent.type(canvas.getByLabelText('New Password'), FAKE_PASSWORD);
    await userEvent.type(canvas.getByLabelText('Confirm Password'), 'Mismatch1!');
    await userEvent.click(canvas.getByRole('button', { name: 'Change Password' }));
    await expectFieldError(canvas.getByLabelText('Confirm Password'), 'Your passwords must match');
    await expectFieldError(canvas.getByLabelText('Name'), 'This field is required');
  },
};

async function fill({ canvas, userEvent }: Parameters<NonNullable<Story['play']>>[0]) {
  await userEvent.type(canvas.getByLabelText('New Password'), FAKE_PASSWORD);
  await userEvent.type(canvas.getByLabelText('Confirm Password'), FAKE_PASSWORD);
  await userEvent.type(canvas.getByLabelText('Name'), 'Alice{Enter}');
}

export const PolicyRejected: Story = {
  ...onStep('auth-force-new-password', 'forceNewPassword', {}, (fake) =>
    fake.handle('completeNewPassword', () => {
      throw authError('InvalidPassword', 'Password does not conform to policy: Password must have symbol characters');
    }),
  ),
  play: async (context) => {
    await fill(context);
    await expectAlert(context.canvasElement, 'Password does not conform to policy: Password must have symbol characters');
  },
};
export const PolicyRejectedDark: Story = dark(PolicyRejected);

export const Pending: Story = {
  ...onStep('auth-force-new-password', 'forceNewPassword', {}, (fake) => void fake.hold('completeNewPassword')),
  play: async (context) => {
    await fill(context);
    await expectPending(context.canvasElement, 'Changing…');
  },
};

export const Changed: Story = {
  ...force,
  play: async (context) => {
    await fill(context);
    await waitFor(() => expect(loaded(context).flow.step).toBe('authenticated'));
    await expect(loaded(context).fake.callsTo('completeNewPassword')[0]?.input).toEqual({
      password: '[redacted]', attributes: { name: 'Alice' },
    });
  },
};
