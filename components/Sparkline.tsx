/** A small line of values (0–100) with its numbers as text for screen readers. */
export function Sparkline({ values, label }: { values: number[]; label: string }) {
  if (values.length < 2) return null;
  const w = 120;
  const h = 32;
  const step = w / (values.length - 1);
  const points = values.map((v, i) => `${(i * step).toFixed(1)},${(h - (v / 100) * h).toFixed(1)}`).join(' ');
  return (
    <svg
      class="sparkline"
      viewBox={`-2 -2 ${w + 4} ${h + 4}`}
      width={w}
      height={h}
      role="img"
      aria-label={`${label}: ${values.join(', ')}`}
    >
      <polyline points={points} fill="none" stroke="currentColor" stroke-width="2" stroke-linejoin="round" stroke-linecap="round" />
    </svg>
  );
}
