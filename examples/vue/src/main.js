import { createApp } from 'vue';
import 'auth-elements';
import { configureAmplify } from '../../shared/amplify.js';
import App from './App.vue';

configureAmplify().then(() => createApp(App).mount('#app'));
