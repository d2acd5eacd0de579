// What a React 19 app adds to use the widgets' types (as docs/embedding.md says).
import type { CustomElements } from 'evidence-guidance/jsx';

declare module 'react' {
  namespace JSX {
    interface IntrinsicElements extends CustomElements {}
  }
}
