// The OS notifications on screen for what waits for this device, each with the sign-ins or access
// requests it tells of, so one is withdrawn once none of them waits any more (decided in the
// window or elsewhere, expired, withdrawn): a notification must not ask for a decision already
// taken. A notification for several access requests stays while any of them waits.

/** What a shown notification must offer: Electron's Notification has `close()`. */
export type Closable = { close(): void };

export class ShownNotifications<Handle extends Closable> {
  readonly #waitingFor = new Map<Handle, Set<string>>();

  /** `keys`: what `handle` tells of ("request:<id>", "approval:<key>"…); kept until closed. */
  add(handle: Handle, keys: readonly string[]): void {
    this.#waitingFor.set(handle, new Set(keys));
  }

  /** The notification went by itself (the user closed it): nothing to withdraw any more. */
  forget(handle: Handle): void {
    this.#waitingFor.delete(handle);
  }

  /** These no longer wait: closes each notification left with nothing that waits. */
  withdraw(gone: readonly string[]): void {
    for (const [handle, keys] of this.#waitingFor) {
      for (const key of gone) {
        keys.delete(key);
      }
      if (keys.size === 0) {
        this.#waitingFor.delete(handle);
        handle.close();
      }
    }
  }

  get size(): number {
    return this.#waitingFor.size;
  }
}
