import type { Finding } from './lint-graph';
import type { Scenario } from './schema';

/**
 * Checks the `protocol:` field against the graph: the endings a fact or a follow-up names must be
 * ending nodes, or the checker would silently never apply that fact (a misspelt ending id reads
 * as "this agreement never happens"). Fact ids must be unique, since the review lists by id.
 */
export function lintProtocol(scenario: Scenario): Finding[] {
  const protocol = scenario.protocol;
  if (!protocol) return [];
  const findings: Finding[] = [];
  const endings = Object.keys(scenario.nodes).filter((id) => scenario.nodes[id]?.ending !== undefined);
  const known = endings.join(', ');
  const checkEnding = (id: string, path: (string | number)[]) => {
    const node = scenario.nodes[id];
    if (node?.ending !== undefined) return;
    findings.push({
      severity: 'error',
      path,
      message: node
        ? {
            de: `„${id}“ ist ein Knoten, aber kein Ende; nennen Sie Endknoten (${known})`,
            en: `"${id}" is a node but not an ending; name ending nodes (${known})`,
          }
        : {
            de: `nennt das Ende „${id}“, aber einen Knoten mit dieser id gibt es nicht; Enden: ${known}`,
            en: `names the ending "${id}", but there is no node with that id; endings: ${known}`,
          },
    });
  };

  const ids = new Set<string>();
  protocol.facts.forEach((fact, i) => {
    if (ids.has(fact.id))
      findings.push({
        severity: 'error',
        path: ['protocol', 'facts', i, 'id'],
        message: { de: `die Fakten-id „${fact.id}“ kommt zweimal vor`, en: `the fact id "${fact.id}" is used twice` },
      });
    ids.add(fact.id);
    fact.endings?.forEach((id, j) => {
      checkEnding(id, ['protocol', 'facts', i, 'endings', j]);
    });
    if (fact.part === 'concern' && fact.endings !== undefined) {
      findings.push({
        severity: 'warning',
        path: ['protocol', 'facts', i, 'endings'],
        message: {
          de: 'ein Anliegen-Fakt gilt für jedes Ende; „endings“ wird nur bei Vereinbarungs-Fakten gelesen',
          en: 'a concern fact applies to every ending; "endings" is only read for agreement facts',
        },
      });
    }
  });
  protocol.followUpEndings.forEach((id, j) => {
    checkEnding(id, ['protocol', 'followUpEndings', j]);
  });
  return findings;
}
