/**
 * Shared story building blocks: a step element rendered on a fixture flow (see scenarios.ts),
 * the light / dark / narrow variants, and the checks play functions repeat.
 */
import type { StoryContext, StoryObj } from '@storybook/web-components-vite';
import { expect, waitFor } from 'storybook/test';
import type { AuthFlow } from '../../src/core/flow.js';
import type { FlowOptions } from '../../src/core/types.js';
import type { FakeAuthService } from '../../test/support/fake-auth-service.js';
import { scenario, type ScenarioStep } from './scenarios.js';

export type Story = StoryObj;

/** What a story's loader hands to its render and play functions. */
export interface Loaded {
  flow: AuthFlow;
  fake: FakeAuthService;
}

export const loaded = (context: StoryContext): Loaded => context.loaded as Loaded;

/**
 * A story showing `tag` on a flow brought to `step`. `configure` shapes the fake backend first
 * (an error with `fake.handle`, a hanging call with `fake.hold`).
 */
export function onStep(
  tag: string,
  step: ScenarioStep,
  options: Partial<FlowOptions> = {},
  configure?: (fake: FakeAuthService) => void,
): Story {
  return {
    loaders: [() => scenario(step, options, configure)],
    render: (args, context) => {
      const element = document.createElement(tag) as HTMLElement & { flow?: AuthFlow };
      element.flow = loaded(context).flow;
      if (typeof args.lang === 'string' && args.lang) element.lang = args.lang;
      // Disposing drops the fake's listeners and any held secret when the story goes away.
      context.abortSignal?.addEventListener('abort', () => loaded(context).flow.dispose());
      return element;
    },
  };
}

/** The same story in the dark theme. */
export const dark = (story: Story): Story => ({ ...story, globals: { ...story.globals, theme: 'dark' } });

/** The same story on a 360 px wide phone: nothing may overflow sideways. */
export const narrow = (story: Story): Story => ({
  ...story,
  globals: { ...story.globals, viewport: { value: 'narrow', isRotated: false } },
  play: async (context) => {
    await story.play?.(context);
    const page = context.canvasElement.ownerDocument.documentElement;
    await expect(page.clientWidth).toBeLessThanOrEqual(360);
    await expect(page.scrollWidth).toBeLessThanOrEqual(page.clientWidth);
  },
});

/** The step's heading, once rendered (every step has exactly one, focusable by script). */
export async function expectHeading(root: HTMLElement, text: string): Promise<HTMLElement> {
  const heading = await waitFor(() => {
    const found = root.querySelector<HTMLElement>('.auth-heading');
    expect(found).toBeTruthy();
    expect(found!.textContent?.trim()).toBe(text);
    return found!;
  });
  await expect(heading).toHaveAttribute('tabindex', '-1');
  return heading;
}

/** The form's alert region, once it shows `text`. */
export async function expectAlert(root: HTMLElement, text: string): Promise<void> {
  await waitFor(() => expect(root.querySelector('[role="alert"]')?.textContent?.trim()).toBe(text));
}

/** A field is invalid and its message is linked through aria-describedby. */
export async function expectFieldError(input: HTMLElement, text: string): Promise<void> {
  await waitFor(() => expect(input).toHaveAttribute('aria-invalid', 'true'));
  const ids = (input.getAttribute('aria-describedby') ?? '').split(/\s+/);
  const messages = ids.map((id) => input.ownerDocument.getElementById(id)?.textContent?.trim());
  await expect(messages).toContain(text);
}

/** While a call is pending, the submit and the secondary buttons are disabled; submit says why. */
export async function expectPending(root: HTMLElement, busyLabel: string): Promise<void> {
  const submit = await waitFor(() => {
    const button = root.querySelector<HTMLButtonElement>('button[type="submit"]');
    expect(button).toHaveAttribute('aria-busy', 'true');
    return button!;
  });
  await expect(submit).toBeDisabled();
  await expect(submit.textContent?.trim()).toBe(busyLabel);
  for (const button of root.querySelectorAll('.auth-actions button')) await expect(button).toBeDisabled();
}
