/**
 * Passes on progress at most once per `everyMs` (and always the last step), so a callback
 * called for each of 100,000 students does not flood the page with messages.
 */
export function progressThrottle(
  send: (done: number, total: number) => void,
  everyMs = 50,
  now: () => number = () => performance.now(),
): (done: number, total: number) => void {
  let last = -Infinity;
  return (done, total) => {
    const at = now();
    if (done < total && at - last < everyMs) return;
    last = at;
    send(done, total);
  };
}
