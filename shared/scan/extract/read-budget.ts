// One budget per mail for everything the readers unpack: bytes, parts (files, pages, nested
// mails) and time. Every reader takes from the same budget, so 200 small zip bombs cost what one
// big one costs, and a reader asks before it unpacks, not after.

export interface ReadLimits {
  /** Bytes read and unpacked for the whole mail. */
  bytes: number;
  /** Files, zip entries and PDF pages looked at for the whole mail. */
  parts: number;
  /** Wall-clock time for reading the whole mail. */
  milliseconds: number;
}

export class ReadBudget {
  private bytesLeft: number;
  private partsLeft: number;
  private readonly deadline: number;

  constructor(
    limits: ReadLimits,
    /** The clock, injected so the time limit is testable; Date.now at the edges. */
    private readonly now: () => number = Date.now,
  ) {
    this.bytesLeft = limits.bytes;
    this.partsLeft = limits.parts;
    this.deadline = now() + limits.milliseconds;
  }

  /** How many more bytes may be unpacked. */
  get bytesAvailable(): number {
    return Math.max(0, this.bytesLeft);
  }

  /** Takes `bytes`; false (and nothing taken) when they do not fit or time is up. */
  takeBytes(bytes: number): boolean {
    if (bytes > this.bytesLeft || this.isOverTime()) return false;
    this.bytesLeft -= bytes;
    return true;
  }

  /** Takes one part (a file, a zip entry, a page). */
  takePart(): boolean {
    if (this.partsLeft <= 0 || this.isOverTime()) return false;
    this.partsLeft--;
    return true;
  }

  isOverTime(): boolean {
    return this.now() > this.deadline;
  }
}

/** Thrown inside a reader when the budget ran out mid-file; the caller turns it into a notice. */
export class BudgetExceeded extends Error {}
