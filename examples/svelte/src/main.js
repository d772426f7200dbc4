import { mount } from 'svelte';
import 'auth-elements';
import { configureAmplify } from '../../shared/amplify.js';
import App from './App.svelte';

configureAmplify().then(() => mount(App, { target: document.getElementById('app') }));
