/**
 * A stored photo with its landmarks drawn over it: the plumb line, an optional levelled grid, the
 * landmark dots with their numbers, the lines the measures are taken along and the calibration
 * ruler. Used by the annotator, the comparison page and the printed report, so it is vector only
 * (a real <img> under an SVG in image pixel coordinates) and styles itself inline: the print window
 * does not load the app's stylesheets.
 */
import { memo, type CSSProperties, type ReactNode } from 'react';
import { confirmedOnly, isUnconfirmed } from '../../../shared/domain/landmark-provenance';
import { photoUrl, type PhotoSize } from '../../../shared/domain/photos';
import type { LandmarkSet, PhotoView, Point } from '../../../shared/domain/photo-views';
import {
  gridSegments,
  labelPlacement,
  landmarkNumber,
  markerSizes,
  measureLines,
  plumbSegment,
  type MarkerSizes,
  type Segment,
} from './overlay-geometry';

export interface PhotoOverlayProps {
  photo: { hash: string; width: number; height: number; view: PhotoView };
  landmarks: LandmarkSet;
  /** e.g. "Front view photo with landmarks" */
  alt: string;
  /** The plumb-line grid (default false). */
  showGrid?: boolean;
  /** The lines the measures are taken along (default true). */
  showMeasures?: boolean;
  /** Drawn highlighted. */
  selectedLandmark?: string;
  /** Extra SVG drawn on top, in image pixel coordinates (for example drag handles). */
  children?: ReactNode;
  className?: string;
  onImageLoad?: () => void;
  /**
   * Multiplies the size of dots and numbers (default 1: proportional to the photo, right for print
   * and thumbnails). The annotator uses it to keep them a steady size on screen while zooming.
   */
  markerScale?: number;
  /** `print` loads the smaller copy made for paper (reports); the annotator needs the full photo. */
  imageSize?: PhotoSize;
  /**
   * Draws a pose model's unconfirmed suggestions too, in their own style (the annotator only).
   * Everywhere else (print, lists, comparisons) only points she has placed or confirmed appear.
   */
  showSuggestions?: boolean;
}

/**
 * Colours chosen to stay apart in greyscale print: every line and dot has a white halo under a
 * dark core, so it reads on light skin, dark clothing and white walls alike.
 */
export const overlayColours = {
  halo: '#ffffff',
  landmark: '#12343b',
  selected: '#c2410c',
  plumb: '#b42318',
  grid: '#ffffff',
  measure: '#1d4ed8',
  reference: '#1b2430',
  calibration: '#1d6b3c',
  suggested: '#6d28d9',
} as const;

const wrapperStyle = (width: number, height: number): CSSProperties => ({
  position: 'relative',
  width: '100%',
  aspectRatio: `${width} / ${height}`,
  lineHeight: 0,
});
const imageStyle: CSSProperties = {
  display: 'block',
  width: '100%',
  height: '100%',
  objectFit: 'fill',
  userSelect: 'none',
};
const svgStyle: CSSProperties = {
  position: 'absolute',
  inset: 0,
  width: '100%',
  height: '100%',
  overflow: 'hidden',
};
const thin = { vectorEffect: 'non-scaling-stroke' } as const;

export const PhotoOverlay = memo(function PhotoOverlay({
  photo,
  landmarks,
  alt,
  showGrid = false,
  showMeasures = true,
  selectedLandmark,
  children,
  className,
  onImageLoad,
  markerScale = 1,
  imageSize = 'full',
  showSuggestions = false,
}: PhotoOverlayProps) {
  const { width, height, view } = photo;
  const counted = confirmedOnly(landmarks);
  const drawn = showSuggestions ? landmarks : counted;
  const sizes = markerSizes(width, height, markerScale);
  return (
    <div
      className={className ? `photo-overlay ${className}` : 'photo-overlay'}
      style={wrapperStyle(width, height)}
    >
      <img
        src={photoUrl(photo.hash, imageSize)}
        alt={alt}
        width={width}
        height={height}
        draggable={false}
        style={imageStyle}
        onLoad={onImageLoad}
      />
      <svg
        viewBox={`0 0 ${width} ${height}`}
        preserveAspectRatio="none"
        style={svgStyle}
        aria-hidden="true"
        focusable="false"
      >
        {showGrid && <Grid landmarks={landmarks} width={width} height={height} />}
        {landmarks.plumbLine && <PlumbLine plumbLine={landmarks.plumbLine} height={height} />}
        {showMeasures &&
          measureLines(view, counted).map(({ key, line, reference }) => (
            <g key={key} data-measure-line={key}>
              {reference && (
                <HaloLine segment={reference} colour={overlayColours.reference} dashed />
              )}
              <HaloLine segment={line} colour={overlayColours.measure} width={2} />
            </g>
          ))}
        {landmarks.calibration && <Calibration {...landmarks.calibration} sizes={sizes} />}
        {Object.entries(drawn.points).map(([id, point]) => (
          <LandmarkDot
            key={id}
            id={id}
            suggested={isUnconfirmed(drawn, id)}
            number={landmarkNumber(view, id)}
            point={point}
            selected={id === selectedLandmark}
            sizes={sizes}
            width={width}
          />
        ))}
        {children}
      </svg>
    </div>
  );
});

