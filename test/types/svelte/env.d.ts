// What a Svelte 5 app adds to use the widgets' types (as the README says).
import type {} from 'evidence-guidance/svelte';
