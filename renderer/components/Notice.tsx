import { createContext, useCallback, useContext, useEffect, useState, type ReactNode } from 'react';
import { useLocation } from 'wouter';

const NOTICE_VISIBLE_MS = 6000;
/** A notice that offers to undo stays longer: reading it and reaching the button takes time. */
const NOTICE_WITH_ACTION_VISIBLE_MS = 12000;

/** A button in the notice, e.g. "Restore" right after archiving. */
export interface NoticeAction {
  label: string;
  run: () => void;
}

interface NoticeContextValue {
  notice: string | null;
  noticeAction: NoticeAction | null;
  /** Shows `text` on the page at `path`, typically the one being navigated to. */
  showNotice: (text: string, path: string, action?: NoticeAction) => void;
  dismissNotice: () => void;
}

interface Notice {
  text: string;
  path: string;
  action: NoticeAction | null;
  serial: number;
}

const NoticeContext = createContext<NoticeContextValue | null>(null);

/**
 * Holds one short confirmation ("… was added") for the page the practitioner lands on. It goes
 * after a few seconds, or as soon as she moves to another page, where it would make no sense.
 */
export function NoticeProvider({ children }: { children: ReactNode }) {
  const [location] = useLocation();
  const [notice, setNotice] = useState<Notice | null>(null);
  const [previousLocation, setPreviousLocation] = useState(location);
  if (location !== previousLocation) {
    setPreviousLocation(location);
    if (notice && notice.path !== location) setNotice(null);
  }

  const showNotice = useCallback((text: string, path: string, action?: NoticeAction) => {
    setNotice((previous) => ({
      text,
      path,
      action: action ?? null,
      serial: (previous?.serial ?? 0) + 1,
    }));
  }, []);
  const dismissNotice = useCallback(() => setNotice(null), []);

  useEffect(() => {
    if (!notice) return;
    const timer = setTimeout(
      () => setNotice(null),
      notice.action ? NOTICE_WITH_ACTION_VISIBLE_MS : NOTICE_VISIBLE_MS,
    );
    return () => clearTimeout(timer);
  }, [notice]);

  return (
    <NoticeContext
      value={{
        notice: notice && notice.path === location ? notice.text : null,
        noticeAction: notice && notice.path === location ? notice.action : null,
        showNotice,
        dismissNotice,
      }}
    >
      {children}
    </NoticeContext>
  );
}

export function useNotice(): NoticeContextValue {
  const value = useContext(NoticeContext);
  if (!value) throw new Error('useNotice must be used inside <NoticeProvider>.');
  return value;
}

/** Always in the page, so screen readers announce each confirmation when its text appears. */
export function NoticeRegion() {
  const { notice, noticeAction, dismissNotice } = useNotice();
  return (
    <div className="notice-region" role="status" aria-live="polite">
      {notice && (
        <div className="notice">
          <CheckIcon />
          <span className="notice-text">{notice}</span>
          {noticeAction && (
            <button
              type="button"
              className="notice-action"
              onClick={() => {
                dismissNotice();
                noticeAction.run();
              }}
            >
              {noticeAction.label}
            </button>
          )}
          <button type="button" className="notice-dismiss" onClick={dismissNotice}>
            <span className="visually-hidden">Dismiss</span>
            <span aria-hidden="true">×</span>
          </button>
        </div>
      )}
    </div>
  );
}

function CheckIcon() {
  return (
    <svg viewBox="0 0 16 16" width="16" height="16" aria-hidden="true" className="notice-icon">
      <circle cx="8" cy="8" r="7" fill="currentColor" />
      <path d="M4.8 8.2l2.1 2.1 4.3-4.4" stroke="#fff" strokeWidth="1.7" fill="none" />
    </svg>
  );
}
