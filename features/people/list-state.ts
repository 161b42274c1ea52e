import { DIRECTIONS, type Direction, type PersonStatus } from '../../lib/model/types';

export const PAGE = 100;
const STATUSES: readonly PersonStatus[] = ['active', 'paused', 'ended'];
const SORTS = ['name', 'due'] as const;

/** What the people list shows: kept in the address, so going back or reloading shows it again. */
export interface ListState {
  status: PersonStatus;
  q: string;
  direction: Direction | '';
  tag: string;
  onlyDue: boolean;
  sort: (typeof SORTS)[number];
  show: number;
}

export const DEFAULT_LIST: ListState = { status: 'active', q: '', direction: '', tag: '', onlyDue: false, sort: 'name', show: PAGE };

const oneOf = <T extends string>(options: readonly T[], value: string | null, fallback: T): T =>
  options.includes(value as T) ? (value as T) : fallback;

/** The list state in an address's query; anything missing or malformed is the default. */
export function readListState(params: URLSearchParams): ListState {
  const show = Number(params.get('show'));
  return {
    status: oneOf(STATUSES, params.get('status'), DEFAULT_LIST.status),
    q: params.get('q') ?? '',
    direction: oneOf(DIRECTIONS, params.get('direction'), '' as const) as Direction | '',
    tag: params.get('tag') ?? '',
    onlyDue: params.get('due') === '1',
    sort: oneOf(SORTS, params.get('sort'), DEFAULT_LIST.sort),
    show: Number.isInteger(show) && show > PAGE ? Math.min(show - (show % PAGE), 100 * PAGE) : PAGE,
  };
}

/** The query for a list state: only what differs from the default, so a plain list is "#/people". */
export function listQuery(s: ListState): string {
  const params = new URLSearchParams();
  if (s.status !== DEFAULT_LIST.status) params.set('status', s.status);
  if (s.q) params.set('q', s.q);
  if (s.direction) params.set('direction', s.direction);
  if (s.tag) params.set('tag', s.tag);
  if (s.onlyDue) params.set('due', '1');
  if (s.sort !== DEFAULT_LIST.sort) params.set('sort', s.sort);
  if (s.show !== PAGE) params.set('show', String(s.show));
  return params.toString();
}

let lastList = '/people';

/** Where "back to people" goes in this tab: the list as it was last shown. */
export const listRoute = (): string => lastList;

export function rememberList(s: ListState): void {
  const query = listQuery(s);
  lastList = `/people${query ? `?${query}` : ''}`;
}
