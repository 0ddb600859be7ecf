import { useState } from 'react';
import type { ClientSortOrder } from '../../../shared/contract';

const STORAGE_KEY = 'stance.clientList.sort';
const sortOrders: readonly ClientSortOrder[] = ['newest', 'name', 'last-visit'];

function isSortOrder(value: string | null): value is ClientSortOrder {
  return value !== null && (sortOrders as readonly string[]).includes(value);
}

function readSort(): ClientSortOrder {
  try {
    const stored = sessionStorage.getItem(STORAGE_KEY);
    return isSortOrder(stored) ? stored : 'newest';
  } catch {
    return 'newest';
  }
}

/**
 * The list's order survives opening a client and coming back, for as long as the window is open:
 * a practitioner who works down the list by name should not find it reshuffled each time.
 */
export function useRememberedSort(): [ClientSortOrder, (sort: ClientSortOrder) => void] {
  const [sort, setSort] = useState<ClientSortOrder>(readSort);
  const choose = (next: ClientSortOrder) => {
    setSort(next);
    try {
      sessionStorage.setItem(STORAGE_KEY, next);
    } catch {
      // Storage refused: the choice still holds until the list is left.
    }
  };
  return [sort, choose];
}

export function isClientSortOrder(value: string): value is ClientSortOrder {
  return isSortOrder(value);
}
