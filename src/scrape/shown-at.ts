/**
 * Where on the page each service was read: the element a note about that service is drawn
 * beside (a row's service cell, a card's heading). Kept beside the snapshot, not in it: the
 * snapshot crosses to the background as plain data, elements stay in the page.
 */
import type { ShownService } from './snapshot';

const places = new WeakMap<ShownService, Element>();

export function shownAt<T extends ShownService>(service: T, element: Element): T {
  places.set(service, element);
  return service;
}

export function whereShown(service: ShownService): Element | null {
  return places.get(service) ?? null;
}
