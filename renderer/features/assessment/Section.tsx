/** One part of the assessment, in the order she works, each reachable from the section list. */
import type { ReactNode } from 'react';

export const SECTIONS = [
  { id: 'client', title: 'Client and history' },
  { id: 'complaint', title: 'Presenting complaint' },
  { id: 'pain', title: 'Pain and questionnaires' },
  { id: 'feet', title: 'Feet and ankles' },
  { id: 'anterior', title: 'Anterior view' },
  { id: 'lateral-left', title: 'Lateral view, left' },
  { id: 'lateral-right', title: 'Lateral view, right' },
  { id: 'posterior', title: 'Posterior view' },
  { id: 'measures', title: 'Measures' },
  { id: 'movement', title: 'Movement' },
  { id: 'photos', title: 'Photos' },
  { id: 'notes', title: 'Notes' },
  { id: 'summary', title: 'Summary' },
] as const;

export type SectionId = (typeof SECTIONS)[number]['id'];

export const sectionElementId = (id: SectionId) => `ae-section-${id}`;
export const sectionHeadingId = (id: SectionId) => `ae-section-${id}-title`;

export function sectionTitle(id: SectionId): string {
  return SECTIONS.find((section) => section.id === id)?.title ?? id;
}

interface SectionProps {
  id: SectionId;
  intro?: ReactNode;
  children: ReactNode;
}

export function Section({ id, intro, children }: SectionProps) {
  return (
    <section
      className="card ae-section"
      id={sectionElementId(id)}
      aria-labelledby={sectionHeadingId(id)}
    >
      <h2 className="ae-section-title" id={sectionHeadingId(id)} tabIndex={-1}>
        {sectionTitle(id)}
      </h2>
      {intro && <p className="ae-section-intro">{intro}</p>}
      {children}
    </section>
  );
}

/** A titled block inside a section. */
export function Panel({
  title,
  aside,
  children,
}: {
  title: string;
  aside?: ReactNode;
  children: ReactNode;
}) {
  return (
    <div className="ae-panel">
      <div className="ae-panel-head">
        <h3 className="ae-panel-title">{title}</h3>
        {aside && <div className="ae-panel-aside">{aside}</div>}
      </div>
      {children}
    </div>
  );
}
