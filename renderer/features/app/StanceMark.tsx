/** The product mark: a plumb line through three balanced segments. Decorative only. */
export function StanceMark({ size = 28 }: { size?: number }) {
  return (
    <svg viewBox="0 0 28 28" width={size} height={size} aria-hidden="true" className="stance-mark">
      <rect width="28" height="28" rx="7" fill="currentColor" />
      <line x1="14" y1="4" x2="14" y2="24" stroke="#fff" strokeWidth="1.6" strokeDasharray="2 2" />
      <circle cx="14" cy="8" r="2.6" fill="#fff" />
      <rect x="10" y="12" width="8" height="2.4" rx="1.2" fill="#fff" />
      <rect x="8.5" y="18" width="11" height="2.4" rx="1.2" fill="#fff" />
    </svg>
  );
}
