// Other authorities to inform besides the AP, from the configuration: for example the Inspectie
// for test and exam data, the police for a theft. Which apply follows from the incident's data
// kinds and kind; ICT records when each was informed (audited). Pure: no I/O.
import { formatAmsterdam } from '../../shared/time/amsterdam-time';
import type { Incident } from './incident';
import { DATA_KIND_LABELS, KIND_LABELS, type Label } from './labels';
import { neutraliseUserLine } from './neutralise-text';
import type { DataKind, IncidentKind } from './report';

/** One configured authority and when it applies. */
export interface Authority {
  /** Stable id, stored with the "informed" record, e.g. "inspectie". */
  id: string;
  name: Label;
  /** It applies when the incident involves any of these kinds of data… */
  dataKinds: readonly DataKind[];
  /** …or is one of these kinds of incident. */
  incidentKinds: readonly IncidentKind[];
  /** How to reach them (a web form, a role address); from the config, shown as given. */
  how?: string;
}

/** The authority as the config file writes it. */
interface AuthorityConfig {
  id: string;
  name: string;
  nameEn?: string | undefined;
  dataKinds: readonly DataKind[];
  incidentKinds: readonly IncidentKind[];
  how?: string | undefined;
}

export function authoritiesFromConfig(configured: readonly AuthorityConfig[]): Authority[] {
  return configured.map((item) => ({
    id: item.id,
    name: { nl: item.name, en: item.nameEn ?? item.name },
    dataKinds: item.dataKinds,
    incidentKinds: item.incidentKinds,
    ...(item.how ? { how: item.how } : {}),
  }));
}

export interface AuthorityView {
  id: string;
  name: Label;
  /** Why it applies: the data kinds and incident kind that matched. */
  because: Label;
  how?: string;
  /** Set once ICT recorded that this authority was informed. */
  informed?: { at: Label; byName: string };
}

/**
 * The configured authorities that apply to this incident, in config order.
 * @example applicableAuthorities(stolenLaptop, [police]).map((a) => a.id) // ['politie']
 */
export function applicableAuthorities(
  incident: Pick<Incident, 'dataKinds' | 'kind'>,
  authorities: readonly Authority[],
): Authority[] {
  return authorities.filter(
    (authority) =>
      authority.incidentKinds.includes(incident.kind) ||
      authority.dataKinds.some((kind) => incident.dataKinds.includes(kind)),
  );
}

/** The applicable authorities with why, and whether (and when) each was informed. */
export function authorityViews(
  incident: Pick<Incident, 'dataKinds' | 'kind' | 'authoritiesInformed'>,
  authorities: readonly Authority[],
): AuthorityView[] {
  return applicableAuthorities(incident, authorities).map((authority) => {
    const matched: Label[] = [
      ...(authority.incidentKinds.includes(incident.kind) ? [KIND_LABELS[incident.kind]] : []),
      ...incident.dataKinds
        .filter((kind) => authority.dataKinds.includes(kind))
        .map((kind) => DATA_KIND_LABELS[kind]),
    ];
    const record = incident.authoritiesInformed?.find((item) => item.authorityId === authority.id);
    return {
      id: authority.id,
      name: authority.name,
      because: {
        nl: matched.map((item) => item.nl.toLowerCase()).join(', '),
        en: matched.map((item) => item.en.toLowerCase()).join(', '),
      },
      ...(authority.how ? { how: neutraliseUserLine(authority.how, 200) } : {}),
      ...(record
        ? {
            informed: {
              at: {
                nl: formatAmsterdam(record.informedAt, 'nl'),
                en: formatAmsterdam(record.informedAt, 'en'),
              },
              byName: neutraliseUserLine(record.by.name, 100),
            },
          }
        : {}),
    };
  });
}