function HaloLine({
  segment,
  colour,
  width = 1.5,
  dashed = false,
}: {
  segment: Segment;
  colour: string;
  width?: number;
  dashed?: boolean;
}) {
  const ends = { x1: segment.from.x, y1: segment.from.y, x2: segment.to.x, y2: segment.to.y };
  return (
    <>
      <line
        {...ends}
        stroke={overlayColours.halo}
        strokeWidth={width + 2}
        strokeOpacity={0.85}
        style={thin}
      />
      <line
        {...ends}
        stroke={colour}
        strokeWidth={width}
        strokeDasharray={dashed ? '6 4' : undefined}
        style={thin}
      />
    </>
  );
}

function Grid({
  landmarks,
  width,
  height,
}: {
  landmarks: LandmarkSet;
  width: number;
  height: number;
}) {
  const segments = gridSegments(landmarks.plumbLine, width, height);
  return (
    <g data-overlay="grid" opacity={0.75}>
      {segments.map((segment, index) => (
        <line
          key={index}
          x1={segment.from.x}
          y1={segment.from.y}
          x2={segment.to.x}
          y2={segment.to.y}
          stroke={overlayColours.grid}
          strokeWidth={1}
          style={thin}
        />
      ))}
      {segments.map((segment, index) => (
        <line
          key={`shade-${index}`}
          x1={segment.from.x}
          y1={segment.from.y}
          x2={segment.to.x}
          y2={segment.to.y}
          stroke="#000000"
          strokeOpacity={0.45}
          strokeWidth={1}
          strokeDasharray="2 6"
          style={thin}
        />
      ))}
    </g>
  );
}

function PlumbLine({
  plumbLine,
  height,
}: {
  plumbLine: { x: number; angleDeg: number };
  height: number;
}) {
  return (
    <g data-overlay="plumb-line">
      <HaloLine
        segment={plumbSegment(plumbLine, height)}
        colour={overlayColours.plumb}
        width={2}
        dashed
      />
    </g>
  );
}

function Calibration({
  a,
  b,
  lengthCm,
  sizes,
}: {
  a: Point;
  b: Point;
  lengthCm: number;
  sizes: MarkerSizes;
}) {
  const mid = { x: (a.x + b.x) / 2, y: (a.y + b.y) / 2 };
  return (
    <g data-overlay="calibration">
      <HaloLine segment={{ from: a, to: b }} colour={overlayColours.calibration} width={2} />
      {[a, b].map((end, index) => (
        <rect
          key={index}
          x={end.x - sizes.dot * 0.7}
          y={end.y - sizes.dot * 0.7}
          width={sizes.dot * 1.4}
          height={sizes.dot * 1.4}
          fill={overlayColours.calibration}
          stroke={overlayColours.halo}
          strokeWidth={1.5}
          style={thin}
        />
      ))}
      <OutlinedText x={mid.x} y={mid.y - sizes.dot * 1.5} size={sizes.font} anchor="middle">
        {`${lengthCm} cm`}
      </OutlinedText>
    </g>
  );
}

interface LandmarkDotProps {
  id: string;
  number: number | null;
  point: Point;
  selected: boolean;
  /** An unconfirmed suggestion: drawn hollow and dashed, so it never passes for a placed point. */
  suggested: boolean;
  sizes: MarkerSizes;
  width: number;
}

function LandmarkDot({ id, number, point, selected, suggested, sizes, width }: LandmarkDotProps) {
  const label = labelPlacement(point, width, sizes);
  return (
    <g data-landmark={id} data-suggested={suggested ? 'true' : undefined}>
      {selected && (
        <circle
          cx={point.x}
          cy={point.y}
          r={sizes.dot * 2}
          fill="none"
          stroke={overlayColours.selected}
          strokeWidth={2.5}
          style={thin}
        />
      )}
      {suggested ? (
        <>
          <circle
            cx={point.x}
            cy={point.y}
            r={sizes.dot * 1.2}
            fill="none"
            stroke={overlayColours.halo}
            strokeWidth={4}
            style={thin}
          />
          <circle
            cx={point.x}
            cy={point.y}
            r={sizes.dot * 1.2}
            fill="none"
            stroke={selected ? overlayColours.selected : overlayColours.suggested}
            strokeWidth={2}
            strokeDasharray="4 3"
            style={thin}
          />
        </>
      ) : (
        <circle
          cx={point.x}
          cy={point.y}
          r={sizes.dot}
          fill={selected ? overlayColours.selected : overlayColours.landmark}
          stroke={overlayColours.halo}
          strokeWidth={2}
          style={thin}
        />
      )}
      {number !== null && (
        <OutlinedText x={label.x} y={label.y} size={sizes.font} anchor={label.anchor}>
          {String(number)}
        </OutlinedText>
      )}
    </g>
  );
}

function OutlinedText({
  x,
  y,
  size,
  anchor,
  children,
}: {
  x: number;
  y: number;
  size: number;
  anchor: 'start' | 'middle' | 'end';
  children: string;
}) {
  return (
    <text
      x={x}
      y={y}
      fontSize={size}
      fontFamily="system-ui, 'Segoe UI', 'Noto Sans', Arial, sans-serif"
      fontWeight={700}
      textAnchor={anchor}
      fill={overlayColours.landmark}
      stroke={overlayColours.halo}
      strokeWidth={3}
      strokeLinejoin="round"
      paintOrder="stroke"
      style={thin}
    >
      {children}
    </text>
  );
}
