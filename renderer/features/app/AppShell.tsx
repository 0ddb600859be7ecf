import type { ReactNode } from 'react';
import { Link, matchRoute, useLocation, useRouter } from 'wouter';
import type { RecordsPlace } from '../../../shared/contract';
import { BackupBanner } from '../backups';
import { NoticeRegion } from '../../components/Notice';
import { ErrorBoundary } from './ErrorBoundary';
import { StanceMark } from './StanceMark';

interface AppShellProps {
  appVersion: string;
  /** Where her records are; a studio database is named in the sidebar, the file goes unsaid. */
  records: RecordsPlace;
  children: ReactNode;
}

/** The frame around every page: the sidebar with the product name and the main area. */
export function AppShell({ appVersion, records, children }: AppShellProps) {
  const [location] = useLocation();
  return (
    <div className="shell">
      <SkipToContent />
      <nav className="sidebar" aria-label="Main">
        <div className="brand">
          <StanceMark />
          <span className="brand-name">Stance</span>
        </div>
        <ul className="nav-list">
          <li>
            <ClientsNavLink />
          </li>
          <li>
            <ExercisesNavLink />
          </li>
          <li>
            <SettingsNavLink />
          </li>
        </ul>
        <div className="sidebar-footer">
          {records.place === 'studio' && <StudioIndicator place={records} />}
          <p>Version {appVersion}</p>
        </div>
      </nav>
      <main className="main" id="main-content" tabIndex={-1}>
        <BackupBanner />
        <NoticeRegion />
        <ErrorBoundary scope="page" resetKey={location}>
          {children}
        </ErrorBoundary>
      </main>
    </div>
  );
}

/** Always in view, so she knows her records are read and saved on the studio's server. */
function StudioIndicator({ place }: { place: Extract<RecordsPlace, { place: 'studio' }> }) {
  return (
    <p className="studio-indicator">
      Studio database: <strong>{place.database}</strong> on {place.host}, signed in as{' '}
      <strong>{place.user}</strong>
    </p>
  );
}

/**
 * Moves focus itself: following "#main-content" would change the hash, and with hash routes that
 * means leaving the page.
 */
function SkipToContent() {
  return (
    <a
      className="skip-link"
      href="#main-content"
      onClick={(event) => {
        event.preventDefault();
        document.getElementById('main-content')?.focus();
      }}
    >
      Skip to content
    </a>
  );
}

/** A sidebar entry, marked as the current page while any of `paths` matches the route. */
function NavLink({
  href,
  paths,
  children,
}: {
  href: string;
  paths: string[];
  children: ReactNode;
}) {
  const [location] = useLocation();
  const { parser } = useRouter();
  const active = paths.some((path) => matchRoute(parser, path, location)[0]);
  return (
    <Link href={href} className="nav-link" aria-current={active ? 'page' : undefined}>
      {children}
    </Link>
  );
}

function ClientsNavLink() {
  return (
    <NavLink href="/" paths={['/', '/clients/*?']}>
      <PeopleIcon />
      Clients
    </NavLink>
  );
}

function ExercisesNavLink() {
  return (
    <NavLink href="/exercises" paths={['/exercises/*?']}>
      <FigureIcon />
      Exercises
    </NavLink>
  );
}

function SettingsNavLink() {
  return (
    <NavLink href="/settings" paths={['/settings']}>
      <GearIcon />
      Settings
    </NavLink>
  );
}

function GearIcon() {
  return (
    <svg viewBox="0 0 20 20" width="18" height="18" aria-hidden="true" className="nav-icon">
      <circle cx="10" cy="10" r="2.6" fill="none" stroke="currentColor" strokeWidth="1.6" />
      <path
        d="M10 2.5v2M10 15.5v2M2.5 10h2M15.5 10h2M4.7 4.7l1.4 1.4M13.9 13.9l1.4 1.4M4.7 15.3l1.4-1.4M13.9 6.1l1.4-1.4"
        stroke="currentColor"
        strokeWidth="1.6"
        strokeLinecap="round"
      />
      <circle cx="10" cy="10" r="5.4" fill="none" stroke="currentColor" strokeWidth="1.6" />
    </svg>
  );
}

function PeopleIcon() {
  return (
    <svg viewBox="0 0 20 20" width="18" height="18" aria-hidden="true" className="nav-icon">
      <circle cx="7.5" cy="6.5" r="3" fill="none" stroke="currentColor" strokeWidth="1.6" />
      <path
        d="M2 16.5c.6-3 2.8-4.6 5.5-4.6s4.9 1.6 5.5 4.6"
        fill="none"
        stroke="currentColor"
        strokeWidth="1.6"
        strokeLinecap="round"
      />
      <circle cx="14" cy="7" r="2.4" fill="none" stroke="currentColor" strokeWidth="1.4" />
      <path
        d="M14.5 11.6c1.9.3 3.2 1.6 3.6 3.9"
        fill="none"
        stroke="currentColor"
        strokeWidth="1.4"
        strokeLinecap="round"
      />
    </svg>
  );
}

/** A figure in a lunge: the exercise library. */
function FigureIcon() {
  return (
    <svg viewBox="0 0 20 20" width="18" height="18" aria-hidden="true" className="nav-icon">
      <circle cx="11" cy="3.6" r="1.9" fill="none" stroke="currentColor" strokeWidth="1.6" />
      <path
        d="M10.4 6.6l-1.4 5 4 1.6 1 4.3M9 11.6l-3.6 1.7-1.2 3.7M10.2 7.8l3.4 2.4M10.2 7.8l-3.6 1"
        fill="none"
        stroke="currentColor"
        strokeWidth="1.6"
        strokeLinecap="round"
        strokeLinejoin="round"
      />
    </svg>
  );
}
