import { createApp } from 'vue';
// Registers the two elements the app uses.
import 'evidence-guidance/components/eg-key-findings.js';
import 'evidence-guidance/components/eg-implications.js';
import App from './App.vue';

createApp(App).mount('#app');
