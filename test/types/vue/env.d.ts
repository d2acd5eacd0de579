// What a Vue 3 app adds to use the widgets' types (as the README says).
import type {} from 'evidence-guidance/vue';
