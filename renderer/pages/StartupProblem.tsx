import type { AppStatus } from '../../shared/contract';
import { CopyButton } from '../components/CopyButton';
import { StanceMark } from '../components/StanceMark';

type Problem = Extract<AppStatus, { state: 'problem' }>;

const headings: Record<Problem['kind'], string> = {
  'database-from-future': 'Your client data was saved by a newer version of Stance',
  'database-damaged': 'Stance could not read your client data',
  unavailable: 'Stance could not open your client data',
};

const nextSteps: Record<Problem['kind'], string[]> = {
  'database-from-future': [
    'Install the latest version of Stance, then open it again. Your clients will be there as you left them.',
    'If you recently went back to an older version on purpose, please contact support before doing anything else.',
  ],
  'database-damaged': [
    'Close Stance and leave the data folder exactly as it is. Please do not move or delete any files in it.',
    'Contact support and send the details below. Earlier copies of your data are kept in the “backups” folder inside it.',
  ],
  unavailable: [
    'Check that the drive holding the data folder is connected and that you can open the folder.',
    'Then close Stance and open it again. If this keeps happening, contact support and send the details below.',
  ],
};

/**
 * Shown instead of the app when the data could not be opened. It explains and helps the
 * practitioner get help; it deliberately offers nothing that changes or deletes files.
 */
export function StartupProblem({ problem }: { problem: Problem }) {
  const details = describeForSupport(problem);
  return (
    <div className="problem-screen">
      <div className="problem-brand" aria-hidden="true">
        <StanceMark size={24} />
        <span className="brand-name">Stance</span>
      </div>
      <main className="problem-card card">
        <InfoIcon />
        <h1 className="problem-title">{headings[problem.kind]}</h1>
        <p className="problem-message">{problem.message}</p>

        <h2 className="problem-subtitle">What you can do</h2>
        <ul className="problem-steps">
          {nextSteps[problem.kind].map((step) => (
            <li key={step}>{step}</li>
          ))}
        </ul>

        {problem.dataDir && (
          <>
            <h2 className="problem-subtitle">Data folder</h2>
            <p className="path-box">
              <code>{problem.dataDir}</code>
            </p>
          </>
        )}

        <CopyButton label="Copy details" text={details} />
        <details className="problem-details">
          <summary>Technical details</summary>
          <pre>{details}</pre>
        </details>
      </main>
    </div>
  );
}

function describeForSupport(problem: Problem): string {
  return [
    'Stance could not start',
    `Problem: ${problem.kind}`,
    `What happened: ${problem.message}`,
    `Data folder: ${problem.dataDir || '(unknown)'}`,
    `Details: ${problem.details}`,
  ].join('\n');
}

function InfoIcon() {
  return (
    <svg viewBox="0 0 24 24" width="32" height="32" aria-hidden="true" className="problem-icon">
      <circle cx="12" cy="12" r="11" fill="currentColor" />
      <rect x="10.8" y="10" width="2.4" height="8" rx="1.2" fill="#fff" />
      <circle cx="12" cy="6.8" r="1.5" fill="#fff" />
    </svg>
  );
}
