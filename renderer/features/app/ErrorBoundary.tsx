import { Component, useEffect, useRef, type ErrorInfo, type ReactNode } from 'react';
import { invoke } from '../../api';

interface ErrorBoundaryProps {
  children: ReactNode;
  /**
   * `page`: one page failed and the frame around it still works. `app`: the frame itself failed,
   * so the way back starts the window again.
   */
  scope: 'page' | 'app';
  /** A new value (the route) clears a caught failure: she has gone somewhere else. */
  resetKey?: string;
}

interface ErrorBoundaryState {
  failed: boolean;
  resetKey: string | undefined;
}

/**
 * Instead of a blank window when a page cannot be drawn (a value it did not expect, a fault in
 * Stance), a calm message with a way back. The fault goes to main's log; nothing in her records
 * has changed, because drawing a page never writes.
 */
export class ErrorBoundary extends Component<ErrorBoundaryProps, ErrorBoundaryState> {
  override state: ErrorBoundaryState = { failed: false, resetKey: this.props.resetKey };

  static getDerivedStateFromError(): Partial<ErrorBoundaryState> {
    return { failed: true };
  }

  static getDerivedStateFromProps(
    props: ErrorBoundaryProps,
    state: ErrorBoundaryState,
  ): Partial<ErrorBoundaryState> | null {
    return props.resetKey === state.resetKey ? null : { failed: false, resetKey: props.resetKey };
  }

  override componentDidCatch(error: unknown, info: ErrorInfo): void {
    const problem = error instanceof Error ? error : new Error(String(error));
    void invoke('app:pageCrashed', {
      page: window.location.hash.slice(0, 500) || '#/',
      message: problem.message.slice(0, 2_000),
      stack: `${problem.stack ?? ''}${info.componentStack ?? ''}`.slice(0, 20_000),
    });
  }

  override render(): ReactNode {
    if (!this.state.failed) return this.props.children;
    return (
      <PageProblem
        scope={this.props.scope}
        onBack={() => {
          window.location.hash = '#/';
          if (this.props.scope === 'app') window.location.reload();
          else this.setState({ failed: false });
        }}
      />
    );
  }
}

function PageProblem({ scope, onBack }: { scope: 'page' | 'app'; onBack: () => void }) {
  const heading = useRef<HTMLHeadingElement>(null);
  useEffect(() => {
    heading.current?.focus();
    document.title = 'This page could not be shown – Stance';
  }, []);
  return (
    <div className={scope === 'app' ? 'problem-screen' : 'page'}>
      <section className="card problem-card" aria-labelledby="page-problem-title">
        <h1 className="problem-title" id="page-problem-title" ref={heading} tabIndex={-1}>
          This page could not be shown
        </h1>
        <p>
          Something on it was not as Stance expected, so it stopped rather than show it wrongly.
          Your records are safe: nothing was changed.
        </p>
        <p>
          Go back to your clients and carry on. If this page fails again, reloading Stance often
          clears it.
        </p>
        <div className="page-actions">
          <button type="button" className="button button-primary" onClick={onBack}>
            Go to the client list
          </button>
          <button type="button" className="button" onClick={() => window.location.reload()}>
            Reload Stance
          </button>
        </div>
      </section>
    </div>
  );
}
