import { useLocation } from 'wouter';
import { AlertBanner } from '../../components/AlertBanner';
import { PageHeader } from '../../components/PageHeader';
import { SaveIndicator } from './SaveIndicator';
import { BackupsSection, type RestoreOutcome } from '../backups';
import { AuditTrailSection } from './AuditTrailSection';
import { DataFolderSection } from './DataFolderSection';
import { ExportSection } from './ExportSection';
import { MoveRecordsSection } from './MoveRecordsSection';
import { PhotoSuggestionsSection } from './PhotoSuggestionsSection';
import { PreferencesSection } from './PreferencesSection';
import { StudioBackupSection } from './StudioBackupSection';
import { StudioDatabaseSection } from './StudioDatabaseSection';
import { StudioDetailsSection } from './StudioDetailsSection';
import { useSettings } from './useSettings';
import type { RecordsPlace } from '../../../shared/contract';

interface SettingsProps {
  /** From `app:status`, so it is the folder actually open. */
  dataDir: string;
  /** From `app:status`: this computer's file or the studio database. */
  records: RecordsPlace;
  /** Called after a restore replaced the data; this page then goes to the client list. */
  onRestored: (outcome: RestoreOutcome) => void;
}

export function Settings({ dataDir, records, onRestored }: SettingsProps) {
  const [, navigate] = useLocation();
  const settings = useSettings();
  const { load } = settings;

  return (
    <div className="page page-form settings-page">
      <PageHeader
        title="Settings"
        subtitle="Changes are saved as you type."
        actions={
          <SaveIndicator
            save={settings.save}
            hasRefusedField={Object.keys(settings.errors).length > 0}
            onRetry={() => void settings.flush()}
          />
        }
      />
      {load.status === 'failed' && (
        <AlertBanner
          title="Your settings could not be loaded."
          actions={
            <button type="button" className="button" onClick={settings.retry}>
              Try again
            </button>
          }
        >
          <p>{load.error.message}</p>
        </AlertBanner>
      )}
      {load.status === 'ready' && (
        <>
          <StudioDetailsSection
            values={load.values}
            errors={settings.errors}
            onChange={settings.change}
            onBlur={() => void settings.flush()}
          />
          <PreferencesSection
            values={load.values}
            onUnits={(units) => settings.choose('units', units)}
            onPaperSize={(paperSize) => settings.choose('paperSize', paperSize)}
          />
          <PhotoSuggestionsSection
            on={load.values.suggestPointsOnImport}
            onChange={(on) => settings.choose('suggestPointsOnImport', on)}
          />
        </>
      )}
      <BackupsSection
        onRestored={(outcome) => {
          onRestored(outcome);
          // Every page re-reads the restored data when it opens; the list is where she starts.
          navigate('/');
        }}
      />
      <ExportSection />
      <DataFolderSection dataDir={dataDir} />
      <StudioDatabaseSection records={records} />
      <MoveRecordsSection />
      <StudioBackupSection />
      <AuditTrailSection />
    </div>
  );
}
