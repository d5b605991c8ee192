/**
 * A button that opens a popover. The popover lives in the top layer, so opening it moves
 * nothing on the page; CSS anchor positioning (panel.css) puts it beside the button and keeps
 * it there while the page scrolls, with no script running on scroll.
 */
export function linkPopover(button: HTMLButtonElement, popover: HTMLElement): void {
  popover.popover = 'auto';
  button.popoverTargetElement = popover;
  // Said outright for assistive technologies that don't derive it from the popover link.
  button.ariaExpanded = 'false';
  popover.addEventListener('toggle', (event) => {
    button.ariaExpanded = String((event as ToggleEvent).newState === 'open');
  });
}
