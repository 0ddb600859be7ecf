/**
 * Every source the clinical rules cite, copied from shared/domain/clinical-reference.md. A rule
 * points at one of these so reports can print where each number comes from.
 */

export interface Source {
  /** Short citation as the reference gives it. */
  readonly citation: string;
  /** Address (or `owner/repo:path`) exactly as the reference lists it. */
  readonly url: string;
  /**
   * False when the reference marks the fact UNVERIFIED or NOT FOUND, or when the product asked for
   * something the reference does not cover. Reports must show such rules as unconfirmed.
   */
  readonly verified: boolean;
  readonly note?: string;
  /** Who, as the reference names them ("Redmond et al."); absent where it does not say. */
  readonly authors?: string;
  readonly year?: number;
  /** What was measured, in plain words. */
  readonly measured?: string;
  /** In whom: the people studied, as the reference describes them. */
  readonly population?: string;
}

/** The fields the Evidence panel shows beside a citation, where the reference gives them. */
export type SourceDetails = Pick<Source, 'authors' | 'year' | 'measured' | 'population'>;

const withDetails = <S extends Source>(base: S, details: SourceDetails): S => ({
  ...base,
  ...details,
});

const source = (citation: string, url: string, note?: string): Source =>
  note === undefined ? { citation, url, verified: true } : { citation, url, verified: true, note };

