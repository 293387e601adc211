/**
 * The longest a test waits for a control whose code is fetched on first use (JavaScript on
 * load ≤ 3 KB): a ceiling, not a delay; expect.poll ends as soon as the state holds. The
 * machine running the tests may be busy, so it is generous.
 */
export const FIRST_USE = { timeout: 15_000, interval: 50 };
