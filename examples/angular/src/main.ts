// Angular: CUSTOM_ELEMENTS_SCHEMA lets the template use the kit's tags; `[formFields]` sets a
// property, `(auth-signed-in)` listens to the DOM event.
import '@angular/compiler';
import { Component, CUSTOM_ELEMENTS_SCHEMA, provideZonelessChangeDetection, signal } from '@angular/core';
import { bootstrapApplication } from '@angular/platform-browser';
import 'auth-elements';
import type { AuthSignedInDetail } from 'auth-elements';
import { configureAmplify, formFields } from '../../shared/amplify.js';

@Component({
  selector: 'app-root',
  schemas: [CUSTOM_ELEMENTS_SCHEMA],
  template: `
    <main>
      <h1>Angular</h1>
      <p data-testid="status">{{ user() ? 'Signed in as ' + user() : 'Signed out' }}</p>
      <auth-authenticator
        sign-up-attributes="email"
        [formFields]="formFields"
        (auth-signed-in)="signedIn($event)"
        (auth-signed-out)="user.set(null)"
      >
        <auth-sign-out></auth-sign-out>
      </auth-authenticator>
    </main>
  `,
})
class App {
  readonly formFields = formFields;
  readonly user = signal<string | null>(null);

  signedIn(event: Event): void {
    this.user.set((event as CustomEvent<AuthSignedInDetail>).detail.username);
  }
}

configureAmplify().then(() => bootstrapApplication(App, { providers: [provideZonelessChangeDetection()] }));
