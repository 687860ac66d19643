/**
 * Which scenario a launched AU plays. In order:
 * 1. the activity id ends with a scenario id, after "/", "#", ":" or "=" — e.g.
 *    `https://lms.example.org/courses/service/au/angry-repair-returned`;
 * 2. the AU's launch parameters (set by the course author in the course structure) are
 *    `scenario=<id>` or a JSON object `{"scenario": "<id>"}`;
 * 3. the AU's URL itself has `?scenario=<id>` (the course structure may register the AU so).
 * Null when none names a bundled scenario: the trainee then picks one in the menu.
 */
export function scenarioForLaunch(
  activityId: string,
  launchParameters: string | undefined,
  urlScenario: string | null,
  scenarioIds: readonly string[],
): string | null {
  const known = (id: string | null | undefined) => (id && scenarioIds.includes(id) ? id : null);
  const tail = /[/#:=]([^/#:=?]+)\/?$/.exec(activityId)?.[1];
  const fromActivity = known(tail ? safeDecode(tail) : null);
  if (fromActivity) return fromActivity;
  const fromParameters = known(scenarioInParameters(launchParameters));
  if (fromParameters) return fromParameters;
  return known(urlScenario);
}

function safeDecode(text: string): string {
  try {
    return decodeURIComponent(text);
  } catch {
    return text;
  }
}

function scenarioInParameters(text: string | undefined): string | null {
  if (!text) return null;
  const trimmed = text.trim();
  if (trimmed.startsWith('{')) {
    try {
      const parsed = JSON.parse(trimmed) as { scenario?: unknown };
      return typeof parsed.scenario === 'string' ? parsed.scenario : null;
    } catch {
      return null;
    }
  }
  return new URLSearchParams(trimmed).get('scenario');
}
