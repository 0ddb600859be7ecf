/** Everything examined on one foot, top to bottom in the order it is usually done. */
import type { Side } from '../../../shared/domain/clinical';
import {
  ARCH_LABELS,
  ARCH_TYPES,
  FIRST_MTP_BANDS,
  HALLUX_VALGUS_GRADES,
  HALLUX_VALGUS_LABELS,
  HELBING_NOTE,
  NAVICULAR_DROP_BANDS,
  FPI6_BANDS,
  RCSP_BANDS,
  SOURCES,
  classify,
  footProgressionBandsFor,
} from '../../../shared/domain/clinical';
import type { BandSet } from '../../../shared/domain/clinical';
import { EvidenceButton } from '../../components/EvidenceButton';
import { BoundChoice, notAssessed } from './BoundChoice';
import { CallusField } from './CallusField';
import { useForm } from './form-context';
import { Fpi6Scorer } from './Fpi6Scorer';
import { NumberField } from './NumberField';
import { useHeelPhotoValue } from './photo-values';

const ARCH_OPTIONS = [
  notAssessed(),
  ...ARCH_TYPES.map((arch) => ({ stored: arch, label: ARCH_LABELS[arch].replace(' arch', '') })),
];
const HALLUX_OPTIONS = [
  notAssessed(),
  ...HALLUX_VALGUS_GRADES.map((grade) => ({
    stored: grade,
    label: grade === 'none' ? 'None' : HALLUX_VALGUS_LABELS[grade],
  })),
];
const HELBING_OPTIONS = [
  notAssessed(),
  { stored: false, label: 'Absent' },
  { stored: true, label: 'Present' },
];

const bandOf = (set: BandSet) => (value: number) => classify(set, value)?.label ?? null;

export function FootColumn({ side }: { side: Side }) {
  const { ageYears } = useForm();
  const sideLabel = side === 'left' ? 'Left foot' : 'Right foot';
  const context = `${sideLabel}:`;
  const heelFromPhoto = useHeelPhotoValue(side);
  const legend = (text: string) => (
    <>
      <span className="visually-hidden">{context} </span>
      {text}
    </>
  );
  return (
    <div className="ae-foot" role="group" aria-labelledby={`ae-foot-${side}`}>
      <h3 className="ae-foot-title" id={`ae-foot-${side}`}>
        {sideLabel}
      </h3>
      <NumberField
        path={['feet', side, 'footProgressionAngleDeg']}
        label="Foot progression angle"
        context={context}
        stored="deg"
        hint={
          <>
            Toe-out positive, toe-in negative.
            <EvidenceButton
              source={footProgressionBandsFor(ageYears).source}
              rule="foot progression angle bands"
            />
          </>
        }
        describe={bandOf(footProgressionBandsFor(ageYears))}
      />
      <BoundChoice path={['feet', side, 'arch']} legend={legend('Arch')} options={ARCH_OPTIONS} />
      <Fpi6Scorer side={side} sideLabel={sideLabel} />
      <p className="ae-hint">
        FPI-6 bands
        <EvidenceButton
          source={FPI6_BANDS.source}
          rule={`FPI-6 bands, ${sideLabel.toLowerCase()}`}
        />
      </p>
      <NumberField
        path={['feet', side, 'navicularDropMm']}
        label="Navicular drop"
        context={context}
        stored="mm"
        hint={
          <>
            Seated (unloaded) height minus standing height.
            <EvidenceButton source={NAVICULAR_DROP_BANDS.source} rule="navicular drop bands" />
          </>
        }
        describe={bandOf(NAVICULAR_DROP_BANDS)}
      />
      <NumberField
        path={['feet', side, 'kneeToWallCm']}
        label="Knee-to-wall lunge"
        context={context}
        stored="cm"
        hint={
          <>
            Big toe to wall, heel down. No accepted cut-off: compare sides and visits.
            <EvidenceButton source={SOURCES.lungeMdcPatients} rule="knee-to-wall side difference" />
          </>
        }
      />
      <NumberField
        path={['feet', side, 'rcspEversionDeg']}
        fromPhoto={heelFromPhoto}
        label="Heel angle in stance"
        context={context}
        stored="deg"
        hint={
          <>
            Tilted out (everted) positive, tilted in negative.
            <EvidenceButton source={RCSP_BANDS.source} rule="heel angle bands" />
          </>
        }
        describe={bandOf(RCSP_BANDS)}
      />
      <NumberField
        path={['feet', side, 'firstMtpDorsiflexionDeg']}
        label="Big-toe upward bend"
        context={context}
        stored="deg"
        hint={
          <>
            First MTP joint dorsiflexion.
            <EvidenceButton source={FIRST_MTP_BANDS.source} rule="big-toe bend bands" />
          </>
        }
        describe={bandOf(FIRST_MTP_BANDS)}
      />
      <BoundChoice
        path={['feet', side, 'halluxValgusGrade']}
        legend={legend('Hallux valgus (Manchester scale)')}
        options={HALLUX_OPTIONS}
      />
      <BoundChoice
        path={['feet', side, 'helbingSign']}
        legend={legend('Helbing’s sign')}
        hint={HELBING_NOTE}
        options={HELBING_OPTIONS}
      />
      <CallusField side={side} context={context} />
    </div>
  );
}
