import { useCallback, useEffect, useRef, useState, type ReactNode } from 'react';
import { navigate } from 'wouter/use-hash-location';
import { ConfirmDialog } from '../components/ConfirmDialog';

const currentPath = (): string => `/${window.location.hash.replace(/^#?\/?/, '')}`;

/**
 * Asks "Leave without saving?" before a page with unsaved changes is left: by a link, by Back or
 * Forward, by a shortcut that navigates, or by closing the window (the browser's own prompt, which
 * the Electron main process turns into a dialog). Returns the dialog to render, and `allowLeave`
 * for the page to call just before it navigates away on purpose, e.g. after saving.
 */
export function useLeaveGuard(
  dirty: boolean,
  text = 'The changes you made on this page have not been saved and will be lost.',
): { dialog: ReactNode; allowLeave: () => void } {
  const [target, setTarget] = useState<string | null>(null);
  const dirtyNow = useRef(dirty);
  const allowed = useRef(false);
  useEffect(() => {
    dirtyNow.current = dirty;
  });

  useEffect(() => {
    // Hash routes: the whole page address, including the hash, is what must stay put.
    const guardedUrl = window.location.href;
    const blocking = () => dirtyNow.current && !allowed.current;

    const onClick = (event: MouseEvent) => {
      if (!blocking() || event.defaultPrevented || event.button !== 0) return;
      if (event.metaKey || event.ctrlKey || event.shiftKey || event.altKey) return;
      const anchor = event.target instanceof Element ? event.target.closest('a[href]') : null;
      const href = anchor?.getAttribute('href') ?? '';
      if (!href.startsWith('#/') || href.slice(1) === currentPath()) return;
      // Captured on the window, before the router's own click handler can run.
      event.preventDefault();
      event.stopPropagation();
      setTarget(href.slice(1));
    };

    // Back and Forward have already changed the address: put it back and ask instead.
    const holdAddress = (event: Event) => {
      if (!blocking() || window.location.href === guardedUrl) return;
      const wanted = currentPath();
      window.history.replaceState(window.history.state, '', guardedUrl);
      if (event.type === 'hashchange') event.stopImmediatePropagation();
      setTarget(wanted);
    };

    const onBeforeUnload = (event: BeforeUnloadEvent) => {
      if (!blocking()) return;
      event.preventDefault();
      // Older engines only ask when a return value is set.
      event.returnValue = '';
    };

    window.addEventListener('click', onClick, true);
    window.addEventListener('popstate', holdAddress, true);
    window.addEventListener('hashchange', holdAddress, true);
    window.addEventListener('beforeunload', onBeforeUnload);
    return () => {
      window.removeEventListener('click', onClick, true);
      window.removeEventListener('popstate', holdAddress, true);
      window.removeEventListener('hashchange', holdAddress, true);
      window.removeEventListener('beforeunload', onBeforeUnload);
    };
  }, []);

  const allowLeave = useCallback(() => {
    allowed.current = true;
  }, []);

  const dialog =
    target === null ? null : (
      <ConfirmDialog
        title="Leave without saving?"
        confirmLabel="Leave without saving"
        busyLabel="Leaving…"
        busy={false}
        error={null}
        onCancel={() => setTarget(null)}
        onConfirm={() => {
          allowed.current = true;
          setTarget(null);
          navigate(target);
        }}
      >
        <p>{text}</p>
      </ConfirmDialog>
    );

  return { dialog, allowLeave };
}
