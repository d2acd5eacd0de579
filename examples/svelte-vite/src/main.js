import { mount } from 'svelte';
// Registers the two elements the app uses.
import 'evidence-guidance/components/eg-key-findings.js';
import 'evidence-guidance/components/eg-implications.js';
import App from './App.svelte';

mount(App, { target: document.getElementById('app') });
