import type { Meta } from '@storybook/web-components-vite';
import { expect, waitFor } from 'storybook/test';
import '../../define/auth-sign-out.js';
import { dark, loaded, narrow, onStep, type Story } from '../../../stories/support/stories.js';

const meta: Meta = {
  title: 'Elements/auth-sign-out',
  component: 'auth-sign-out',
  args: { lang: '' },
};
export default meta;

const signedIn = onStep('auth-sign-out', 'authenticated');

export const SignOut: Story = {
  ...signedIn,
  play: async ({ canvas }) => {
    await expect(canvas.getByRole('button', { name: 'Sign Out' })).toBeEnabled();
  },
};
export const SignOutDark: Story = dark(SignOut);
export const SignOutNarrow: Story = narrow(SignOut);

export const SigningOut: Story = {
  ...onStep('auth-sign-out', 'authenticated', {}, (fake) => void fake.hold('signOut')),
  play: async ({ canvas, userEvent }) => {
    await userEvent.click(canvas.getByRole('button', { name: 'Sign Out' }));
    const button = await canvas.findByRole('button', { name: 'Signing out…' });
    await expect(button).toBeDisabled();
    await expect(button).toHaveAttribute('aria-busy', 'true');
  },
};

export const SignedOut: Story = {
  ...signedIn,
  play: async (context) => {
    await context.userEvent.click(context.canvas.getByRole('button', { name: 'Sign Out' }));
    await waitFor(() => expect(loaded(context).flow.step).toBe('signIn'));
    // Nothing to sign out of: the button goes away.
    await expect(context.canvas.queryByRole('button')).toBeNull();
  },
};

export const NotSignedIn: Story = {
  ...onStep('auth-sign-out', 'signIn'),
  play: async ({ canvas }) => {
    await expect(canvas.queryByRole('button', { name: 'Sign Out' })).toBeNull();
  },
};
