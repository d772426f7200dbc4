import { expect } from '@open-wc/testing';
import * as lit from '@lit/context';
import { ReactiveElement } from 'lit';
import { AuthFlow } from '../../core/flow.js';
import { AuthAuthenticator } from '../authenticator/authenticator.js';
import { AuthSignIn } from '../sign-in/sign-in.js';
import { FakeAuthService, fill, settle, submit } from '../../../test/browser/elements-helpers.js';
import { ContextConsumer, ContextProvider, type Context } from './context.js';

const context = 'test/context' as Context<string | undefined>;
let count = 0;
const uniqueTag = (name: string) => `ctx-${name}-${++count}`;

class Consumer extends ReactiveElement {
  values: Array<string | undefined> = [];
  consumer = new ContextConsumer(this, { context, callback: (value) => this.values.push(value) });
}
class Provider extends ReactiveElement {
  provider = new ContextProvider(this, { context, initialValue: 'first' as string | undefined });
}
const consumerTag = uniqueTag('consumer');
const providerTag = uniqueTag('provider');
customElements.define(consumerTag, Consumer);
customElements.define(providerTag, Provider);

/** `<provider><div><consumer>` in the document; removed after each test. */
function mount(providerName = providerTag): { provider: HTMLElement; consumer: Consumer } {
  const provider = document.createElement(providerName);
  const consumer = document.createElement(consumerTag) as Consumer;
  provider.append(document.createElement('div'));
  provider.firstElementChild!.append(consumer);
  document.body.append(provider);
  return { provider, consumer };
}

