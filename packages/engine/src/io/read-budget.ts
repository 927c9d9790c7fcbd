/**
 * The bytes one study may read over all its sources (D0115). Each source is bounded on its own
 * (MAX_DATA_FILE_BYTES, D0111), but a plan may name many sources — or one endless device many
 * times — so the study has a bound too. Regular files are counted by their size, in plan order,
 * before any is read (so which source is refused does not depend on which read finished
 * first); a file whose size is unknown (a FIFO or a device) is counted as it streams.
 */

/** The most bytes read for one study, over all its sources: 2 GiB. */
export const MAX_STUDY_BYTES = 2 * 1024 * 1024 * 1024;

/** A running total of the bytes read for one study. */
export class ReadBudget {
  private spent = 0;

  constructor(readonly limit = MAX_STUDY_BYTES) {}

  /** Counts `bytes` as read; false once the total is past the limit. */
  spend(bytes: number): boolean {
    this.spent += bytes;
    return this.spent <= this.limit;
  }
}
