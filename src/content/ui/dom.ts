/** Element building for the injected UI. Only textContent is ever set: page values stay text. */
export function el<K extends keyof HTMLElementTagNameMap>(
  doc: Document,
  tag: K,
  className?: string,
  text?: string,
): HTMLElementTagNameMap[K] {
  const node = doc.createElement(tag);
  if (className) node.className = className;
  if (text !== undefined) node.textContent = text;
  return node;
}

/**
 * Runs `act` on the user's own click only. A page script can `click()` anything in our open
 * shadow root; its clicks are untrusted and do nothing (their default, such as checking a radio,
 * is undone). Only `click` is gated: Chromium marks the `change`, `input` and `submit` events
 * that a scripted click or `requestSubmit()` causes as trusted.
 */
export function onUserClick(node: HTMLElement, act: () => void): void {
  node.addEventListener('click', (event) => {
    if (event.isTrusted) act();
    else event.preventDefault();
  });
}

/** A button that acts on the user's own click only (onUserClick); `focus` names it for redraws. */
export function userButton(
  doc: Document,
  className: string,
  text: string,
  focus: string,
  act: () => void,
): HTMLButtonElement {
  const button = el(doc, 'button', className, text);
  button.type = 'button';
  button.dataset.focus = focus;
  onUserClick(button, act);
  return button;
}
