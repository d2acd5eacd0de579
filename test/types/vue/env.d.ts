// What a Vue 3 app adds to use the widgets' types (as docs/embedding.md says).
import type {} from 'evidence-guidance/vue';
