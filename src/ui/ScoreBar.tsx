export interface ScoreBarProps {
  label: string;
  score: number;
  verdict: string;
  reasons: string[];
  emphasis?: boolean;
}

/** One score with its bar, verdict and the reasons behind it. */
export function ScoreBar({ label, score, verdict, reasons, emphasis = false }: ScoreBarProps) {
  return (
    <div className={emphasis ? 'score score-main' : 'score'}>
      <div className="score-head">
        <span className="score-label">{label}</span>
        <span className="score-value">{score}</span>
        <span className="score-verdict">{verdict}</span>
      </div>
      {/* biome-ignore lint/a11y/useSemanticElements: a styled bar; <meter> cannot be styled alike across browsers */}
      <div
        className="score-bar"
        role="meter"
        aria-valuemin={0}
        aria-valuemax={100}
        aria-valuenow={score}
        aria-label={label}
      >
        <div
          className="score-fill"
          style={{ width: `${score}%` }}
          data-band={score >= 85 ? 'excellent' : score >= 70 ? 'good' : score >= 50 ? 'fair' : 'weak'}
        />
      </div>
      {reasons.length > 0 && (
        <ul className="score-reasons">
          {reasons.map((r) => (
            <li key={r}>{r}</li>
          ))}
        </ul>
      )}
    </div>
  );
}
