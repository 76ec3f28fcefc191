// runhub.js: the browser tracker. Embedded as
//   <script src="https://HUB/sdk/runhub.js" data-key="pk_…" defer></script>
// it sends a page view on load and on every client-side route change, and exposes
// window.runhub.track(eventType, props). Types only from contracts, so nothing else is bundled.
import type { TRACKER_EVENT_TYPES } from '@runhub/contracts/events';

export type TrackerEventType = (typeof TRACKER_EVENT_TYPES)[number];
export type TrackProps = Record<string, unknown>;

/** One event as POST /v1/track takes it. */
export interface TrackerPayloadEvent {
  eventType: TrackerEventType;
  sessionId: string;
  anonymousId: string;
  url: string;
  referrer?: string;
  occurredAt: string;
  eventId: string;
  props?: TrackProps;
}

export interface RunHubTracker {
  track(eventType: TrackerEventType, props?: TrackProps): void;
  /** Set by the real tracker; the pre-load stub only queues calls in `q`. */
  loaded?: true;
  q?: IArguments[];
}

declare global {
  interface Window {
    runhub?: RunHubTracker;
  }
}

const SESSION_KEY = 'runhub_session';
const ANONYMOUS_KEY = 'runhub_anon';
const SESSION_IDLE_MS = 30 * 60 * 1000;
const URL_MAX = 2048;
const TYPES: readonly string[] = ['page_view', 'add_to_cart', 'checkout_started'] satisfies readonly TrackerEventType[];

const script = document.currentScript as HTMLScriptElement | null;
const key = script?.dataset.key;

// Storage can be missing or throw (private modes, sandboxed frames, blocked cookies): memory then.
const memory: Record<string, string> = {};
function read(name: string): string | undefined {
  try {
    return localStorage.getItem(name) ?? undefined;
  } catch {
    return memory[name];
  }
}
function write(name: string, value: string): void {
  memory[name] = value;
  try {
    localStorage.setItem(name, value);
  } catch {
    // memory keeps it for this page
  }
}

function randomId(): string {
  let id = '';
  for (const byte of crypto.getRandomValues(new Uint8Array(16))) id += byte.toString(16).padStart(2, '0');
  return id;
}

/** The current session, renewed by this activity; a new one after 30 minutes without any. */
function sessionId(now: number): string {
  let session: { id?: string; at?: number } = {};
  try {
    session = JSON.parse(read(SESSION_KEY) ?? '{}') as typeof session;
  } catch {
    // a damaged value starts a new session
  }
  const id = session.id && now - (session.at ?? 0) < SESSION_IDLE_MS ? session.id : randomId();
  write(SESSION_KEY, JSON.stringify({ id, at: now }));
  return id;
}

function anonymousId(): string {
  let id = read(ANONYMOUS_KEY);
  if (!id) write(ANONYMOUS_KEY, (id = randomId()));
  return id;
}

function send(endpoint: string, event: TrackerPayloadEvent): void {
  const body = JSON.stringify({ key, events: [event] });
  // text/plain keeps both a "simple" cross-origin request: no preflight, and the beacon survives unload.
  try {
    if (navigator.sendBeacon?.(endpoint, new Blob([body], { type: 'text/plain' }))) return;
  } catch {
    // fall through to fetch
  }
  fetch(endpoint, { method: 'POST', body, keepalive: true, mode: 'cors', credentials: 'omit', headers: { 'content-type': 'text/plain' } }).catch(() => undefined);
}

if (window.runhub?.loaded) {
  // A second copy of the tag must not wrap history again (every page view would count twice).
} else if (script && key) {
  const endpoint = new URL('/v1/track', script.src).href;
  const track = (eventType: TrackerEventType, props?: TrackProps): void => {
    if (!TYPES.includes(eventType)) {
      console.warn(`runhub: "${eventType}" cannot be sent from a browser; send it from your server.`);
      return;
    }
    const now = Date.now();
    const event: TrackerPayloadEvent = {
      eventType,
      sessionId: sessionId(now),
      anonymousId: anonymousId(),
      url: location.href.slice(0, URL_MAX),
      occurredAt: new Date(now).toISOString(),
      eventId: randomId(),
    };
    if (document.referrer) event.referrer = document.referrer.slice(0, URL_MAX);
    if (props) event.props = props;
    send(endpoint, event);
  };

  // Route changes that only touch the hash, or replaceState calls that keep the URL, are not new pages.
  let lastPage = '';
  const pageView = (): void => {
    const page = location.pathname + location.search;
    if (page === lastPage) return;
    lastPage = page;
    track('page_view');
  };
  for (const method of ['pushState', 'replaceState'] as const) {
    const original = history[method];
    history[method] = function (this: History, ...args: Parameters<History['pushState']>) {
      const result = original.apply(this, args);
      pageView();
      return result;
    };
  }
  addEventListener('popstate', pageView);

  // Calls made before the script loaded, through the documented stub, are sent now.
  const queued = window.runhub?.q ?? [];
  window.runhub = { track, loaded: true };
  pageView();
  for (const args of queued) track(args[0] as TrackerEventType, args[1] as TrackProps | undefined);
} else {
  console.warn('runhub: add data-key="pk_…" (your public key) to the runhub.js script tag.');
}
