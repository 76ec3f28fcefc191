export interface RateLimitHitsTable {
  bucket: string;
  window_start: Date;
  hits: number;
}
