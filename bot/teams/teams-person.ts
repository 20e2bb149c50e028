// Who is acting, as Teams says it (Entra object id and display name), never from card data.
import type { Activity } from 'botbuilder';
import type { Person } from '../incidents/report';

export function personOf(activity: Activity): Person {
  return { id: activity.from.aadObjectId ?? activity.from.id, name: activity.from.name ?? '' };
}