export const SOURCES = {
  fpiItems: withDetails(
    source(
      'Redmond et al. 2008, J Foot Ankle Res 1:6 — FPI-6 items',
      'https://link.springer.com/doi/10.1186/1757-1146-1-6',
    ),
    {
      authors: 'Redmond et al.',
      year: 2008,
      measured: 'Foot posture scored from six standing observations (FPI-6)',
    },
  ),
  fpiProcedure: source(
    'Physiopedia, Foot Posture Index — an unscorable item is omitted and noted',
    'https://physio-pedia.com/Foot_Posture_Index_(FP1-6)',
  ),
  fpiBands: withDetails(
    source(
      'Redmond FPI-6 manual categories as reproduced by Paragon Orthotic (normal 0…+5 also MedBridge)',
      'https://paragonorthotic.com/foot-posture-index/',
    ),
    {
      authors: 'Redmond (manual categories, as reproduced)',
      measured: 'FPI-6 total split into normal, pronated and supinated bands',
    },
  ),
  fpiNorms: withDetails(
    source(
      'Redmond et al. 2008 — healthy adults mean +4 (n=619)',
      'https://pubmed.ncbi.nlm.nih.gov/18822155/',
    ),
    {
      authors: 'Redmond et al.',
      year: 2008,
      measured: 'FPI-6 totals in healthy adults',
      population: '619 healthy adults (of 1,648 pooled)',
    },
  ),
  fpiVsNavicularDropReliability: withDetails(
    source(
      'Test–retest weighted kappa 0.92 (FPI-6) vs 0.40 (navicular drop)',
      'https://pmc.ncbi.nlm.nih.gov/articles/PMC5131537',
    ),
    {
      measured:
        'Repeatability of foot classification between two sessions: FPI-6 against navicular drop',
    },
  ),
  navicularDropCutoff: withDetails(
    source(
      'Brody 1982 method; more than 10 mm = excessive pronation (The Student Physical Therapist)',
      'https://www.thestudentphysicaltherapist.com/navicular-drop-test.html',
      'Other proposed upper limits: Brody 15 mm, Beckett 13 mm, Mueller 10 mm (Nielsen 2009).',
    ),
    {
      authors: 'Brody (method); Nielsen et al. (limits)',
      year: 1982,
      measured:
        'Navicular height seated minus standing; more than 10 mm read as excessive pronation',
    },
  ),
  lungeMethod: withDetails(
    source(
      'Physiopedia, Knee to Wall Test — toe-to-wall distance in cm; 1 cm ≈ 3.6°',
      'https://www.physio-pedia.com/index.php?title=Knee_to_Wall_Test&veaction=edit&section=4',
    ),
    { measured: 'Weight-bearing lunge: big toe to wall in cm (1 cm ≈ 3.6°)' },
  ),
  lungeMdcHealthy: withDetails(
    source(
      'Powden et al. 2015 — MDC 1.6 cm inter-rater, 1.9 cm intra-rater',
      'https://scholars.uky.edu/en/publications/reliability-and-minimal-detectable-change-of-the-weight-bearing-l',
    ),
    {
      authors: 'Powden et al.',
      year: 2015,
      measured:
        'Smallest real change of the weight-bearing lunge: 1.6 cm between raters, 1.9 cm for one rater',
      population: 'Healthy people',
    },
  ),
  lungeMdcPatients: withDetails(
    source(
      'Weight-bearing lunge in patients — MDC 1.0 cm affected limb, 1.5 cm side difference',
      'https://pmc.ncbi.nlm.nih.gov/articles/PMC3484905',
    ),
    {
      measured:
        'Smallest real change of the weight-bearing lunge: 1.0 cm on the affected side, 1.5 cm for the difference between sides',
      population: 'Patients',
    },
  ),
  footProgressionAdults: withDetails(
    source(
      'The angle of gait, JBJS 1932 — adult mean about 7.5° toe-out, most feet 5–10°',
      'https://journals.lww.com/jbjsjournal/Abstract/1932/14040/THE_ANGLE_OF_GAIT___A_STUDY_BASED_UPON_EXAMINATION.1.aspx',
    ),
    { year: 1932, measured: 'Toe-out angle of the foot in walking', population: 'Adults' },
  ),
  footProgressionAdultRange: withDetails(
    source(
      'Adult range 5–13° (secondary source)',
      'https://scienceinsights.org/what-causes-an-abnormal-foot-progression-angle',
    ),
    { measured: 'Typical adult toe-out range, 5° to 13°', population: 'Adults' },
  ),
  footProgressionChildren: withDetails(
    source(
      'Children 4–16 y: mean 4.2°, ±2 SD −8° to +16.4°',
      'https://scilit.com/publications/37b47ec219511eb260a1f0ec51a6e649',
    ),
    { measured: 'Toe-out angle of the foot in walking', population: 'Children aged 4 to 16' },
  ),
  rcspRectus: withDetails(
    source(
      'Rectus = calcaneus within 2° of vertical',
      'https://www.biomechanical.com/support/fct/fctInstructions/kneePosCalStan.htm',
    ),
    { measured: 'Heel bisection against vertical in relaxed stance; within 2° counts as straight' },
  ),
  rcspNorms: withDetails(
    source(
      'Podiapaedia, RCSP — traditionally vertical to 2–3° everted; Sobel 1999 healthy adults 6.07 ± 2.7° everted',
      'https://podiapaedia.org/wiki/biomechanics/clinical-biomechanics/biomechanical-assessment/lower-limb-alignment/resting-calcaneal-stance-position-rcsp/',
    ),
    {
      authors: 'Sobel et al.',
      year: 1999,
      measured: 'Heel angle in relaxed stance',
      population: 'Healthy adults (6.07 ± 2.7° everted) and children',
    },
  ),
  helbingSign: source(
    'Podiapaedia, Helbing’s sign — dropped from FPI-8 for poor validity; record yes/no',
    'https://podiapaedia.org/wiki/biomechanics/clinical-biomechanics/biomechanical-assessment/helbings-sign',
  ),
  firstMtpDorsiflexion: withDetails(
    source(
      'Podiapaedia, first MPJ range — about 65° needed for normal gait; hallux limitus below 65°',
      'https://podiapaedia.org/wiki/biomechanics/clinical-biomechanics/biomechanical-assessment/joint-examination/joint-range-of-motion-testing/first-mpj-range-of-motion/',
    ),
    { measured: 'Big-toe upward bend; about 65° needed for normal walking' },
  ),
  halluxRigidus: withDetails(
    source(
      'Stuck 1988 — hallux rigidus suggested at 10° or less',
      'https://core.ac.uk/search?q=author%3A%28Roddy+O%E2%80%99Kane%29',
    ),
    {
      authors: 'Stuck et al.',
      year: 1988,
      measured: 'Big-toe upward bend of 10° or less suggesting hallux rigidus',
    },
  ),
  manchesterScale: withDetails(
    source(
      'Garrow et al. 2001, Manchester scale — none / mild / moderate / severe',
      'https://findyourstride.co.uk/post/the-manchester-scale-grading-your-bunion-find-your-stride-edinburgh-podiatrist',
    ),
    {
      authors: 'Garrow et al.',
      year: 2001,
      measured: 'Bunion graded against four standard photographs',
    },
  ),
  footLowBackPainLink: withDetails(
    source(
      'Menz et al. 2013 (Framingham) — static foot posture not associated with low back pain',
      'https://paperexplained.cn/articles/paper/detail/76e8a6588615e616a197b22b1cdeb41e859fc57b',
    ),
    {
      authors: 'Menz et al.',
      year: 2013,
      measured: 'Standing foot posture and foot motion in walking against low back pain',
      population: '1,930 adults (Framingham study)',
    },
  ),
  oswestryScoring: source(
    'SRALab, Oswestry Disability Index — sum ÷ (5 × sections answered) × 100',
    'https://sralab.org/rehabilitation-measures/oswestry-disability-index',
  ),
  oswestryDoubleMark: source(
    'Fairbank, ODI notes (Mapi Research Trust) — two boxes ticked: take the higher',
    'https://www.mapi-trust.org/news-events/news/the-oswestry-disability-i',
  ),
  oswestryBands: withDetails(
    source(
      'ODI bands 0–20 / 21–40 / 41–60 / 61–80 / 81–100 %',
      'https://asir-journal.biomedcentral.com/articles/10.1186/1750-1164-7-12/tables/1',
    ),
    { measured: 'Oswestry percentages grouped into five disability bands' },
  ),
  modifiedOswestryMcid: withDetails(
    source(
      'Fritz & Irrgang 2001 — modified ODI MCID 6 points',
      'http://evidenceinphysicaltherapy.wikidot.com/modified-oswestry-disability-questionnaire-fritz-et-al-2001',
    ),
    {
      authors: 'Fritz & Irrgang',
      year: 2001,
      measured: 'Smallest change in the modified Oswestry that patients notice: 6 points',
      population: 'People with low back pain',
    },
  ),
  rolandMorrisScoring: source(
    'Roland-Morris scoring — count of ticked statements, 0–24; not applicable counts as no',
    'http://scientificspine.com/spine-scores/roland-morris-disability-questionnaire_%28rdq%29.html',
  ),
  rolandMorrisItems: source(
    'Physiopedia, Roland-Morris Disability Questionnaire — 24-item list and order',
    'https://www.physio-pedia.com/index.php?title=Roland‐Morris_Disability_Questionnaire&oldid=216744',
  ),
  recoveredThresholds: withDetails(
    source(
      'Kamper et al. 2010 — "recovered" ≈ RMDQ 2 or less; pain 0',
      'https://pmc.ncbi.nlm.nih.gov/articles/PMC2989296',
    ),
    {
      authors: 'Kamper et al.',
      year: 2010,
      measured: 'Scores that count as recovered from back pain',
      population: 'People with low back pain',
    },
  ),
  rolandMorrisChangeLimits: withDetails(
    source(
      'Stratford — RMDQ cannot show improvement below a baseline of 4 or worsening above 20',
      'https://paperexplained.cn/articles/paper/detail/09ede5c264442b8c7072f08e9697ab37825cbee9',
    ),
    {
      authors: 'Stratford et al.',
      measured: 'How far Roland-Morris can move from a low or high starting score',
      population: 'People with low back pain',
    },
  ),
  percentImprovement: source(
    'Percentage improvement = change ÷ baseline × 100',
    'https://yhocphuchoi.com/rehab-scales/trunk-scores/roland-morris-eng',
  ),
  nprsBands: withDetails(
    source(
      'Physiotherapy Canada, NRS-11 — mild 1–3, moderate 4–6, severe 7–10',
      'https://physiotherapy.ca/divisions/pain-science/numeric-rating-scale-nrs-11/',
    ),
    { measured: 'Pain rating 0–10 grouped as mild, moderate, severe' },
  ),
  nprsBandsCommunity: source(
    'Community adults — mild 1–4, moderate 5–6, severe 7–10',
    'https://pubmed.ncbi.nlm.nih.gov/16414555/',
  ),
  nprsBandsChronicMsk: source(
    'Chronic musculoskeletal pain — mild ≤5, moderate 6–7, severe ≥8',
    'https://frontiersin.org/journals/psychology/articles/10.3389/fpsyg.2016.01466/full',
  ),
  ostelo2008: withDetails(
    source(
      'Ostelo et al. 2008 consensus — ODI 10 pts or 30%; RMDQ 5 pts or 30%; NPRS 2 pts or 30%',
      'https://paperexplained.cn/articles/paper/detail/c63b17f341638e994cd27cc6d09b4f05e220d5cc',
    ),
    {
      authors: 'Ostelo et al.',
      year: 2008,
      measured:
        'Smallest important change for Oswestry, Roland-Morris and pain rating in back pain',
      population: 'Consensus of back-pain researchers',
    },
  ),
  startBackItems: source(
    'Keele STarT Back — nine items, last two weeks',
    'https://www.awellhealth.com/care-flow-library/start-back-screening-tool-flow',
  ),
  startBackScoring: withDetails(
    source(
      'Physiopedia, STarT Back — total ≤3 low; subscale (items 5–9) ≥4 high; otherwise medium',
      'https://physio-pedia.com/STarT_Back_Screening_Tool',
    ),
    {
      measured: 'STarT Back total and distress subscale grouped as low, medium or high risk',
      population: 'People with low back pain',
    },
  ),
  smallAsymmetriesNormal: withDetails(
    source(
      'Ferreira et al. 2011 — small asymmetries are the norm in healthy young adults',
      'https://pubmed.ncbi.nlm.nih.gov/21807260/',
    ),
    {
      authors: 'Ferreira et al.',
      year: 2011,
      measured: 'Head, shoulder and pelvis tilt in standing photographs',
      population: '115 healthy young adults',
    },
  ),
  plumbLineCaveat: withDetails(
    source(
      'Barra-López 2024 — the plumb-line standard posture is not evidence-based; many false positives',
      'https://pmc.ncbi.nlm.nih.gov/articles/PMC11492508/',
    ),
    {
      authors: 'Barra-López et al.',
      year: 2024,
      measured: 'Whether the plumb-line standard posture matches real people',
    },
  ),
  nasmCheckpoints: source(
    'NASM CPT current edition, static postural assessment checkpoints (ACSM agrees)',
    'haejinjo/nasm-4-layer-study:staging-outputs/nasm-dump/section-4/chapter-12/lesson-2/page-1.md',
  ),
  nasmDistortionPatternsCurrent: source(
    'NASM CPT current edition, Tables 12-1…12-3 (distortion patterns)',
    'haejinjo/nasm-4-layer-study:staging-outputs/nasm-dump/section-4/chapter-12/lesson-2/page-3.md',
  ),
  nasmPronationDistortionOlder: source(
    'Older NASM pronation distortion syndrome lists, as summarised by a trainer blog',
    'https://paloaltofit.com/pronation-distortion-syndrome/',
  ),
  nasmCompensations7th: source(
    'NASM CPT 7th edition, Table 6-12 (overhead squat compensations)',
    'https://www.scribd.com/document/444284506/NASM-CPT-OHS-Compensations-and-Translations-1-pdf',
  ),
  nasmCompensationsCurrent: source(
    'NASM CPT current edition, Table 12-5 (overhead squat compensations)',
    'haejinjo/nasm-4-layer-study:staging-outputs/nasm-dump/section-4/chapter-12/lesson-3/page-5.md',
  ),
  nasmOhsaCheckpoints: source(
    'NASM CPT current edition, overhead squat sheet — front: feet turn out, knees cave in; side: forward trunk lean, low back arches, arms fall forward',
    'haejinjo/nasm-4-layer-study:staging-outputs/nasm-dump/section-4/chapter-12/lesson-3/page-4.md',
  ),
  nasmOhsaFromBehind: source(
    'NASM blog — from behind: feet flatten, heels rise, the hips shift to one side',
    'https://blog.nasm.org/fitness/hip-shifting-compensation-a-behind-the-scenes-look-at-the-overhead-squat-assessment',
  ),
  ohsaTrainerBlogOnly: {
    citation:
      'Knees move out and low back rounds: NOT FOUND beyond a trainer blog; no muscle table is given for them',
    url: 'https://jillalbright.wordpress.com/2018/02/21/assessing-proper-form-overhead-squat/',
    verified: false,
    note: 'The reference finds these checkpoints only on one trainer’s blog. Stance records them but suggests no muscles or exercises for them.',
  },
  nasmSingleLegSquat: source(
    'NASM CPT current edition, single-leg squat — hands on hips, seen from the front, knee moving in on each side',
    'haejinjo/nasm-4-layer-study:staging-outputs/nasm-dump/section-4/chapter-12/lesson-3/page-7.md',
  ),
  singleLegSquatOtherCheckpoints: {
    citation:
      'Single-leg squat hip, trunk and balance checkpoints: NOT FOUND as NASM checkpoints in the reference',
    url: 'https://bmcsportsscimedrehabil.biomedcentral.com/articles/10.1186/s13102-021-00289-x',
    verified: false,
    note: 'Rated per body segment in the reliability study this links to (pelvis agreed poorly with itself, κ 0.17). No muscle table is held for them.',
  },
  ohsaKneeReliability: withDetails(
    source(
      'Post et al. 2017, J Sport Rehabil — overhead squat knee movement from video: κ 0.69–0.70 between raters, 0.60–0.76 for one rater',
      'https://www.mendeley.com/catalogue/b7335e69-317b-37b6-ab48-0b0a7e452f9e/',
      'Against motion capture: sensitivity 0.58–0.83, specificity 0.70–0.88. No agreement figure is found for the other overhead squat checkpoints.',
    ),
    {
      authors: 'Post et al.',
      year: 2017,
      measured: 'Agreement when rating the knee moving in or out during the overhead squat',
      population: '100 videos',
    },
  ),
  singleLegSquatReliability: withDetails(
    source(
      'Single-leg squat rating, meta-analysis of 31 studies — agreement 0.58 between raters, 0.68 for one rater; three-point scales agree better',
      'https://bmjopensem.bmj.com/content/5/1/e000541',
    ),
    { measured: 'Agreement when rating the single-leg squat by eye', population: '31 studies' },
  ),
  heelLiftKneeMovement: withDetails(
    source(
      'When a heel lift corrected the knee moving in, those people had stronger hip rotators and extensors and weaker calves',
      'https://pubmed.ncbi.nlm.nih.gov/18586134/',
    ),
    { measured: 'Hip strength and ankle motion in people whose knee moved in during a squat' },
  ),
  handsOnHipsNotInReference: {
    citation:
      'NOT FOUND in clinical-reference.md: the hands-on-hips follow-up reading needs clinical review',
    url: '',
    verified: false,
  },
  pelvicObliquity: withDetails(
    source(
      'A lift of 15 mm or more gave at least 1.2° lateral pelvic tilt; about 1.2° should prompt a leg-length check',
      'https://www.ncbi.nlm.nih.gov/pubmed/10802434',
      'The reference lists this row with PMC6151938, pubmed 10802434 and BMC s12891-022-05113-2 without saying which backs which figure.',
    ),
    { measured: 'Pelvic tilt to one side produced by a heel lift; 15 mm gave at least 1.2°' },
  ),
  craniovertebralAngle: withDetails(
    source(
      'Craniovertebral angle below 50° treated as forward head (OpenPosture rules; WCPT abstract)',
      'https://world.physio/congress-proceeding/assessing-forward-head-posture-chronic-neck-pain-cross-sectional-and',
      'Neck pain 43.9 ± 3.6° vs controls 50.6 ± 2.1° (Lau 2009); definition: https://physio-pedia.com/Craniovertebral_angle',
    ),
    {
      authors: 'Lau et al. (values); OpenPosture and a WCPT abstract (cut-off)',
      year: 2009,
      measured: 'Craniovertebral angle from a side photo',
      population: 'People with neck pain (43.9 ± 3.6°) and without (50.6 ± 2.1°)',
    },
  ),
  captureProtocol: source(
    'Postural screening mistakes — standardise stance, orthotics in or out, clothing',
    'https://posturalcheck.com/en/resources/common-postural-screening-mistakes',
  ),
  fpiMdcLowBackPain: {
    citation: 'Yang et al. 2022 — FPI-6 in low back pain: SEM 0.12, MDC 0.33 (UNVERIFIED)',
    url: 'https://pmc.ncbi.nlm.nih.gov/articles/pmid/36477012',
    verified: false,
    authors: 'Yang et al.',
    year: 2022,
    measured: 'Repeatability of the FPI-6 between raters and days',
    population: '30 adults with low back pain',
    note: 'The reference marks this UNVERIFIED: 0.33 is smaller than the one-point step of the FPI-6 total. It fits an average per item, so Stance reads it as 0.33 × 6 items ≈ 2 points of the total. Needs clinical review.',
  },
  navicularDropErrorBand: {
    citation:
      'Navicular drop: 95% error band ±1.5 to ±3.5 mm across five clinicians; a formal MDC NOT FOUND',
    url: 'https://acnpsearch.tweb-dev.unibo.it/singlejournalindex/85325315',
    verified: false,
    measured: 'Measurement error of navicular drop',
    population: 'Five clinicians measuring the same feet',
    note: 'Stance treats the widest band (3.5 mm) as the smallest side difference beyond measurement error. Not a published MDC: needs clinical review.',
  },
  noSideTolerance: {
    citation:
      'NOT FOUND: the reference gives no smallest real left–right difference for this measure',
    url: '',
    verified: false,
    note: 'The difference is shown as measured, without a verdict.',
  },
  redFlagsNotInReference: {
    citation:
      'NOT FOUND in clinical-reference.md: red-flag questions come from the product requirement and need clinical review',
    url: '',
    verified: false,
  },
  startBackLicence: {
    citation: 'STarT Back licence terms NOT FOUND — confirm with Keele University before release',
    url: '',
    verified: false,
  },
  redFlagsNg59: source(
    'NICE NG59 (2016, updated 11 Dec 2020), rec 1.1.1 — exclude cancer, infection, trauma and inflammatory disease; gives no red-flag list or tiers',
    'https://www.nice.org.uk/guidance/ng59/chapter/Recommendations',
  ),
  redFlagsSameDay: source(
    'NHS Cornwall adult low back pain criteria — suspected cauda equina (new bladder change, saddle numbness, weakness of both legs, sciatica in both legs): same-day emergency assessment',
    'https://rms.cornwall.nhs.uk/primary_care_clinical_referral_criteria/spinal_neurosurgery/adult_low_back_pain_guidelines',
    'National GIRFT pathway: suspected cauda equina goes straight to the emergency department (https://www.csp.org.uk/journal/article/physiotherapy-journal-march-2024/national-suspected-cauda-equina-syndrome-pathway). No single sign is diagnostic.',
  ),
  redFlagsUrgentReview: source(
    'NHS Cornwall adult low back pain criteria — urgent review (seen within 2 weeks): past cancer with new pain, unexplained weight loss, prolonged steroids, osteoporosis with new severe pain',
    'https://rms.cornwall.nhs.uk/primary_care_clinical_referral_criteria/spinal_neurosurgery/adult_low_back_pain_guidelines',
  ),
  redFlagsOtherFlags: source(
    'Gloucestershire low back pain pathway — other flags: age over 50 or under 20, persistent night pain, fever, recent bacterial infection, major trauma (minor if osteoporotic or on steroids)',
    'https://g-care.glos.nhs.uk/pathway/75/resource/3',
  ),
  redFlagsFramework: source(
    'Finucane et al. 2020, JOSPT 50(7):350–372 — International framework for red flags for potential serious spinal pathologies: level of concern, then action',
    'https://researchers.mq.edu.au/en/publications/international-framework-for-red-flags-for-potential-serious-spina',
    'doi:10.2519/jospt.2020.9971. Most flags lack high-quality evidence of accuracy.',
  ),
  redFlagsWeakAlone: source(
    'Cochrane 2013 — age over 50, gradual onset and no improvement at one month have high false-positive rates; Henschke 2009: 80% of primary-care back pain had a flag, 0.9% serious pathology',
    'https://pmc.ncbi.nlm.nih.gov/articles/PMC10631455',
  ),
  redFlagsCervicalFramework: {
    citation:
      'Rushton et al. 2023, JOSPT 53(1):7–22 (International IFOMPT Cervical Framework) — NOT FOUND in clinical-reference.md: the neck question follows its approach and needs clinical review',
    url: 'https://doi.org/10.2519/jospt.2022.11147',
    verified: false,
  },
} as const satisfies Record<string, Source>;
