// Other tabs of the app, over BroadcastChannel: which draft each tab has open, and when one of
// them saved it. The revision check in the store catches what this misses (no BroadcastChannel,
// a tab that was asleep).

export type TabMessage =
  | { type: 'open'; draftId: string; tab: string }
  | { type: 'present'; draftId: string; tab: string }
  | { type: 'saved'; draftId: string; revision: number; tab: string }
  | { type: 'closed'; draftId: string; tab: string };

export interface TabEvents {
  /** Another tab has this draft open. */
  onOtherTabOpen(draftId: string): void;
  /** Another tab saved this draft at this revision. */
  onOtherTabSaved(draftId: string, revision: number): void;
}

export class TabPresence {
  readonly tab: string;
  private readonly channel: BroadcastChannel | null;
  private draftId: string | undefined;

  constructor(private readonly events: TabEvents, channelName = 'vanban-drafts') {
    this.tab = `${Date.now().toString(36)}-${Math.random().toString(36).slice(2, 8)}`;
    this.channel = typeof BroadcastChannel === 'function' ? new BroadcastChannel(channelName) : null;
    if (this.channel) this.channel.onmessage = (e: MessageEvent<TabMessage>) => this.receive(e.data);
  }

  get available(): boolean {
    return this.channel !== null;
  }

  /** This tab now edits `draftId` (or nothing). */
  setDraft(draftId: string | undefined): void {
    if (this.draftId && this.draftId !== draftId) this.post({ type: 'closed', draftId: this.draftId, tab: this.tab });
    this.draftId = draftId;
    if (draftId) this.post({ type: 'open', draftId, tab: this.tab });
  }

  saved(draftId: string, revision: number): void {
    this.post({ type: 'saved', draftId, revision, tab: this.tab });
  }

  close(): void {
    if (this.draftId) this.post({ type: 'closed', draftId: this.draftId, tab: this.tab });
    this.channel?.close();
  }

  private post(message: TabMessage): void {
    try {
      this.channel?.postMessage(message);
    } catch {
      // A closed channel: the revision check still protects the draft.
    }
  }

  private receive(message: TabMessage): void {
    if (!message || message.tab === this.tab || message.draftId !== this.draftId) return;
    switch (message.type) {
      case 'open':
        // Answer so that the newcomer learns of us too.
        this.post({ type: 'present', draftId: message.draftId, tab: this.tab });
        this.events.onOtherTabOpen(message.draftId);
        break;
      case 'present':
        this.events.onOtherTabOpen(message.draftId);
        break;
      case 'saved':
        this.events.onOtherTabSaved(message.draftId, message.revision);
        break;
      case 'closed':
        break;
    }
  }
}
