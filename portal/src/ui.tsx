/** Small building blocks shared by the pages: states of a request, figures, headings that take focus. */
import { useEffect, useRef, type ReactNode } from 'react';

export function Problem({ error }: { error: { message: string } | undefined }) {
  if (!error) return null;
  return <p role="alert" className="problem">{error.message}</p>;
}

export function Loading({ what }: { what: string }) {
  return <p role="status">Loading {what}…</p>;
}

export const percent = (share: number | null | undefined, digits = 1) => (share === null || share === undefined ? '—' : `${(share * 100).toFixed(digits)}%`);

/** The page's title; it takes focus when the page opens, so keyboard and screen-reader users start there. */
export function PageTitle({ children }: { children: ReactNode }) {
  const ref = useRef<HTMLHeadingElement>(null);
  useEffect(() => ref.current?.focus(), []);
  return <h1 ref={ref} tabIndex={-1}>{children}</h1>;
}

export function Field({ id, label, children }: { id: string; label: string; children: ReactNode }) {
  return (
    <div className="field">
      <label htmlFor={id}>{label}</label>
      {children}
    </div>
  );
}
