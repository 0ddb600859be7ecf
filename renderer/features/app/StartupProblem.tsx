import { useEffect } from 'react';
import type { AppStatus } from '../../../shared/contract';
import { CopyButton } from '../../components/CopyButton';
import { RecoveryBackups, type RestoreOutcome } from '../backups';
import { StanceMark } from './StanceMark';
import { StudioUnreachableActions } from './StudioUnreachableActions';

type Problem = Extract<AppStatus, { state: 'problem' }>;

const headings: Record<Problem['kind'], string> = {
  'database-from-future': 'Your client data was saved by a newer version of Stance',
  'database-damaged': 'Your client records could not be opened',
  unavailable: 'Stance could not open your client data',
  'studio-unreachable': 'Stance could not open the studio database',
};

/**
 * What happened, in plain words. Main's own message says it well and names the file, except for
 * damage, where it carries SQLite's findings: those go to the technical details only.
 */
const explanations: Record<Problem['kind'], (problem: Problem) => string> = {
  'database-from-future': (problem) => problem.message,
  'database-damaged': () =>
    'Stance could not read your client records. This can happen after a power cut or disk ' +
    'problem. Nothing has been deleted.',
  unavailable: (problem) => problem.message,
  'studio-unreachable': (problem) => problem.message,
};

const nextSteps: Record<Problem['kind'], string[]> = {
  'database-from-future': [
    'Install the newer version of Stance (or the latest one), then open it again. Your clients will be there as you left them.',
    'If you went back to an older version on purpose, please contact support before doing anything else.',
  ],
  'database-damaged': [
    'Restore a backup below. Please do not move or delete files in the data folder yourself.',
    'If no backup suits you, close Stance and contact support with the details below.',
  ],
  unavailable: [
    'Check that the drive holding the data folder is connected and that you can open the folder.',
    'Then close Stance and open it again. If this keeps happening, contact support and send the details below.',
  ],
  'studio-unreachable': [
    'Your records are kept on the studio’s server, so Stance waits for it rather than use this computer’s file, which would split your records in two.',
    'Check that this computer is on the studio’s network and the server is running, then try again.',
    'Or go back to the records in this computer’s file. They are as you left them; records saved on the studio since stay there.',
  ],
};

interface StartupProblemProps {
  problem: Problem;
  /** Called once a backup has replaced damaged data; the app then opens it. */
  onRestored: (outcome: RestoreOutcome) => void;
}

/**
 * Shown instead of the app when the data could not be opened. It explains, shows where the data
 * is, and helps the practitioner get help. For damaged data it offers the backups, each restore
 * asked for and confirmed; nothing here deletes a file or runs by itself.
 */
export function StartupProblem({ problem, onRestored }: StartupProblemProps) {
  const details = describeForSupport(problem);
  useEffect(() => {
    document.title = 'Stance could not open your data';
  }, []);

  return (
    <div className="problem-screen">
      <div className="problem-brand" aria-hidden="true">
        <StanceMark size={24} />
        <span className="brand-name">Stance</span>
      </div>
      <main className="problem-card card">
        <InfoIcon />
        <h1 className="problem-title">{headings[problem.kind]}</h1>
        <p className="problem-message">{explanations[problem.kind](problem)}</p>

        <h2 className="problem-subtitle">What you can do</h2>
        <ul className="problem-steps">
          {nextSteps[problem.kind].map((step) => (
            <li key={step}>{step}</li>
          ))}
        </ul>

        {problem.kind === 'database-damaged' && <RecoveryBackups onRestored={onRestored} />}
        {problem.kind === 'studio-unreachable' && <StudioUnreachableActions />}

        {problem.dataDir && (
          <>
            <h2 className="problem-subtitle">Data folder</h2>
            <p className="path-box">
              <code>{problem.dataDir}</code>
            </p>
          </>
        )}

        <h2 className="problem-subtitle">Getting help</h2>
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