describe('context protocol', () => {
  afterEach(() => document.body.replaceChildren());

  it('a consumer gets the nearest provider value at once and every change after, re-rendering', async () => {
    const { provider, consumer } = mount();
    expect(consumer.values).to.deep.equal(['first']);
    await consumer.updateComplete;
    (provider as Provider).provider.setValue('second');
    expect(consumer.isUpdatePending).to.equal(true);
    (provider as Provider).provider.setValue('second');
    expect(consumer.values).to.deep.equal(['first', 'second']);
  });

  it('answers only requests for its own context, and stops them there', () => {
    const { provider } = mount();
    const other = Object.assign(new Event('context-request', { bubbles: true, composed: true }), {
      context: 'other',
      callback: () => expect.fail('answered another context'),
    });
    const own = Object.assign(new Event('context-request', { bubbles: true, composed: true }), {
      context,
      callback: () => {},
    });
    const reachedDocument: string[] = [];
    const tally = (event: Event) => reachedDocument.push((event as Event & { context: string }).context);
    document.addEventListener('context-request', tally);
    provider.firstElementChild!.dispatchEvent(other);
    provider.firstElementChild!.dispatchEvent(own);
    document.removeEventListener('context-request', tally);
    expect(reachedDocument).to.deep.equal(['other']);
  });

  it('answers a one-off request (subscribe false) without keeping the callback', () => {
    const { provider } = mount();
    const seen: unknown[] = [];
    const request = Object.assign(new Event('context-request', { bubbles: true, composed: true }), {
      context,
      callback: (value: unknown, unsubscribe?: unknown) => seen.push([value, unsubscribe]),
    });
    provider.firstElementChild!.dispatchEvent(request);
    (provider as Provider).provider.setValue('later');
    expect(seen).to.deep.equal([['first', undefined]]);
  });

  it('releases the subscription when the consumer disconnects', () => {
    const { provider, consumer } = mount();
    consumer.remove();
    (provider as Provider).provider.setValue('after removal');
    expect(consumer.values).to.deep.equal(['first']);
    // Reconnecting subscribes again.
    provider.append(consumer);
    expect(consumer.values).to.deep.equal(['first', 'after removal']);
  });

  it('a consumer upgraded before its provider subscribes once the provider connects', async () => {
    const lateTag = uniqueTag('late-provider');
    const { provider, consumer } = mount(lateTag);
    expect(consumer.values).to.deep.equal([]);
    customElements.define(lateTag, class extends Provider {});
    expect(provider).to.be.instanceOf(Provider);
    expect(consumer.values).to.deep.equal(['first']);
    (provider as Provider).provider.setValue('second');
    expect(consumer.values).to.deep.equal(['first', 'second']);
  });

  it('a consumer upgraded after its provider subscribes on upgrade', () => {
    const lateTag = uniqueTag('late-consumer');
    const provider = document.createElement(providerTag) as Provider;
    const consumer = document.createElement(lateTag);
    provider.append(consumer);
    document.body.append(provider);
    customElements.define(lateTag, class extends Consumer {});
    expect((consumer as Consumer).values).to.deep.equal(['first']);
  });

  it('a disconnected consumer still waiting for a provider stops waiting', () => {
    const lateTag = uniqueTag('never-provider');
    const { consumer } = mount(lateTag);
    consumer.remove();
    // Detached under a provider: a request it made now would be answered.
    const detached = document.createElement(providerTag);
    detached.append(consumer);
    customElements.define(lateTag, class extends Provider {});
    expect(consumer.values).to.deep.equal([]);
    document.body.append(detached);
    expect(consumer.values).to.deep.equal(['first']);
  });

  it('a consumer moved under another provider lets go of the first', () => {
    const { provider, consumer } = mount();
    const second = document.createElement(providerTag) as Provider;
    document.body.append(second);
    second.provider.setValue('from second');
    second.append(consumer);
    expect(consumer.values).to.deep.equal(['first', 'from second']);
    (provider as Provider).provider.setValue('ignored');
    second.provider.setValue('from second again');
    expect(consumer.values).to.deep.equal(['first', 'from second', 'from second again']);
  });

  it('interoperates with @lit/context providers and consumers', () => {
    const litContext = lit.createContext<string | undefined>(context);
    class LitProvider extends ReactiveElement {
      provider = new lit.ContextProvider(this, { context: litContext, initialValue: 'from lit' });
    }
    class LitConsumer extends ReactiveElement {
      consumer = new lit.ContextConsumer(this, { context: litContext, subscribe: true });
    }
    const litProviderTag = uniqueTag('lit-provider');
    const litConsumerTag = uniqueTag('lit-consumer');
    customElements.define(litProviderTag, LitProvider);
    customElements.define(litConsumerTag, LitConsumer);

    const { consumer } = mount(litProviderTag);
    expect(consumer.values).to.deep.equal(['from lit']);

    const { provider, consumer: ours } = mount();
    const litConsumer = document.createElement(litConsumerTag) as LitConsumer;
    ours.replaceWith(litConsumer);
    expect(litConsumer.consumer.value).to.equal('first');
    (provider as Provider).provider.setValue('changed');
    expect(litConsumer.consumer.value).to.equal('changed');
    litConsumer.remove();
    (provider as Provider).provider.setValue('after removal');
    expect(litConsumer.consumer.value).to.equal('changed');
  });

  it('a consumer re-parented by an @lit/context provider to a nearer one lets go of the outer', () => {
    const litContext = lit.createContext<string | undefined>(context);
    class LitProvider extends ReactiveElement {
      provider = new lit.ContextProvider(this, { context: litContext, initialValue: 'outer' });
    }
    const outerTag = uniqueTag('lit-outer');
    const innerTag = uniqueTag('inner-provider');
    customElements.define(outerTag, LitProvider);
    const outer = document.createElement(outerTag) as LitProvider;
    const inner = document.createElement(innerTag);
    const consumer = document.createElement(consumerTag) as Consumer;
    inner.append(consumer);
    outer.append(inner);
    document.body.append(outer);
    expect(consumer.values).to.deep.equal(['outer']);
    // The inner provider announces itself; lit's outer provider re-sends its subscribers' requests.
    customElements.define(innerTag, class extends Provider {});
    expect(consumer.values).to.deep.equal(['outer', 'first']);
    outer.provider.setValue('ignored');
    expect(consumer.values).to.deep.equal(['outer', 'first']);
  });

  for (const order of ['before', 'after'] as const) {
    it(`a step element upgraded ${order} its authenticator renders the authenticator's flow`, async () => {
      const authenticatorTag = uniqueTag('authenticator');
      const signInTag = uniqueTag('sign-in');
      const fake = new FakeAuthService();
      const flow = new AuthFlow(fake);
      const authenticator = document.createElement(authenticatorTag) as AuthAuthenticator;
      authenticator.flow = flow;
      const signIn = document.createElement(signInTag);
      authenticator.append(signIn);
      document.body.append(authenticator);
      const defineStep = () => customElements.define(signInTag, class extends AuthSignIn {});
      if (order === 'before') defineStep();
      customElements.define(authenticatorTag, class extends AuthAuthenticator {});
      if (order === 'after') defineStep();
      await flow.start();
      await settle(authenticator);

      fill(signIn, { Username: 'alice', Password: 'pw' });
      submit(signIn);
      await settle(authenticator);
      expect(fake.calls.map((call) => call.method)).to.include('signIn');
      expect(flow.username).to.equal('alice');
    });
  }
});
