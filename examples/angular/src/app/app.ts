import { Component, CUSTOM_ELEMENTS_SCHEMA, signal } from '@angular/core';
// Registers the two elements the template uses.
import 'evidence-guidance/components/eg-key-findings.js';
import 'evidence-guidance/components/eg-implications.js';
import type { AudienceChangeEvent } from 'evidence-guidance';

@Component({
  selector: 'app-root',
  // CUSTOM_ELEMENTS_SCHEMA lets the template use eg-* elements and their attributes and events.
  schemas: [CUSTOM_ELEMENTS_SCHEMA],
  template: `
    <main>
      <h1>evidence-guidance in Angular</h1>
      <p>Audience chosen: <output id="chosen-audience">{{ audience() }}</output></p>
      <eg-key-findings summary="early-years-integration" theme="govuk" heading-level="2"></eg-key-findings>
      <eg-implications summary="early-years-integration" theme="govuk" (eg-audience-change)="onAudienceChange($event)"></eg-implications>
    </main>
  `,
})
export class App {
  readonly audience = signal('none');

  onAudienceChange(event: Event): void {
    this.audience.set((event as AudienceChangeEvent).audience);
  }
}
