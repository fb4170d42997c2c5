export { subscribe } from './subscribe/subscribe.ts';
export { eventStream, type EventStreamOptions } from './eventStream/eventStream.ts';
export { createRealtime } from './realtime/createRealtime.ts';
export { RealtimeError } from './errors/RealtimeError.ts';
export { realtimeUrl } from './url/realtimeUrl.ts';
export { backoffDelay } from './backoff/backoffDelay.ts';
export { channel } from './channels/channel.ts';
export { account } from './channels/account.ts';
export { documents } from './channels/documents.ts';
export { document } from './channels/document.ts';
export { files } from './channels/files.ts';
export { file } from './channels/file.ts';
export { executions } from './channels/executions.ts';
export { teams } from './channels/teams.ts';
export { memberships } from './channels/memberships.ts';
export type {
  RealtimeAccountPayload,
  RealtimeDocument,
  RealtimeExecution,
  RealtimeFile,
  RealtimeMembership,
  RealtimeTeam,
} from './channels/payloads.ts';
export type {
  Channel,
  PayloadOf,
  Realtime,
  RealtimeCallback,
  RealtimeEvent,
  RealtimeOptions,
  ReconnectOptions,
  SubscribeOptions,
  Unsubscribe,
  WebSocketCloseLike,
  WebSocketHandler,
  WebSocketConstructor,
  WebSocketLike,
  WebSocketMessageLike,
} from './types.ts';
